/** Renders UI against a real store (no worker: the analysis is set directly) for component tests. */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Analysis } from '../../src/core/types.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { StoreProvider } from '../../src/state/use-app-store.tsx';
import { parseHash } from '../../src/state/route/route.ts';
import { fixture } from './fixtures/analysis-fixture.ts';

/** jsdom lacks these; the views call them when they scroll. */
export function stubLayout(): void {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
}

/** A store at `hash` whose analysis is ready (or in another state when `analysis` is null). */
export function storeAt(hash: string, analysis: Analysis | null = fixture): AppStore {
  const store = createAppStore({
    loadCorpus: () => new Promise(() => {}),
    analyze: () => new Promise(() => {}),
    initialRoute: parseHash(hash),
  });
  if (analysis) store.setState({ analysis: { status: 'ready', result: analysis, progress: null, error: null } });
  return store;
}

/** Renders `ui` inside a provider for `store`. */
export function renderWith(store: AppStore, ui: ReactNode): RenderResult {
  stubLayout();
  return render(<StoreProvider store={store}>{ui}</StoreProvider>);
}
