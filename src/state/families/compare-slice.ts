/**
 * The compare slice (issue 13): any two documents of the workspace aligned, beside the main
 * analysis (the same worker, its own request), for the "So sánh" view.
 */
import type { Analysis } from '../../core/types.ts';
import { toFailure, type Failure } from '../../core/errors.ts';
import type { SliceCreator } from '../app-state.ts';
import type { Analyzer } from '../slices/analysis-slice.ts';
import type { LoadStatus } from '../slices/corpus-slice.ts';
import type { ComparePick } from './compare-run.ts';

export interface CompareSlice {
  readonly comparison: {
    readonly status: LoadStatus;
    readonly pick: ComparePick | null;
    readonly result: Analysis | null;
    readonly error: Failure | null;
  };
  /** Compares `pick.b` with `pick.a` (the latest pick wins); nothing when that pick is shown or running. */
  readonly compareDocuments: (pick: ComparePick) => Promise<void>;
}

/** Creates the slice around the app's analyzer. */
export function createCompareSlice(analyzer: Analyzer): SliceCreator<CompareSlice> {
  let generation = 0;
  return (set, get) => ({
    comparison: { status: 'idle', pick: null, result: null, error: null },
    compareDocuments: async (pick) => {
      const now = get().comparison;
      if (now.pick?.a === pick.a && now.pick.b === pick.b && now.status !== 'error' && now.status !== 'idle') return;
      const gen = ++generation;
      set({ comparison: { status: 'loading', pick, result: null, error: null } });
      const input = await get().loadCorpus();
      if (!input) {
        set({ comparison: { status: 'error', pick, result: null, error: toFailure(new Error(get().corpus.error ?? 'corpus')) } });
        return;
      }
      try {
        const result = await analyzer({ ...input, compare: pick }, () => {});
        if (gen === generation) set({ comparison: { status: 'ready', pick, result, error: null } });
      } catch (e) {
        if (gen === generation) set({ comparison: { status: 'error', pick, result: null, error: toFailure(e) } });
      }
    },
  });
}
