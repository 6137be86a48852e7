/** Analysis slice: runs the analysis (in a Web Worker in the app) and holds its result and progress. */
import type { Analysis } from '../../core/types.ts';
import type { SliceCreator } from '../app-state.ts';
import type { CorpusInput, LoadStatus } from './corpus-slice.ts';

/** Progress of a long run: `done` of `total` steps, in a named stage. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly stage: string;
}

/** A failure the interface can name: an input error code from the core, or `INTERNAL`. */
export interface AnalysisFailure {
  readonly code: string;
  readonly source: string | null;
  readonly message: string;
}

/** Runs the analysis off the main thread; rejects with an `AnalysisFailure`-like value. */
export type Analyzer = (input: CorpusInput, onProgress: (p: Progress) => void) => Promise<Analysis>;

/** The analysis slice. */
export interface AnalysisSlice {
  readonly analysis: {
    readonly status: LoadStatus;
    readonly result: Analysis | null;
    readonly progress: Progress | null;
    readonly error: AnalysisFailure | null;
  };
  /** Loads the corpus if needed and analyzes it. Safe to call twice: a running start is reused. */
  readonly start: () => Promise<void>;
}

/** Turns anything thrown across the worker boundary into a failure with a code. */
export function toFailure(e: unknown): AnalysisFailure {
  if (typeof e === 'object' && e !== null) {
    const o = e as { code?: unknown; source?: unknown; message?: unknown };
    return {
      code: typeof o.code === 'string' ? o.code : 'INTERNAL',
      source: typeof o.source === 'string' ? o.source : null,
      message: typeof o.message === 'string' ? o.message : String(e),
    };
  }
  return { code: 'INTERNAL', source: null, message: String(e) };
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
      set({ analysis: { status: 'error', result: null, progress: null, error: { code: 'CORPUS', source: null, message } } });
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
