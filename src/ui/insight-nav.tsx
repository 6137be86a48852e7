/** Header links to the views of the insights: localization rules, citations, timeline, tour. */
import { HOME, type Route, type ViewName } from '../state/route/route.ts';
import { useT } from './i18n/use-t.ts';
import { href, useRoute } from './shared/use-route-href.ts';

const VIEWS = ['rules', 'citations', 'timeline', 'tour'] as const satisfies readonly ViewName[];

/** The route of one of these views in the current language (the tour at its first step). */
export function insightRoute(from: Route, view: (typeof VIEWS)[number]): Route {
  return view === 'tour' ? { ...HOME, view, lang: from.lang, step: 1 } : { ...HOME, view, lang: from.lang };
}

/** Links styled like the header's other page links. */
export function InsightNavLinks() {
  const t = useT();
  const route = useRoute();
  return (
    <>
      {VIEWS.map((v) => (
        <a key={v} className="nav__link" href={href(insightRoute(route, v))} aria-current={route.view === v ? 'page' : undefined}
          data-testid={`nav-${v}`}>{t(`nav.${v}`)}</a>
      ))}
    </>
  );
}
