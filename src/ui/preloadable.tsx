/**
 * A lazily loaded page that can be fetched ahead of need. `React.lazy` suspends on its first
 * render even when the module is already in memory, and React then holds the reveal back (up to
 * 300 ms) — the first click on a document paid that. Once preloaded, the page renders directly.
 */
import { lazy, useState, type ComponentType } from 'react';

/** A page component and the function that fetches its module. */
export interface Preloadable {
  readonly Page: ComponentType;
  readonly preload: () => Promise<unknown>;
}

/** Wraps a module's default export; `preload()` once the app is idle, and clicks render without suspending. */
export function preloadable(load: () => Promise<{ default: ComponentType }>): Preloadable {
  let loaded: ComponentType | null = null;
  let pending: Promise<{ default: ComponentType }> | null = null;
  const preload = () => (pending ??= load().then((m) => { loaded = m.default; return m; }));
  const Lazy = lazy(preload);
  function Page() {
    // Chosen once per mount: switching from Lazy to the module's component later would remount the page.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  return { Page, preload };
}
