/** Analysis slice: runs the analysis (in a Web Worker in the app) and holds its result and progress. */
import type { Analysis } from '../../core/types.ts';
import type { Progress } from '../../core/analyze.ts';
import { toFailure, type Failure } from '../../core/errors.ts';
import type { SliceCreator } from '../app-state.ts';
import type { CorpusInput, LoadStatus } from './corpus-slice.ts';


/** Runs the analysis off the main thread; rejects with a `Failure` (or anything `toFailure` reads). */
export type Analyzer = (input: CorpusInput, onProgress: (p: Progress) => void) => Promise<Analysis>;

/** The analysis slice. */
export interface AnalysisSlice {
  readonly analysis: {
    readonly status: LoadStatus;
    readonly result: Analysis | null;
    readonly progress: Progress | null;
    readonly error: Failure | null;
  };
  /** Loads the corpus if needed and analyzes it. Safe to call twice: a running start is reused. */
  readonly start: () => Promise<void>;
}

/** Creates the analysis slice around an analyzer. */
export function createAnalysisSlice(analyzer: Analyzer): SliceCreator<AnalysisSlice> {
  let running: Promise<void> | null = null;
  const run = async (
    set: Parameters<SliceCreator<AnalysisSlice>>[0],
    get: Parameters<SliceCreator<AnalysisSlice>>[1],
  ): Promise<void> => {
    const input = await get().loadCorpus();
    if (!input) {
      const message = get().corpus.error ?? 'corpus';
      set({ analysis: { status: 'error', result: null, progress: null, error: { code: 'CORPUS', source: null, detail: null, message } } });
      return;
    }
    set({ analysis: { status: 'loading', result: null, progress: { done: 0, total: 1, stage: 'start' }, error: null } });
    try {
      const result = await analyzer(input, (progress) => {
        const a = get().analysis;
        if (a.status === 'loading') set({ analysis: { ...a, progress } });
      });
      set({ analysis: { status: 'ready', result, progress: null, error: null } });
    } catch (e) {
      set({ analysis: { status: 'error', result: null, progress: null, error: toFailure(e) } });
    }
  };
  return (set, get) => ({
    analysis: { status: 'idle', result: null, progress: null, error: null },
    start: () => {
      if (get().analysis.status === 'ready') return Promise.resolve();
      running ??= run(set, get).finally(() => { running = null; });
      return running;
    },
  });
}
