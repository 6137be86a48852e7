/** The application: header, and the page the route names once the analysis is ready. */
import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../state/use-app-store.tsx';
import { AppHeader } from './app-header.tsx';
import { StatusScreen } from './status-screen.tsx';
import { OverviewPage } from './overview/overview-page.tsx';
import { PanelBoundary } from './shared/panel-boundary.tsx';
import { useT } from './i18n/use-t.ts';
import { useRoute } from './shared/use-route-href.ts';
import { BenchDocumentsPage, BenchInvalidPage } from './bench/bench-pages.tsx';
import { watchPairLinks } from '../state/perf-marks.ts';
import { preloadable } from './preloadable.tsx';
import { useFamilySync } from './shared/families/use-families.ts';

// The pages opened from the overview's links: fetched as soon as the analysis is ready.
const pair = preloadable(() => import('./pair/pair-page.tsx'));
const clause = preloadable(() => import('./clause/clause-page.tsx'));
const PairPage = pair.Page;
const ClausePage = clause.Page;
const RulesPage = lazy(() => import('./rules/rules-page.tsx'));
const CitationsPage = lazy(() => import('./citations/citations-page.tsx'));
const TimelinePage = lazy(() => import('./timeline/timeline-page.tsx'));
const TourPage = lazy(() => import('./tour/tour-page.tsx'));
const DocumentsPage = lazy(() => import('./workspace/documents-page.tsx'));
const ReportPage = lazy(() => import('./report/report-page.tsx'));
const ComparePage = lazy(() => import('./compare/compare-page.tsx'));
const InspectionPage = lazy(() => import('./inspection/inspection-page.tsx'));

function Page() {
  const route = useRoute();
  const ready = useAppStore((s) => s.analysis.status === 'ready');
  const bench = useAppStore((s) => s.bench.kind);
  if (bench === 'invalid') return <BenchInvalidPage />;
  // The user's documents are reachable whatever the analysis is doing, so a workspace can always be repaired.
  // In benchmark mode they are not loaded at all: that page says so and shows the way back.
  if (route.view === 'documents') return bench === 'on' ? <BenchDocumentsPage /> : <DocumentsPage />;
  // Any two documents (issue 13): its own analysis, whatever the main one is doing.
  if (route.view === 'compare' && bench !== 'on') return <ComparePage />;
  if (!ready) return <StatusScreen />;
  if (route.view === 'report') return route.doc ? <InspectionPage /> : <ReportPage />;
  if (route.view === 'pair') return <PairPage />;
  if (route.view === 'clause') return <ClausePage />;
  if (route.view === 'rules') return <RulesPage />;
  if (route.view === 'citations') return <CitationsPage />;
  if (route.view === 'timeline') return <TimelinePage />;
  if (route.view === 'tour') return <TourPage />;
  return <OverviewPage />;
}

/** Runs `fn` when the page is idle (soon, at the latest): preloading must not delay the overview's first paint. */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 200);
}

/** Keeps `<html lang>` and the window title in step with the interface language and view. */
function useDocumentMeta(): void {
  const t = useT();
  const route = useRoute();
  useEffect(() => {
    document.documentElement.lang = route.lang;
    const page = t(`nav.${route.view}`);
    document.title = `${page} · ${t('app.name')}`;
  }, [route.lang, route.view, t]);
}

/** Root component. */
export function App() {
  const t = useT();
  const route = useRoute();
  useDocumentMeta();
  useFamilySync();
  useEffect(() => watchPairLinks(document), []);
  const ready = useAppStore((s) => s.analysis.status === 'ready');
  useEffect(() => { if (ready) whenIdle(() => { void pair.preload(); void clause.preload(); }); }, [ready]);
  return (
    <div className={`app app--${route.view}`}>
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>{t('app.skip')}</button>
      <AppHeader />
      <main id="main" className="main" tabIndex={-1}>
        <PanelBoundary message={t('panel.error', { name: t(`nav.${route.view}`) })} retryLabel={t('panel.retry')}>
          <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
            <Page />
          </Suspense>
        </PanelBoundary>
      </main>
    </div>
  );
}
