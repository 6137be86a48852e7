/** Overview (the start page): the central text, the local documents, and the charts. */
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { markOverviewShown } from '../../state/perf-marks.ts';
import { combineDocumentRows } from '../../state/combine-document-rows.ts';
import { combineHeatmap } from '../../state/combine-heatmap.ts';
import { combineTimeline } from '../../state/combine-timeline.ts';
import { Panel } from '../panel.tsx';
import { Legend } from '../legend.tsx';
import { useT } from '../i18n/use-t.ts';
import { dateLabel } from '../labels.ts';
import { CentralCard } from './central-card.tsx';
import { DocumentTable } from './document-table.tsx';
import { Heatmap } from './heatmap.tsx';
import { Timeline } from './timeline.tsx';
import { ParentList } from '../provenance/parent-list.tsx';
import { OverviewImport } from '../import/overview-import.tsx';

const OverviewCharts = lazy(() => import('./overview-charts.tsx'));

/** The overview of an analysis that is ready. */
export function OverviewPage() {
  const analysis = useAppStore((s) => s.analysis.result);
  if (!analysis) return null;
  return <Overview analysis={analysis} />;
}

function Overview({ analysis }: { analysis: Analysis }) {
  useEffect(markOverviewShown, []); // time to first overview (perf-marks.ts)
  const t = useT();
  const rows = useMemo(() => combineDocumentRows(analysis), [analysis]);
  const heatmap = useMemo(() => combineHeatmap(analysis), [analysis]);
  const timeline = useMemo(() => combineTimeline(analysis), [analysis]);
  return (
    <div className="page page--overview">
      <h1 className="visually-hidden">{t('overview.title')}</h1>
      <CentralCard analysis={analysis} />
      <OverviewImport />
      <Panel id="documents" title={t('overview.docs', { n: rows.length })}>
        <DocumentTable rows={rows} />
        <Legend classes={['verbatim', 'adapted', 'omitted']} />
        <ParentList />
      </Panel>
      <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
        <OverviewCharts analysis={analysis} />
      </Suspense>
      <Panel id="heatmap" title={t('heatmap.title')} description={t('heatmap.desc')} className="panel--heatmap">
        <Heatmap data={heatmap} />
      </Panel>
      <Panel id="timeline" title={t('timeline.title')} description={t('timeline.desc', { date: dateLabel(t, timeline.centralDate) })}>
        <Timeline data={timeline} />
      </Panel>
    </div>
  );
}
