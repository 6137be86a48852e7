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
/** Lookups being built in idle slices: what finishes one at once when it is needed first. */
const building = new WeakMap<object, () => void>();

/** Local provenance entries handled per step of the provenance lookup. */
const PROVENANCE_STEP = 2000;

/** The steps that build a report's rules lookup: one per rule, then the localized clauses. */
function rulesSteps(report: RulesReport): { steps: number; step: (i: number) => void; end: () => void } {
  const byClause = new Map<string, LocalizationRule[]>();
  return {
    steps: report.rules.length,
    step: (i) => {
      const r = report.rules[i]!;
      for (const e of r.examples) {
        const k = key(e.doc, e.clause);
        const list = byClause.get(k);
        if (!list) byClause.set(k, [r]);
        else if (list[list.length - 1] !== r) list.push(r);
      }
    },
    end: () => { rulesIndexes.set(report, { byClause, localized: new Set(report.localized.map((l) => key(l.doc, l.clause))) }); },
  };
}

/** The steps that build a report's provenance lookup, `PROVENANCE_STEP` entries each; the first entry of a clause wins. */
function provenanceSteps(report: ProvenanceReport): { steps: number; step: (i: number) => void; end: () => void } {
  const m = new Map<string, LocalEntry>();
  return {
    steps: Math.ceil(report.local.length / PROVENANCE_STEP),
    step: (i) => {
      for (const l of report.local.slice(i * PROVENANCE_STEP, (i + 1) * PROVENANCE_STEP)) if (!m.has(key(l.doc, l.clause))) m.set(key(l.doc, l.clause), l);
    },
    end: () => { provenanceIndexes.set(report, m); },
  };
}

/** Runs every step at once (the lookup is needed now). */
function runAll({ steps, step, end }: { steps: number; step: (i: number) => void; end: () => void }): void {
  for (let i = 0; i < steps; i++) step(i);
  end();
}

function rulesIndex(report: RulesReport): RulesIndex {
  building.get(report)?.();
  if (!rulesIndexes.has(report)) runAll(rulesSteps(report));
  return rulesIndexes.get(report)!;
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
  building.get(report)?.();
  if (!provenanceIndexes.has(report)) runAll(provenanceSteps(report));
  return provenanceIndexes.get(report)!;
}

/** The provenance of an added local clause (the first entry for it), or undefined. */
export function provenanceAt(report: ProvenanceReport, doc: string, clause: string): LocalEntry | undefined {
  return provenanceIndex(report).get(key(doc, clause));
}

/** Runs `fn` in a task of its own when the page is idle (a timer where there is no idle callback). */
function whenIdle(fn: () => void): void {
  // Looked up on the global object: this module is compiled for the worker too, which has no idle callbacks.
  const idle = (globalThis as { requestIdleCallback?: (fn: () => void, options: { timeout: number }) => number }).requestIdleCallback;
  if (typeof idle === 'function') idle.call(globalThis, fn, { timeout: 2000 });
  else setTimeout(fn, 0);
}

/** Builds `report`'s lookup in idle slices of about 10 ms; if it is needed before, the rest is done then. */
function buildInSlices(report: object, { steps, step, end }: { steps: number; step: (i: number) => void; end: () => void }): void {
  let i = 0;
  const finish = () => {
    if (i > steps) return;
    while (i < steps) step(i++);
    i = steps + 1;
    building.delete(report);
    end();
  };
  const slice = () => {
    if (i > steps) return;
    const t0 = performance.now();
    while (i < steps && performance.now() - t0 < 10) step(i++);
    if (i < steps) whenIdle(slice);
    else finish();
  };
  building.set(report, finish);
  whenIdle(slice);
}

/**
 * Builds both lookups ahead, in idle slices, as soon as the insights arrive: built on first use
 * they made opening the first pair view at 5,000 documents a task of 130 ms more, and built at once
 * they are a long task of their own (issue 14).
 */
export function prepareIndexes(rules: RulesReport, provenance: ProvenanceReport): void {
  if (!rulesIndexes.has(rules) && !building.has(rules)) buildInSlices(rules, rulesSteps(rules));
  if (!provenanceIndexes.has(provenance) && !building.has(provenance)) buildInSlices(provenance, provenanceSteps(provenance));
}
