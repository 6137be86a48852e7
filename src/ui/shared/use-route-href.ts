/** Hrefs for routes: every navigation is a real link, so it can be copied, opened in a new tab and printed. */
import { useAppStore } from '../../state/use-app-store.tsx';
import { formatHash, type Route } from '../../state/route/route.ts';

/** The current route. */
export function useRoute(): Route {
  return useAppStore((s) => s.route);
}

/** href of `route`. */
export function href(route: Route): string {
  return formatHash(route);
}
