/** The top bar: product name, page links, and the actions (language, link, report, print). */
import { useAppStore } from '../state/use-app-store.tsx';
import { clauseRoute, HOME, pairRoute, type Route } from '../state/route/route.ts';
import { useT } from './i18n/use-t.ts';
import { HeaderActions } from './header-actions.tsx';
import { BenchBanner } from './bench/bench-banner.tsx';
import { InsightNavLinks } from './insight-nav.tsx';
import { href, useRoute } from './shared/use-route-href.ts';

/**
 * A page link; without a target (no analysis yet) its place is kept, greyed: the header used to
 * gain two links and two buttons when the first analysis arrived, wrap to a second row and push
 * the whole page down some 50 px under the reader's eyes.
 */
function NavLink({ to, current, label }: { to: Route | null; current: boolean; label: string }) {
  if (!to) return <span className="nav__link nav__link--off" aria-disabled="true">{label}</span>;
  return <a className="nav__link" href={href(to)} aria-current={current ? 'page' : undefined}>{label}</a>;
}

/** Header shown on every page. */
export function AppHeader() {
  const t = useT();
  const route = useRoute();
  const firstDoc = useAppStore((s) => s.analysis.result?.documents.find((d) => d.doc.meta.role === 'implementation')?.doc.id ?? null);
  const firstClause = useAppStore((s) => s.analysis.result?.centralClauses.find((c) => c.part === 'task')?.id ?? null);
  const pairDoc = route.doc ?? firstDoc;
  const clauseId = route.clause ?? firstClause;
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <a className="brand" href={href({ ...HOME, lang: route.lang })}>
          <span className="brand__name" lang="vi">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </a>
      </div>
      <nav className="nav" aria-label={t('nav.label')}>
        <NavLink to={{ ...HOME, lang: route.lang }} current={route.view === 'overview'} label={t('nav.overview')} />
        <NavLink to={{ ...HOME, view: 'documents', lang: route.lang }} current={route.view === 'documents'} label={t('nav.documents')} />
        <NavLink to={pairDoc ? pairRoute(route, pairDoc, route.view === 'pair' ? route.clause : null) : null} current={route.view === 'pair'} label={t('nav.pair')} />
        <NavLink to={clauseId ? clauseRoute(route, clauseId, route.doc) : null} current={route.view === 'clause'} label={t('nav.clause')} />
        <InsightNavLinks />
        <NavLink to={{ ...HOME, view: 'compare', lang: route.lang }} current={route.view === 'compare'} label={t('nav.compare')} />
      </nav>
      <HeaderActions />
      <BenchBanner />
    </header>
  );
}
