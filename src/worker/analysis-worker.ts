/**
 * The analysis Web Worker: runs `runAnalysis` off the main thread and posts progress, the result
 * in batches (see protocol.ts), then the insights, or a coded failure.
 */
import { toFailure } from '../core/errors.ts';
import { workerScope } from './worker-scope.ts';
import { DOCUMENT_BATCH, type AnalyzeRequest, type AnalysisReply } from './analysis-protocol.ts';
import { runAnalysis } from './run-analysis.ts';
import { forPage } from './for-page.ts';
import { insightsFor, type InsightsBundle } from '../state/insights/insights-compute.ts';
import { splitInsights } from '../state/insights/insights-chunks.ts';
import type { Analysis } from '../core/types.ts';
import { familiesOf } from '../state/families/families-registry.ts';

const scope = workerScope<AnalyzeRequest, AnalysisReply>(self);

scope.onmessage = (e) => {
  const { id, input } = e.data;
  let analysis: Analysis;
  try {
    analysis = runAnalysis(input, (progress) => scope.postMessage({ type: 'progress', id, progress }));
  } catch (err) {
    scope.postMessage({ type: 'error', id, failure: toFailure(err) });
    return;
  }
  const { documents, ...head } = analysis;
  for (let i = 0; i < documents.length; i += DOCUMENT_BATCH) {
    scope.postMessage({ type: 'documents', id, documents: documents.slice(i, i + DOCUMENT_BATCH).map(forPage), total: documents.length });
  }
  const families = familiesOf(analysis);
  scope.postMessage({ type: 'done', id, head, ...(families ? { families } : {}) });
  // Insights follow the analysis, so the overview shows without waiting for them; they never fail it.
  let insights: InsightsBundle | null = null;
  try { insights = insightsFor(input, analysis); } catch { insights = null; }
  if (!insights) { scope.postMessage({ type: 'insights', id, insights }); return; }
  // In slices, so the page deserializes them a frame at a time (insights-chunks.ts).
  const { chunks, rest } = splitInsights(insights);
  for (const chunk of chunks) scope.postMessage({ type: 'insights-chunk', id, chunk });
  scope.postMessage({ type: 'insights', id, insights: rest });
};
