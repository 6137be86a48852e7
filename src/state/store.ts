/**
 * The application store: one vanilla zustand store built from the three slices. It runs without
 * React (tests drive it directly); components bind to it through `use-app-store.tsx`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state.ts';
import { createCorpusSlice, type CorpusLoader } from './corpus-slice.ts';
import { createAnalysisSlice, type Analyzer } from './analysis-slice.ts';
import { createViewSlice } from './view-slice.ts';
import { HOME, type Route } from './route.ts';

/** What the store needs from the outside world. */
export interface AppServices {
  readonly loadCorpus: CorpusLoader;
  readonly analyze: Analyzer;
  readonly initialRoute?: Route;
}

/** The vanilla store of the app. */
export type AppStore = StoreApi<AppState>;

/** Creates a store; call `start()` on it to load and analyze the corpus. */
export function createAppStore(services: AppServices): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createCorpusSlice(services.loadCorpus)(...a),
    ...createAnalysisSlice(services.analyze)(...a),
    ...createViewSlice(services.initialRoute ?? HOME)(...a),
  }));
}
