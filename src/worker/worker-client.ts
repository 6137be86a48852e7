/** The page side of the analysis worker: an `Analyzer` that posts a request and resolves with the result. */
import type { Analysis } from '../core/types.ts';
import type { Analyzer } from '../state/analysis-slice.ts';
import type { AnalyzeRequest, WorkerMessage } from './protocol.ts';

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

/** An analyzer backed by one long-lived worker, started on first use. */
export function createWorkerAnalyzer(start: () => WorkerLike = startAnalysisWorker): Analyzer {
  let worker: WorkerLike | null = null;
  let next = 0;
  const pending = new Map<number, { resolve: (a: Analysis) => void; reject: (e: unknown) => void; progress: Parameters<Analyzer>[1] }>();
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
        if (m.type === 'done') p.resolve(m.analysis);
        else p.reject(m.failure);
      }
    };
    w.onerror = (e) => {
      for (const p of pending.values()) p.reject({ code: 'INTERNAL', source: null, message: e.message || 'worker failed' });
      pending.clear();
      worker = null;
    };
    worker = w;
    return w;
  };
  return (input, onProgress) => new Promise<Analysis>((resolve, reject) => {
    const id = ++next;
    pending.set(id, { resolve, reject, progress: onProgress });
    ensure().postMessage({ type: 'analyze', id, input });
  });
}
