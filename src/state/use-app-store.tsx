/** The thin React binding of the vanilla store: a provider and a selector hook. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './app-state.ts';
import type { AppStore } from './store.ts';

const StoreContext = createContext<AppStore | null>(null);

/** Makes `store` available to `useAppStore` below it. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Selects a value from the store; the component re-renders when it changes. */
export function useAppStore<U>(selector: (s: AppState) => U): U {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside StoreProvider');
  return useStore(store, selector);
}
