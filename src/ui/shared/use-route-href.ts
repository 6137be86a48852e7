/** Hrefs for routes: every navigation is a real link, so it can be copied, opened in a new tab and printed. */
import { createContext, createElement, useContext, useDeferredValue, type ReactNode } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import { formatHash, type Route } from '../../state/route/route.ts';
import type { AppState } from '../../state/app-state.ts';

const RouteContext = createContext<Route | null>(null);
const live = (s: AppState): Route | null => s.route;
const none = (): null => null;

/**
 * The route the page shows: below `DeferredRoute`, the deferred one (and no subscription to the
 * store, so a new route re-renders nothing until React renders it in the background); elsewhere
 * (a page rendered on its own in tests) the store's.
 */
export function useRoute(): Route {
  const deferred = useContext(RouteContext);
  const current = useAppStore(deferred ? none : live);
  return (deferred ?? current)!;
}

/**
 * Renders `children` with the store's route deferred (`useDeferredValue`): opening a page is then
 * a background render that yields to the browser every few milliseconds, not one task. At 5,000
 * documents the return to the overview was rendered in one synchronous task of ~370 ms (CPU
 * profile, load 18) before its commit; the old page stays on screen until the new one is ready.
 */
export function DeferredRoute({ children }: { children: ReactNode }) {
  const route = useDeferredValue(useAppStore((s) => s.route));
  return createElement(RouteContext.Provider, { value: route }, children);
}

/** href of `route`. */
export function href(route: Route): string {
  return formatHash(route);
}
