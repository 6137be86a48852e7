/**
 * The page side of the analysis worker: an `Analyzer` that posts a request and resolves with the
 * result. Where a module worker cannot start (some file:// pages, old browsers) or fails to load,
 * the same code runs on the page instead, loaded on demand: slower to show, but never broken.
 */
import type { Analysis } from '../core/types.ts';
import type { Analyzer } from '../state/analysis-slice.ts';
import type { CorpusInput } from '../state/corpus-slice.ts';
import type { AnalyzeRequest, WorkerMessage } from './protocol.ts';
import { rememberInsights } from '../state/insights-slice.ts';

/** Something that behaves like a Worker (a real module worker in the app; a fake in tests). */
export interface WorkerLike {
  postMessage(m: AnalyzeRequest): void;
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** Starts the module worker. */
export function startAnalysisWorker(): WorkerLike {
  return new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module', name: 'doichieu-analysis' });
}

/** Runs the analysis on the page (the fallback). */
const onPage: Analyzer = async (input, onProgress) => {
  const { runAnalysis } = await import('./run-analysis.ts');
  return runAnalysis(input, onProgress);
};

interface Pending {
  readonly input: CorpusInput;
  readonly resolve: (a: Analysis) => void;
  readonly reject: (e: unknown) => void;
  readonly progress: Parameters<Analyzer>[1];
}

/** An analyzer backed by one long-lived worker, started on first use, with the on-page fallback. */
export function createWorkerAnalyzer(start: () => WorkerLike = startAnalysisWorker, fallback: Analyzer = onPage): Analyzer {
  let worker: WorkerLike | null = null;
  let broken = false;
  let next = 0;
  const pending = new Map<number, Pending>();
  const ensure = (): WorkerLike => {
    if (worker) return worker;
    const w = start();
    w.onmessage = (e) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') p.progress(m.progress);
      else {
        pending.delete(m.id);
        if (m.type === 'done') {
          if (m.insights) rememberInsights(m.analysis, m.insights);
          p.resolve(m.analysis);
        }
        else p.reject(m.failure);
      }
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      broken = true;
      worker = null;
      for (const p of pending.values()) fallback(p.input, p.progress).then(p.resolve, p.reject);
      pending.clear();
    };
    worker = w;
    return w;
  };
  return (input, onProgress) => {
    if (broken) return fallback(input, onProgress);
    let w: WorkerLike;
    try {
      w = ensure();
    } catch {
      broken = true;
      return fallback(input, onProgress);
    }
    return new Promise<Analysis>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { input, resolve, reject, progress: onProgress });
      w.postMessage({ type: 'analyze', id, input });
    });
  };
}
