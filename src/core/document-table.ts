/**
 * The document-level table people open in a spreadsheet (issue 11): one row per document with
 * issuer, number, date, lag, central task clauses by status, local clauses by class, the omitted
 * task clauses by id, effect counts and the reviewer's share. Built from the report, like the
 * clause table (`clauseRows`), so the CLI and the app write the same rows.
 */
import type { Report } from './report.ts';
import { EFFECT_KINDS } from './effects.ts';
import { spreadsheetText } from './spreadsheet-safe.ts';

const TASK_PARTS = new Set(['task', 'implementation']);

/** Columns of the document table, in order. Dates are ISO (yyyy-mm-dd): writers show them as dd/mm/yyyy. */
export const DOCUMENT_COLUMNS = [
  'document', 'issuer', 'kind', 'date', 'lag_days', 'source', 'role',
  'tasks_total', 'tasks_verbatim', 'tasks_adapted', 'tasks_omitted', 'coverage',
  'local_verbatim', 'local_adapted', 'local_added', 'omitted_tasks',
  ...EFFECT_KINDS.map((k) => `effects_${k}` as const),
  'reviewed_answers',
] as const;
export type DocumentColumn = (typeof DOCUMENT_COLUMNS)[number];
export type DocumentRow = Record<DocumentColumn, string | number | null>;

/**
 * One row per document of the report, in report order. `coverage` is the share of central task
 * clauses carried (verbatim or adapted), 0..1 rounded to 3 places; effect counts are null when the
 * report has none; text cells are spreadsheet-safe.
 */
export function documentRows(r: Report): DocumentRow[] {
  const taskIds = new Set(r.central.clauses.filter((c) => TASK_PARTS.has(c.part)).map((c) => c.id));
  return r.documents.map((d) => {
    const t = d.coverage.tasks, total = t.verbatim + t.adapted + t.omitted;
    const effects = Object.fromEntries(EFFECT_KINDS.map((k) => [`effects_${k}`, d.effectCounts ? d.effectCounts[k] : null]));
    const row: DocumentRow = {
      document: d.number ?? d.id, issuer: d.issuer ?? '', kind: d.kind ?? '', date: d.date, lag_days: d.lagDays, source: d.source, role: d.role ?? '',
      tasks_total: total, tasks_verbatim: t.verbatim, tasks_adapted: t.adapted, tasks_omitted: t.omitted,
      coverage: total ? Math.round(((t.verbatim + t.adapted) / total) * 1000) / 1000 : null,
      local_verbatim: d.coverage.local.verbatim, local_adapted: d.coverage.local.adapted, local_added: d.coverage.local.added,
      omitted_tasks: d.central.filter((s) => s.status === 'omitted' && taskIds.has(s.id)).map((s) => s.id).join(' '),
      ...(effects as Record<`effects_${(typeof EFFECT_KINDS)[number]}`, number | null>),
      reviewed_answers: (d.reviewed?.clauses ?? 0) + (d.reviewed?.central ?? 0),
    };
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? spreadsheetText(v) : v])) as DocumentRow;
  });
}
