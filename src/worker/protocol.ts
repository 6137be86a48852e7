/** Messages between the page and the analysis worker. Plain data only (structured clone). */
import type { Analysis } from '../core/types.ts';
import type { CorpusInput, } from '../state/corpus-slice.ts';
import type { AnalysisFailure, Progress } from '../state/analysis-slice.ts';
import type { InsightsBundle } from '../state/insights-compute.ts';

/** Page → worker: analyze this corpus; `id` pairs the answers with the request. */
export interface AnalyzeRequest {
  readonly type: 'analyze';
  readonly id: number;
  readonly input: CorpusInput;
}

/** Worker → page. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly id: number; readonly progress: Progress }
  | { readonly type: 'done'; readonly id: number; readonly analysis: Analysis; readonly insights?: InsightsBundle | null }
  | { readonly type: 'error'; readonly id: number; readonly failure: AnalysisFailure };
