/** Analysis slice: runs the analysis (in a Web Worker in the app) and holds its result and progress. */
import type { Analysis } from '../../core/types.ts';
import type { Progress } from '../../core/analyze.ts';
import { toFailure, type Failure } from '../../core/errors.ts';
import type { SliceCreator } from '../app-state.ts';
import type { CorpusInput, LoadStatus } from './corpus-slice.ts';


/**
 * Runs the analysis off the main thread; rejects with a `Failure` (or anything `toFailure` reads).
 * Once `signal` aborts, the caller wants nothing more from the run: the analyzer may stop it and
 * rejects with the signal's reason (one that cannot stop it simply finishes unheard).
 */
export type Analyzer = (input: CorpusInput, onProgress: (p: Progress) => void, signal?: AbortSignal) => Promise<Analysis>;

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
  /**
   * A newer input replaces the last one: the analysis in progress is stopped, its result, progress
   * and failure dropped and the status set back to `idle`; a finished analysis keeps its result
   * (the caller replaces it) but what was still computed for it (its insights) is stopped.
   */
  readonly supersede: () => void;
}

/** Creates the analysis slice around an analyzer. */
export function createAnalysisSlice(analyzer: Analyzer): SliceCreator<AnalysisSlice> {
  let running: Promise<void> | null = null;
  let current: AbortController | null = null;
  const run = async (
    set: Parameters<SliceCreator<AnalysisSlice>>[0],
    get: Parameters<SliceCreator<AnalysisSlice>>[1],
  ): Promise<void> => {
    const control = new AbortController();
    current = control;
    const input = await get().loadCorpus();
    if (control.signal.aborted) return;
    if (!input) {
      const message = get().corpus.error ?? 'corpus';
      set({ analysis: { status: 'error', result: null, progress: null, error: { code: 'CORPUS', source: null, detail: null, message } } });
      return;
    }
    set({ analysis: { status: 'loading', result: null, progress: { done: 0, total: 1, stage: 'start' }, error: null } });
    try {
      const result = await analyzer(input, (progress) => {
        const a = get().analysis;
        if (a.status === 'loading' && !control.signal.aborted) set({ analysis: { ...a, progress } });
      }, control.signal);
      if (!control.signal.aborted) set({ analysis: { status: 'ready', result, progress: null, error: null } });
    } catch (e) {
      if (!control.signal.aborted) set({ analysis: { status: 'error', result: null, progress: null, error: toFailure(e) } });
    }
  };
  return (set, get) => ({
    analysis: { status: 'idle', result: null, progress: null, error: null },
    start: () => {
      if (get().analysis.status === 'ready') return Promise.resolve();
      if (running) return running;
      const p = run(set, get).finally(() => { if (running === p) running = null; });
      running = p;
      return p;
    },
    supersede: () => {
      // A finished run may still have work under way (its insights, in the worker): stopped too.
      current?.abort(new DOMException('superseded by a newer input', 'AbortError'));
      current = null;
      if (!running) return;
      running = null;
      set({ analysis: { status: 'idle', result: null, progress: null, error: null } });
    },
  });
}
