/**
 * Keeps the route and the URL hash in step: a copied link reopens the same view, and Back/Forward
 * move through views. Uses `location.hash` (not pushState) so it also works from file://.
 */
import type { AppStore } from '../store.ts';
import { formatHash, parseHash, sameRoute } from './route.ts';

/** The part of `window` the binding uses (a fake one in tests). */
export interface UrlHost {
  readonly location: { hash: string; replace: (url: string) => void };
  addEventListener(type: 'hashchange', fn: () => void): void;
  removeEventListener(type: 'hashchange', fn: () => void): void;
}

/** Reads the route from the URL now and on every hash change; writes route changes back. Returns an unbind function. */
export function bindUrl(store: AppStore, host: UrlHost): () => void {
  const fromUrl = (): void => {
    const route = parseHash(host.location.hash);
    if (!sameRoute(route, store.getState().route)) store.setState({ route, historyMode: 'none' });
  };
  fromUrl();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.route === prev.route || s.historyMode === 'none') return;
    const hash = formatHash(s.route);
    if (host.location.hash === hash) return;
    if (s.historyMode === 'replace') host.location.replace(hash);
    else host.location.hash = hash;
  });
  host.addEventListener('hashchange', fromUrl);
  return () => {
    unsubscribe();
    host.removeEventListener('hashchange', fromUrl);
  };
}
