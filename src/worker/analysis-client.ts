/**
 * The page side of the analysis worker: an `Analyzer` that posts a request and resolves with the
 * result, assembled from the batches the worker sends (analysis-protocol.ts). Where the worker
 * cannot start or fails to load, the same code runs on the page instead, loaded on demand: slower
 * to show, but never broken.
 */
import type { Analysis, DocumentAnalysis } from '../core/types.ts';
import type { Analyzer } from '../state/slices/analysis-slice.ts';
import type { InsightsBundle } from '../state/insights/insights-compute.ts';
import { rememberInsights } from '../state/slices/insights-slice.ts';
import { rememberFamilies } from '../state/families/families-registry.ts';
import { joinInsights, type InsightChunk } from '../state/insights/insights-chunks.ts';
import { DOCUMENT_BATCH, type AnalysisReply, type AnalyzeRequest } from './analysis-protocol.ts';
import { createRequestClient, type WorkerPort } from './request-client.ts';
import { startAnalysisWorker } from './start-workers.ts';

/** Runs the analysis on the page (the fallback). */
const onPage: Analyzer = async (input, onProgress) => {
  const { runAnalysis } = await import('./run-analysis.ts');
  return runAnalysis(input, onProgress);
};

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
export function createWorkerAnalyzer(
  start: () => WorkerPort<AnalyzeRequest, AnalysisReply> = startAnalysisWorker,
  fallback: Analyzer = onPage,
): Analyzer {
  const client = createRequestClient(start);
  return (input, onProgress, signal) => new Promise<Analysis>((resolve, reject) => {
    if (signal?.aborted) { reject(signal.reason); return; }
    const onThePage = () => { fallback(input, onProgress).then(resolve, reject); };
    const documents: DocumentAnalysis[] = [];
    let insights: Waiting | null = null;
    const chunks: InsightChunk[] = [];
    const sent = client.send((id) => ({ type: 'analyze', id, input }), {
      receive: (m) => {
        switch (m.type) {
          case 'progress':
            onProgress(m.progress);
            return false;
          case 'documents':
            documents.push(...m.documents);
            if (m.total > DOCUMENT_BATCH) onProgress({ done: documents.length, total: m.total, stage: 'receive' });
            return false;
          case 'done': {
            const analysis: Analysis = { ...m.head, documents };
            if (m.families) rememberFamilies(analysis, m.families);
            insights = awaitInsights(analysis);
            resolve(analysis);
            return false;
          }
          case 'insights-chunk':
            chunks.push(m.chunk);
            return false;
          case 'insights':
            if (m.insights) insights?.resolve(joinInsights(m.insights, chunks));
            else insights?.reject(new Error('insights failed in the worker'));
            return true;
          case 'error':
            reject(m.failure);
            return true;
        }
      },
      // Before `done` the analysis moves to the page; after it, only the insights are lost.
      lost: () => { if (insights) insights.reject(new Error('the analysis worker stopped')); else onThePage(); },
    });
    if (sent === null) { onThePage(); return; }
    // A newer input supersedes this run: the worker stops working for it (even on its insights).
    signal?.addEventListener('abort', () => {
      client.cancel(sent);
      insights?.reject(signal.reason);
      reject(signal.reason);
    }, { once: true });
  });
}
