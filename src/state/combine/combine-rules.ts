/**
 * The localization rules table: one row per mined rule (central wording → local wording), a count
 * per local document, the total, and the clauses where it occurs; then the clauses whose only
 * changes are such rules ("localized wording"). Pure.
 */
import { oncePer2 } from './once-per.ts';
import type { Analysis, ClauseResult, Part } from '../../core/types.ts';
import type { LocalizationRule, RulesReport } from '../../core/rules.ts';
import { documentsByLag, type DocColumn } from './combine-document-rows.ts';
import { localizedAt, rulesAt } from '../insights/insights-index.ts';

/** A rule as people read it: the name words it qualifies, then what changes. */
export interface RulePhrase {
  readonly id: string;
  /** Name words before the change ("Ban", "Mặt trận Tổ quốc"); empty when none. */
  readonly context: string;
  readonly from: string;
  readonly to: string;
  /** "Ban Bí thư", "Ban Thường vụ Tỉnh ủy". */
  readonly fullFrom: string;
  readonly fullTo: string;
}

/** Where a rule occurs. */
export interface RuleExample {
  readonly doc: string;
  readonly name: string;
  readonly clause: string;
  /** The local clause's part, for its label ("Mục 6, câu 3"). */
  readonly part: Part | null;
  /** The central clause it derives from, when known. */
  readonly central: string | null;
  /** The clause is localized wording (its only changes are rules). */
  readonly localized: boolean;
}

/** One rule (row). */
export interface RuleRow extends RulePhrase {
  /** Occurrences per column, in column order. */
  readonly counts: readonly number[];
  readonly total: number;
  /** Documents that apply it. */
  readonly documents: number;
  readonly examples: readonly RuleExample[];
}

/** A clause whose only substantive changes are rules. */
export interface LocalizedRow {
  readonly doc: string;
  readonly name: string;
  readonly clause: string;
  readonly part: Part | null;
  readonly central: string | null;
  readonly text: string;
  readonly rules: readonly RulePhrase[];
}

/** The rules view model. */
export interface RulesTable {
  /** The local documents, in order of issuance. */
  readonly columns: readonly DocColumn[];
  readonly rows: readonly RuleRow[];
  /** Rule occurrences per column. */
  readonly totals: readonly number[];
  readonly localized: readonly LocalizedRow[];
}

/** The readable form of a rule. */
export function rulePhrase(r: Pick<LocalizationRule, 'id' | 'context' | 'from' | 'to'>): RulePhrase {
  const join = (s: string) => (r.context ? `${r.context} ${s}` : s);
  return { id: r.id, context: r.context, from: r.from, to: r.to, fullFrom: join(r.from), fullTo: join(r.to) };
}

/** Builds the table; columns are the local documents in order of issuance. */
export function combineRules(a: Analysis, report: RulesReport): RulesTable {
  // Each name made once, not twice per comparison (5,000 documents: some 120,000 comparisons).
  const columns = documentsByLag(a).map(({ d, name }) => ({ id: d.doc.id, name, number: d.doc.meta.number, role: d.doc.meta.role }));
  const names = new Map(columns.map((c) => [c.id, c.name]));
  const localizedKeys = new Set(report.localized.map((l) => `${l.doc}\u0000${l.clause}`));
  // The document looked up, not searched: at 5,000 documents a search per example took seconds (issue 14).
  const docById = new Map<string, Analysis['documents'][number]>();
  for (const d of a.documents) if (!docById.has(d.doc.id)) docById.set(d.doc.id, d);
  const found = new Map<string, ClauseResult | undefined>();
  const result = (doc: string, clause: string): ClauseResult | undefined => {
    const k = `${doc}\u0000${clause}`;
    if (!found.has(k)) found.set(k, docById.get(doc)?.clauses.find((r) => r.clause.id === clause));
    return found.get(k);
  };
  // Column indexes of each document id: the totals and a rule's counts come from the documents it
  // names, not from a read of its record for every column (rules × 5,000 lookups took most of a second).
  const columnsOf = new Map<string, number[]>();
  columns.forEach((c, i) => { const at = columnsOf.get(c.id); if (at) at.push(i); else columnsOf.set(c.id, [i]); });
  const totals: number[] = new Array<number>(columns.length).fill(0);
  const byId = new Map(report.rules.map((r) => [r.id, r]));
  const countsOf = (r: LocalizationRule): number[] => {
    const counts: number[] = new Array<number>(columns.length).fill(0);
    for (const [doc, n] of Object.entries(r.documents)) for (const i of columnsOf.get(doc) ?? []) counts[i] = n;
    return counts;
  };
  // An example's clause is looked up when its part or central clause is read: the table shows six
  // examples per rule and counts the rest, and a rule at 5,000 documents has thousands (looking
  // each one's clause up was most of the rules page's ~700 ms task, CPU profile at load 18).
  const examplesOf = (r: LocalizationRule): RuleExample[] => {
    const seen = new Set<string>();
    const out: RuleExample[] = [];
    for (const e of r.examples) {
      const k = `${e.doc}\u0000${e.clause}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({
        doc: e.doc, name: names.get(e.doc) ?? e.doc, clause: e.clause, localized: localizedKeys.has(k),
        get part() { return result(e.doc, e.clause)?.clause.part ?? null; },
        get central() { return result(e.doc, e.clause)?.central[0] ?? null; },
      });
    }
    return out;
  };
  // A row's counts per column and its examples are built when first read: at 5,000 documents the
  // table shows a window of rules, their first examples and how many documents apply each, and
  // building every count and example up front was a task of over a second (issue 14).
  const rows = report.rules.map((r): RuleRow => {
    let documents = 0;
    for (const [doc, n] of Object.entries(r.documents)) {
      for (const i of columnsOf.get(doc) ?? []) {
        totals[i]! += n;
        if (n > 0) documents++;
      }
    }
    let counts: readonly number[] | undefined, examples: readonly RuleExample[] | undefined;
    return {
      ...rulePhrase(r), total: r.count, documents,
      get counts() { return (counts ??= countsOf(r)); },
      get examples() { return (examples ??= examplesOf(r)); },
    };
  });
  // The same for the localized clauses (a windowed list of thousands): each one's clause when shown.
  const localized = report.localized.map((l): LocalizedRow => {
    let rules: readonly RulePhrase[] | undefined;
    return {
      doc: l.doc, name: names.get(l.doc) ?? l.doc, clause: l.clause,
      get part() { return result(l.doc, l.clause)?.clause.part ?? null; },
      get central() { return result(l.doc, l.clause)?.central[0] ?? null; },
      get text() { return result(l.doc, l.clause)?.clause.text ?? ''; },
      get rules() { return (rules ??= l.rules.map((id) => byId.get(id)).filter((x): x is LocalizationRule => x !== undefined).map(rulePhrase)); },
    };
  });
  return { columns, rows, totals, localized };
}

/** `combineRules` once per analysis and rules report (the rules page opened again reads it: issue 14). */
export const rulesTableOf = oncePer2((a: Analysis, report: RulesReport) => combineRules(a, report));

/** The rules that occur in one local clause, numbered in the order of the table. */
export function rulesOfClause(report: RulesReport, doc: string, clause: string): RulePhrase[] {
  return rulesAt(report, doc, clause).map(rulePhrase);
}

/** Whether a local clause is localized wording. */
export function isLocalized(report: RulesReport, doc: string, clause: string): boolean {
  return localizedAt(report, doc, clause);
}
