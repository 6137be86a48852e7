/**
 * The shape of the one application store, assembled from typed slices (zustand slices pattern).
 * Each slice owns one concern: the corpus (inputs), the analysis (worker result), the view (route).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { CorpusSlice } from './slices/corpus-slice.ts';
import type { AnalysisSlice } from './slices/analysis-slice.ts';
import type { ViewSlice } from './slices/view-slice.ts';
import type { InsightsSlice } from './slices/insights-slice.ts';
import type { WorkspaceSlice } from './slices/workspace-slice.ts';
import type { BenchSlice } from './corpus/bench-mode.ts';
import type { OverviewSlice } from './slices/overview-slice.ts';
import type { CompareSlice } from './families/compare-slice.ts';
import type { ReviewsSlice } from './reviews/reviews-slice.ts';

/** The whole store. */
export type AppState = CorpusSlice & AnalysisSlice & ViewSlice & InsightsSlice & WorkspaceSlice & OverviewSlice & BenchSlice & CompareSlice & ReviewsSlice;

/** A slice creator that sees the whole store but returns its own part. */
export type SliceCreator<S> = StateCreator<AppState, [], [], S>;
