/**
 * The application store: one vanilla zustand store built from the three slices. It runs without
 * React (tests drive it directly); components bind to it through `use-app-store.tsx`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state.ts';
import { createCorpusSlice, type CorpusLoader } from './slices/corpus-slice.ts';
import { createAnalysisSlice, type Analyzer } from './slices/analysis-slice.ts';
import { createViewSlice } from './slices/view-slice.ts';
import { createInsightsSlice, withParents, type InsightsSource } from './slices/insights-slice.ts';
import { createWorkspaceSlice, type WorkspaceServices } from './slices/workspace-slice.ts';
import { HOME, type Route } from './route/route.ts';
import { BENCH_OFF, type BenchMode } from './corpus/bench-mode.ts';
import { createOverviewSlice } from './slices/overview-slice.ts';
import { createCompareSlice } from './families/compare-slice.ts';
import { createReviewsSlice } from './reviews/reviews-slice.ts';
import type { ReviewsStorage } from './reviews/reviews-storage.ts';

/** What the store needs from the outside world. */
export interface AppServices {
  readonly loadCorpus: CorpusLoader;
  readonly analyze: Analyzer;
  readonly initialRoute?: Route;
  /** Insights of an analysis (default: the worker's, else computed on the page). */
  readonly insights?: InsightsSource;
  /** Where the user's documents are kept and how files are read (default: in memory, import worker). */
  readonly workspace?: WorkspaceServices;
  /** Benchmark mode of this page (`?bench=N`); default off. The caller gives a matching loader and storage. */
  readonly bench?: BenchMode;
  /** Where the reviewer's decisions are kept (default: in memory). */
  readonly reviews?: ReviewsStorage;
}

/** The vanilla store of the app. */
export type AppStore = StoreApi<AppState>;

/** Creates a store; call `start()` on it to load and analyze the corpus. */
export function createAppStore(services: AppServices): AppStore {
  return createStore<AppState>()((...a) => ({
    // The corpus the analysis runs on: the built-in one merged with the user's workspace.
    // The documents the user marked as parents (insights slice) join the manifest's parents.
    ...createCorpusSlice(() => a[1]().withWorkspace(services.loadCorpus).then((input) => withParents(input, a[1]().markedParents)))(...a),
    // Every run's result is reviewed before anyone reads it: the reviewer's decisions applied (issue 11).
    ...createAnalysisSlice((input, onProgress, signal) => services.analyze(input, onProgress, signal).then((m) => a[1]().reviewAnalysis(m)))(...a),
    ...createViewSlice(services.initialRoute ?? HOME)(...a),
    ...createInsightsSlice(services.insights)(...a),
    ...createWorkspaceSlice(services.workspace)(...a),
    ...createOverviewSlice()(...a),
    ...createCompareSlice(services.analyze)(...a),
    ...createReviewsSlice(services.reviews)(...a),
    bench: services.bench ?? BENCH_OFF,
  }));
}
