/** The analysis Web Worker: runs `runAnalysis` off the main thread and posts progress, the result or a coded failure. */
import { toFailure } from '../state/analysis-slice.ts';
import type { AnalyzeRequest, WorkerMessage } from './protocol.ts';
import { runAnalysis } from './run-analysis.ts';

const scope = self as unknown as { postMessage: (m: WorkerMessage) => void; onmessage: ((e: MessageEvent<AnalyzeRequest>) => void) | null };

scope.onmessage = (e) => {
  const { id, input } = e.data;
  try {
    const analysis = runAnalysis(input, (progress) => scope.postMessage({ type: 'progress', id, progress }));
    scope.postMessage({ type: 'done', id, analysis });
  } catch (err) {
    scope.postMessage({ type: 'error', id, failure: toFailure(err) });
  }
};
