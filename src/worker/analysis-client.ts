/**
 * The page side of the analysis worker: an `Analyzer` that posts a request and resolves with the
 * result, assembled from the batches the worker sends (protocol.ts). Where a module worker cannot
 * start (some file:// pages, old browsers) or fails to load, the same code runs on the page
 * instead, loaded on demand: slower to show, but never broken.
 */
import type { Analysis, DocumentAnalysis } from '../core/types.ts';
import type { Analyzer } from '../state/slices/analysis-slice.ts';
import type { CorpusInput } from '../state/slices/corpus-slice.ts';
import type { InsightsBundle } from '../state/insights/insights-compute.ts';
import { rememberInsights } from '../state/slices/insights-slice.ts';
import { DOCUMENT_BATCH, type AnalyzeRequest, type WorkerMessage } from './analysis-protocol.ts';

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
  readonly documents: DocumentAnalysis[];
}

interface Waiting {
  readonly resolve: (b: InsightsBundle) => void;
  readonly reject: (e: unknown) => void;
}

/**
 * Registers the insights the worker will send for `analysis` (the store picks them up through
 * `rememberInsights`); returns how to settle them. The page never computes them itself for a
 * worker's analysis: it lacks the tokens they need (for-page.ts).
 */
function awaitInsights(analysis: Analysis): Waiting {
  let waiting!: Waiting;
  const promise = new Promise<InsightsBundle>((resolve, reject) => { waiting = { resolve, reject }; });
  promise.catch(() => {}); // settled for whoever asks; not an unhandled rejection when nobody does
  rememberInsights(analysis, promise);
  return waiting;
}

/** An analyzer backed by one long-lived worker, started on first use, with the on-page fallback. */
export function createWorkerAnalyzer(start: () => WorkerLike = startAnalysisWorker, fallback: Analyzer = onPage): Analyzer {
  let worker: WorkerLike | null = null;
  let broken = false;
  let next = 0;
  const pending = new Map<number, Pending>();
  const insights = new Map<number, Waiting>();
  const receive = (m: WorkerMessage): void => {
    if (m.type === 'insights') {
      const w = insights.get(m.id);
      insights.delete(m.id);
      if (m.insights) w?.resolve(m.insights);
      else w?.reject(new Error('insights failed in the worker'));
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.progress(m.progress);
    else if (m.type === 'documents') {
      p.documents.push(...m.documents);
      if (m.total > DOCUMENT_BATCH) p.progress({ done: p.documents.length, total: m.total, stage: 'receive' });
    } else {
      pending.delete(m.id);
      if (m.type === 'error') { p.reject(m.failure); return; }
      const analysis: Analysis = { ...m.head, documents: p.documents };
      insights.set(m.id, awaitInsights(analysis));
      p.resolve(analysis);
    }
  };
  const ensure = (): WorkerLike => {
    if (worker) return worker;
    const w = start();
    w.onmessage = (e) => receive(e.data);
    w.onerror = (e) => {
      e.preventDefault?.();
      broken = true;
      worker = null;
      for (const p of pending.values()) fallback(p.input, p.progress).then(p.resolve, p.reject);
      pending.clear();
      for (const w of insights.values()) w.reject(new Error('the analysis worker stopped'));
      insights.clear();
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
      pending.set(id, { input, resolve, reject, progress: onProgress, documents: [] });
      w.postMessage({ type: 'analyze', id, input });
    });
  };
}
