/**
 * The two tables of `--format parquet` (issue 14), typed for DuckDB, pandas or R: one row per local
 * clause and one per document, built from the report documents (the fields of `doichieu.report/1`,
 * under run-wide ids). Dates are days since 1970-01-01 (Parquet DATE); absent values are null.
 */
import type { ReportDocument } from '../core/report.ts';
import type { CentralStatus, LocalClass } from '../core/types.ts';

/** A column: its Parquet type and how a row gives its value. */
export interface ColumnSpec<R> {
  readonly name: string;
  readonly type: 'STRING' | 'DOUBLE' | 'INT32' | 'DATE';
  readonly value: (row: R) => string | number | null;
}

/** A clause row: the clause with its document. */
export interface ClauseRow {
  readonly doc: ReportDocument;
  readonly clause: ReportDocument['clauses'][number];
}

const day = (iso: string | null): number | null => {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return null;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
};

const str = (s: string | null | undefined) => (s === undefined || s === null || s === '' ? null : s);

export const CLAUSE_TABLE: readonly ColumnSpec<ClauseRow>[] = [
  { name: 'document', type: 'STRING', value: (r) => r.doc.id },
  { name: 'source', type: 'STRING', value: (r) => r.doc.source },
  { name: 'number', type: 'STRING', value: (r) => r.doc.number },
  { name: 'issuer', type: 'STRING', value: (r) => r.doc.issuer },
  { name: 'date', type: 'DATE', value: (r) => day(r.doc.date) },
  { name: 'clause', type: 'STRING', value: (r) => r.clause.id },
  { name: 'unit', type: 'STRING', value: (r) => r.clause.unit },
  { name: 'part', type: 'STRING', value: (r) => r.clause.part },
  { name: 'class', type: 'STRING', value: (r) => r.clause.class },
  { name: 'similarity', type: 'DOUBLE', value: (r) => r.clause.similarity },
  /** The best central counterpart; `central_clauses` lists all of them, space-separated. */
  { name: 'central_clause', type: 'STRING', value: (r) => r.clause.central[0] ?? null },
  { name: 'central_clauses', type: 'STRING', value: (r) => str(r.clause.central.join(' ')) },
  /** Effect kinds (weakened, localized…), comma-separated in their order; null without effects. */
  { name: 'effects', type: 'STRING', value: (r) => str([...new Set((r.clause.effects ?? []).map((e) => e.kind))].join(',')) },
  { name: 'text', type: 'STRING', value: (r) => r.clause.text },
];

const LOCAL: readonly LocalClass[] = ['verbatim', 'adapted', 'added'];
const TASKS: readonly CentralStatus[] = ['verbatim', 'adapted', 'omitted'];

export const DOCUMENT_TABLE: readonly ColumnSpec<ReportDocument>[] = [
  { name: 'document', type: 'STRING', value: (d) => d.id },
  { name: 'source', type: 'STRING', value: (d) => d.source },
  { name: 'number', type: 'STRING', value: (d) => d.number },
  { name: 'kind', type: 'STRING', value: (d) => d.kind },
  { name: 'issuer', type: 'STRING', value: (d) => d.issuer },
  { name: 'date', type: 'DATE', value: (d) => day(d.date) },
  { name: 'lag_days', type: 'INT32', value: (d) => d.lagDays },
  { name: 'signer', type: 'STRING', value: (d) => d.signer },
  { name: 'role', type: 'STRING', value: (d) => d.role },
  { name: 'place', type: 'STRING', value: (d) => d.place ?? null },
  { name: 'clauses', type: 'INT32', value: (d) => d.clauses.length },
  ...LOCAL.map((c): ColumnSpec<ReportDocument> => ({ name: `clauses_${c}`, type: 'INT32', value: (d) => d.coverage.local[c] })),
  ...TASKS.map((s): ColumnSpec<ReportDocument> => ({ name: `tasks_${s}`, type: 'INT32', value: (d) => d.coverage.tasks[s] })),
  /** The central clauses the document omits, space-separated ids ("which issuers omit task X": `list_contains(string_split(omitted, ' '), 'X')`). */
  { name: 'omitted', type: 'STRING', value: (d) => str(d.central.filter((c) => c.status === 'omitted').map((c) => c.id).join(' ')) },
];
