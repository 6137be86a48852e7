/**
 * Messages between the page and the analysis worker. Plain data only (structured clone).
 *
 * A result crosses in pieces: `documents` batches, then `done` with the rest of the analysis, then
 * `insights`. One message of a thousand analyses would be deserialized on the page in one long task
 * (seconds, the interface frozen); batches are deserialized one task each, with frames in between.
 */
import type { Analysis, DocumentAnalysis } from '../core/types.ts';
import type { CorpusInput, } from '../state/slices/corpus-slice.ts';
import type { Progress } from '../core/analyze.ts';
import type { Failure } from '../core/errors.ts';
import type { InsightsBundle } from '../state/insights/insights-compute.ts';
import type { FamiliesSummary } from '../state/families/families-types.ts';
import type { InsightChunk } from '../state/insights/insights-chunks.ts';

/** Page → worker: analyze this corpus; `id` pairs the answers with the request. */
export interface AnalyzeRequest {
  readonly type: 'analyze';
  readonly id: number;
  readonly input: CorpusInput;
}

/** The analysis without its documents (they come in `documents` batches). */
export type AnalysisHead = Omit<Analysis, 'documents'>;

/** Documents sent per message: small enough to deserialize within a frame or two. */
export const DOCUMENT_BATCH = 20;

/** Worker → page. */
export type AnalysisReply =
  | { readonly type: 'progress'; readonly id: number; readonly progress: Progress }
  /** The next documents, in order; `total` documents in all. */
  | { readonly type: 'documents'; readonly id: number; readonly documents: readonly DocumentAnalysis[]; readonly total: number }
  /** The analysis is complete: its documents were all sent before; `families` when several central texts were routed (issue 13). */
  | { readonly type: 'done'; readonly id: number; readonly head: AnalysisHead; readonly families?: FamiliesSummary }
  /** A slice of the insights' long lists, before `insights` (src/state/insights/insights-chunks.ts). */
  | { readonly type: 'insights-chunk'; readonly id: number; readonly chunk: InsightChunk }
  /** Insights of the analysis, computed after it was sent (less the slices sent before); `null` when they could not be computed. */
  | { readonly type: 'insights'; readonly id: number; readonly insights: InsightsBundle | null }
  | { readonly type: 'error'; readonly id: number; readonly failure: Failure };
