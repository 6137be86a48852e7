/** The analysis Web Worker: runs `runAnalysis` off the main thread and posts progress, the result or a coded failure. */
import { toFailure } from '../state/analysis-slice.ts';
import type { AnalyzeRequest, WorkerMessage } from './protocol.ts';
import { runAnalysis } from './run-analysis.ts';
import { insightsFor, type InsightsBundle } from '../state/insights-compute.ts';

const scope = self as unknown as { postMessage: (m: WorkerMessage) => void; onmessage: ((e: MessageEvent<AnalyzeRequest>) => void) | null };

scope.onmessage = (e) => {
  const { id, input } = e.data;
  try {
    const analysis = runAnalysis(input, (progress) => scope.postMessage({ type: 'progress', id, progress }));
    // Insights never fail the analysis: without them the page computes them itself, or says why not.
    let insights: InsightsBundle | null = null;
    try { insights = insightsFor(input, analysis); } catch { insights = null; }
    scope.postMessage({ type: 'done', id, analysis, insights });
  } catch (err) {
    scope.postMessage({ type: 'error', id, failure: toFailure(err) });
  }
};
