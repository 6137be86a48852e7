/**
 * The overview's documents as every panel needs them, computed once per change: all rows (once per
 * analysis), the filtered ones (when the filter changes), the sorted ones (when the sort changes).
 * Sorting 1,000 documents re-runs only the sort, and the panels that follow the order.
 */
import { useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import type { DocumentRow } from '../../state/combine/combine-document-rows.ts';
import { isNoFilter } from '../../state/combine/combine-document-query.ts';
import { documentRowsOf, filteredRowsOf, rowIdsOf, sortedRowsOf } from '../../state/combine/per-analysis.ts';
import type { OverviewQuery } from '../../state/slices/overview-slice.ts';
import { useAppStore } from '../../state/use-app-store.tsx';

/** What the overview shows of its documents. */
export interface OverviewDocuments {
  readonly all: readonly DocumentRow[];
  /** The filter's documents, in issuance order (charts and timeline count them). */
  readonly filtered: readonly DocumentRow[];
  /** The same in the table's order (table pages and heat-map columns follow it). */
  readonly sorted: readonly DocumentRow[];
  /** `sorted` as ids. */
  readonly order: readonly string[];
  /** Ids of the filtered documents; `null` when the filter keeps all. */
  readonly keep: ReadonlySet<string> | null;
  readonly query: OverviewQuery;
}

/** The rows of `analysis` under the store's sort and filter. */
export function useOverviewDocuments(analysis: Analysis): OverviewDocuments {
  const query = useAppStore((s) => s.overview);
  // Kept per analysis, filter and sort (per-analysis.ts): the overview opened again builds nothing.
  const all = documentRowsOf(analysis);
  const filtered = filteredRowsOf(all, query.filter);
  const sorted = sortedRowsOf(filtered, query.sort);
  const order = rowIdsOf(sorted);
  const keep = useMemo(() => (isNoFilter(query.filter) ? null : new Set(filtered.map((r) => r.id))), [filtered, query.filter]);
  return { all, filtered, sorted, order, keep, query };
}
