/**
 * Lookups into the insights by document and clause, built once per report (kept while the report
 * lives). Each clause of the pair and clause views asks "which rules, which source, localized?":
 * searched, that is a scan of every rule's examples per clause, seconds at 5,000 documents (issue 14).
 */
import type { ProvenanceReport } from '../../core/types.ts';
import type { LocalizationRule, RulesReport } from '../../core/rules.ts';

type LocalEntry = ProvenanceReport['local'][number];

const key = (doc: string, clause: string): string => `${doc}\u0000${clause}`;

interface RulesIndex {
  readonly byClause: ReadonlyMap<string, readonly LocalizationRule[]>;
  readonly localized: ReadonlySet<string>;
}

const rulesIndexes = new WeakMap<RulesReport, RulesIndex>();
const provenanceIndexes = new WeakMap<ProvenanceReport, ReadonlyMap<string, LocalEntry>>();

function rulesIndex(report: RulesReport): RulesIndex {
  let index = rulesIndexes.get(report);
  if (!index) {
    const byClause = new Map<string, LocalizationRule[]>();
    for (const r of report.rules) {
      for (const e of r.examples) {
        const k = key(e.doc, e.clause);
        const list = byClause.get(k);
        if (!list) byClause.set(k, [r]);
        else if (list[list.length - 1] !== r) list.push(r);
      }
    }
    index = { byClause, localized: new Set(report.localized.map((l) => key(l.doc, l.clause))) };
    rulesIndexes.set(report, index);
  }
  return index;
}

/** The rules that occur in one local clause, in the report's order. */
export function rulesAt(report: RulesReport, doc: string, clause: string): readonly LocalizationRule[] {
  return rulesIndex(report).byClause.get(key(doc, clause)) ?? [];
}

/** Whether a local clause is localized wording (its only changes are rules). */
export function localizedAt(report: RulesReport, doc: string, clause: string): boolean {
  return rulesIndex(report).localized.has(key(doc, clause));
}

function provenanceIndex(report: ProvenanceReport): ReadonlyMap<string, LocalEntry> {
  let index = provenanceIndexes.get(report);
  if (!index) {
    const m = new Map<string, LocalEntry>();
    for (const l of report.local) if (!m.has(key(l.doc, l.clause))) m.set(key(l.doc, l.clause), l);
    provenanceIndexes.set(report, m);
    index = m;
  }
  return index;
}

/** The provenance of an added local clause (the first entry for it), or undefined. */
export function provenanceAt(report: ProvenanceReport, doc: string, clause: string): LocalEntry | undefined {
  return provenanceIndex(report).get(key(doc, clause));
}

/** Runs `fn` in a task of its own when the page is idle (a timer where there is no idle callback). */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 0);
}

/**
 * Builds both lookups ahead, each in an idle task of its own, as soon as the insights arrive: built
 * on first use they made opening the first pair view at 5,000 documents a task of 130 ms more (issue 14).
 */
export function prepareIndexes(rules: RulesReport, provenance: ProvenanceReport): void {
  whenIdle(() => { rulesIndex(rules); });
  whenIdle(() => { provenanceIndex(provenance); });
}
