/** View slice: the route (what the URL says) and how to change it. */
import type { SliceCreator } from '../app-state.ts';
import { HOME, sameRoute, type Route } from '../route/route.ts';

/** How a route change enters the browser history. */
export type HistoryMode = 'push' | 'replace' | 'none';

/** The view slice: the route and how to change it. */
export interface ViewSlice {
  readonly route: Route;
  /** How the last route change should be written to the URL (`none`: it came from the URL). */
  readonly historyMode: HistoryMode;
  /** Shows a route; `push` adds a history entry (Back returns), `replace` does not. */
  readonly navigate: (route: Route, mode?: HistoryMode) => void;
  /** Changes some fields of the current route. */
  readonly patchRoute: (patch: Partial<Route>, mode?: HistoryMode) => void;
}

/** Creates the view slice, starting at `initial` (the route read from the URL at load). */
export function createViewSlice(initial: Route = HOME): SliceCreator<ViewSlice> {
  return (set, get) => ({
    route: initial,
    historyMode: 'none',
    navigate: (route, mode = 'push') => {
      if (sameRoute(route, get().route)) return;
      set({ route, historyMode: mode });
    },
    patchRoute: (patch, mode = 'push') => get().navigate({ ...get().route, ...patch }, mode),
  });
}
