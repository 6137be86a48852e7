/**
 * Overview slice: how the overview's documents are sorted and filtered, and which page of the table
 * and which window of heat-map columns is shown. In the store, not in the page, so it survives a
 * visit to a pair view and Back (an inspector working down a list of 1,000 letters keeps the place).
 */
import type { SliceCreator } from '../app-state.ts';
import { DEFAULT_SORT, NO_FILTER, nextSort, type DocumentFilter, type DocumentSort, type SortKey } from '../combine/combine-document-query.ts';

/** The overview's view of its documents. */
export interface OverviewQuery {
  readonly sort: DocumentSort;
  readonly filter: DocumentFilter;
  /** Table page, from 0. */
  readonly page: number;
  /** First document (index in the sorted, filtered list) of the heat map's window of columns. */
  readonly heatStart: number;
}

/** The overview slice. */
export interface OverviewSlice {
  readonly overview: OverviewQuery;
  /** Sorts by a column (a second click on the same column flips the direction); back to page 1. */
  readonly sortDocuments: (key: SortKey) => void;
  /** Changes the filter; back to page 1. */
  readonly filterDocuments: (patch: Partial<DocumentFilter>) => void;
  readonly showPage: (page: number) => void;
  readonly showHeatColumns: (start: number) => void;
}

/** Issuance order, everything shown, first page. */
export const INITIAL_OVERVIEW: OverviewQuery = { sort: DEFAULT_SORT, filter: NO_FILTER, page: 0, heatStart: 0 };

/** Creates the overview slice. */
export function createOverviewSlice(): SliceCreator<OverviewSlice> {
  return (set, get) => ({
    overview: INITIAL_OVERVIEW,
    sortDocuments: (key) => {
      const o = get().overview;
      set({ overview: { ...o, sort: nextSort(o.sort, key), page: 0, heatStart: 0 } });
    },
    filterDocuments: (patch) => {
      const o = get().overview;
      set({ overview: { ...o, filter: { ...o.filter, ...patch }, page: 0, heatStart: 0 } });
    },
    showPage: (page) => set({ overview: { ...get().overview, page: Math.max(0, Math.floor(page)) } }),
    showHeatColumns: (start) => set({ overview: { ...get().overview, heatStart: Math.max(0, Math.floor(start)) } }),
  });
}
