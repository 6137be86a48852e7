/** Stacked bars: per document, what its own text is made of — verbatim / adapted / added, by words. Pure. */
import type { Analysis } from '../../core/types.ts';
import { byLag } from './combine-document-rows.ts';
import { inOrder } from './combine-in-order.ts';
import { shortName } from '../doc-label.ts';
import { percent } from '../format-date.ts';

/** One bar: words of the local text by class, with whole percentages and clause counts. */
export interface CompositionRow {
  readonly id: string;
  readonly name: string;
  readonly lagDays: number | null;
  readonly verbatim: number;
  readonly adapted: number;
  readonly added: number;
  readonly total: number;
  readonly verbatimPct: number;
  readonly adaptedPct: number;
  readonly addedPct: number;
  /** Clauses by class (the words above are the bar; clauses go in the tooltip and table). */
  readonly clauses: { readonly verbatim: number; readonly adapted: number; readonly added: number };
}

/** One bar per local document, ordered by issuance; or only the documents `order` names, in that order (the table's). */
export function combineComposition(a: Analysis, order?: readonly string[]): CompositionRow[] {
  const rows = a.documents.map((d): CompositionRow => {
    const { verbatim, adapted, added } = d.coverage.local.words;
    const total = verbatim + adapted + added;
    return {
      id: d.doc.id, name: shortName(d.doc), lagDays: d.lagDays, verbatim, adapted, added, total,
      verbatimPct: percent(verbatim, total), adaptedPct: percent(adapted, total), addedPct: percent(added, total),
      clauses: { ...d.coverage.local.counts },
    };
  }).sort(byLag);
  return order ? inOrder(rows, order) : rows;
}
