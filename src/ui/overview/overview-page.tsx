/**
 * Overview (the start page): the central text, the local documents, and the charts. With many
 * documents the table is paged, sortable and filterable, and the charts and heat map follow the
 * documents the table shows.
 */
import { lazy, memo, Suspense, useEffect } from 'react';
import type { Analysis } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { markOverviewShown } from '../../state/perf-marks.ts';
import { Panel } from '../shared/panel.tsx';
import { Legend } from '../shared/legend.tsx';
import { useT } from '../i18n/use-t.ts';
import { CentralCard } from './central-card.tsx';
import { DocumentTable } from './document-table.tsx';
import { DocumentCount, DocumentToolbar } from './document-toolbar.tsx';
import { Pager } from './pager.tsx';
import { HeatmapPanel } from './heatmap-panel.tsx';
import { TimelinePanel } from './timeline-panel.tsx';
import { useOverviewDocuments } from './use-overview-documents.ts';
import { useNum } from './use-num.ts';
import { ParentList } from '../shared/insights/parent-list.tsx';
import { OverviewImport } from '../shared/import/overview-import.tsx';
import { FamilySwitcher } from '../shared/families/family-switcher.tsx';
import { CrossFamilies } from '../shared/families/cross-families.tsx';
import { ReviewSummary } from '../shared/review/review-summary.tsx';
import { TableDownloads } from '../shared/review/table-downloads.tsx';
import './overview-scale.css';

const OverviewCharts = lazy(() => import('./overview-charts.tsx'));
// Sorting re-renders the page: the parts that do not follow the order skip it.
const StaticCard = memo(CentralCard);
const StaticParents = memo(ParentList);
const StaticImport = memo(OverviewImport);

/** Rows of the table on one page. */
export const PAGE_SIZE = 50;
/** With more documents than this the table gets its search and filters. */
export const TOOLS_FROM = 10;

/** The overview of an analysis that is ready. */
export function OverviewPage() {
  const analysis = useAppStore((s) => s.analysis.result);
  if (!analysis) return null;
  return <Overview analysis={analysis} />;
}

function Overview({ analysis }: { analysis: Analysis }) {
  useEffect(markOverviewShown, []); // time to first overview (perf-marks.ts)
  const t = useT();
  const num = useNum();
  const docs = useOverviewDocuments(analysis);
  const sortDocuments = useAppStore((s) => s.sortDocuments);
  const showPage = useAppStore((s) => s.showPage);
  const { query, sorted, all, filtered, order, keep } = docs;
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(query.page, pages - 1);
  const from = page * PAGE_SIZE;
  const pageRows = sorted.slice(from, from + PAGE_SIZE);
  const tools = all.length > TOOLS_FROM;
  const tasks = all[0]?.total ?? 0;
  return (
    <div className="page page--overview">
      <h1 className="visually-hidden">{t('overview.title')}</h1>
      <FamilySwitcher />
      <StaticCard analysis={analysis} />
      <StaticImport />
      <ReviewSummary analysis={analysis} />
      <Panel id="documents" title={t('overview.docs', { n: num(all.length) })}>
        {tools && <DocumentToolbar filter={query.filter} maxTasks={tasks} />}
        {tools && <DocumentCount from={from + 1} to={from + pageRows.length} shown={sorted.length} all={all.length} />}
        <DocumentTable rows={pageRows} sort={query.sort} onSort={sortDocuments} />
        <Pager page={page} pages={pages} onPage={showPage} label={t('pager.label')} testId="doc-pager" />
        <Legend classes={['verbatim', 'adapted', 'omitted']} />
        <StaticParents />
        <TableDownloads analysis={analysis} ids={keep ? filtered.map((r) => r.id) : null} />
      </Panel>
      <CrossFamilies />
      <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
        <OverviewCharts analysis={analysis} filtered={filtered} order={order} />
      </Suspense>
      <HeatmapPanel analysis={analysis} filtered={filtered} order={order} heatStart={query.heatStart} />
      <TimelinePanel analysis={analysis} filtered={filtered} keep={keep} />
    </div>
  );
}
