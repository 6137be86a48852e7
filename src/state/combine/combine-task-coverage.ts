/** Stacked bars: per document, central task clauses carried verbatim / adapted / omitted. Pure. */
import type { Analysis } from '../../core/types.ts';
import { byLag } from './combine-document-rows.ts';
import { inOrder } from './combine-in-order.ts';
import { shortName } from '../doc-label.ts';
import { percent } from '../format-date.ts';

/** One bar: counts and whole percentages of central task clauses. */
export interface TaskCoverageRow {
  readonly id: string;
  readonly name: string;
  readonly lagDays: number | null;
  readonly verbatim: number;
  readonly adapted: number;
  readonly omitted: number;
  readonly total: number;
  readonly verbatimPct: number;
  readonly adaptedPct: number;
  readonly omittedPct: number;
}

/** One bar per local document, ordered by issuance; or only the documents `order` names, in that order (the table's). */
export function combineTaskCoverage(a: Analysis, order?: readonly string[]): TaskCoverageRow[] {
  const rows = a.documents.map((d): TaskCoverageRow => {
    const { verbatim, adapted, omitted } = d.coverage.tasks;
    const total = verbatim + adapted + omitted;
    return {
      id: d.doc.id, name: shortName(d.doc), lagDays: d.lagDays, verbatim, adapted, omitted, total,
      verbatimPct: percent(verbatim, total), adaptedPct: percent(adapted, total), omittedPct: percent(omitted, total),
    };
  }).sort(byLag);
  return order ? inOrder(rows, order) : rows;
}
