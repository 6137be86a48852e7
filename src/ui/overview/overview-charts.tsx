/**
 * The overview's charts. Loaded lazily: recharts is not part of the first screen's JavaScript. A few
 * documents: one stacked bar each, in the table's order. Many: histograms over the table's documents.
 */
import { memo, useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { combineTaskCoverage } from '../../state/combine/combine-task-coverage.ts';
import { combineComposition } from '../../state/combine/combine-composition.ts';
import { Panel } from '../shared/panel.tsx';
import { Legend } from '../shared/legend.tsx';
import { useT } from '../i18n/use-t.ts';
import { classLabel } from '../shared/labels.ts';
import { StackedChart, type Series, type StackedRow } from './stacked-chart.tsx';
import { ChartTable } from './chart-table.tsx';
import { ChartExport } from '../shared/export/chart-export.tsx';
import { DistributionCharts } from './distribution-charts.tsx';
import type { DocumentRow } from '../../state/combine/combine-document-rows.ts';

/** Up to this many documents, one bar each (about 58 px a bar); beyond, histograms. */
export const CHART_BARS_MAX = 15;

interface Props {
  readonly analysis: Analysis;
  /** The table's documents in issuance order, and in the table's order as ids. */
  readonly filtered: readonly DocumentRow[];
  readonly order: readonly string[];
}

// The histograms count the filtered documents: a new sort leaves them as they are.
const Histograms = memo(DistributionCharts);

/** Task coverage and composition charts, side by side on wide screens. */
export default function OverviewCharts({ analysis, filtered, order }: Props) {
  if (order.length === 0) return null;
  if (order.length > CHART_BARS_MAX) return <Histograms rows={filtered} />;
  return <PerDocumentCharts analysis={analysis} order={order} />;
}

function PerDocumentCharts({ analysis, order }: { analysis: Analysis; order: readonly string[] }) {
  const t = useT();
  const tasks = useMemo(() => combineTaskCoverage(analysis, order), [analysis, order]) as unknown as StackedRow[];
  const comp = useMemo(() => combineComposition(analysis, order), [analysis, order]) as unknown as StackedRow[];
  const taskSeries: Series[] = (['verbatim', 'adapted', 'omitted'] as const).map((cls) => ({ cls, label: classLabel(t, cls), count: cls, pct: `${cls}Pct` }));
  const compSeries: Series[] = (['verbatim', 'adapted', 'added'] as const).map((cls) => ({ cls, label: classLabel(t, cls), count: cls, pct: `${cls}Pct` }));
  const clauses = (n: number) => t('chart.clauses', { n });
  const words = (n: number) => t('chart.words', { n });
  return (
    <div className="grid-2">
      <Panel id="chart-tasks" title={t('chart.tasks.title')} description={t('chart.tasks.desc')}
        actions={<ChartExport target="chart-tasks" name={t('chart.tasks.title')} />}>
        <StackedChart rows={tasks} series={taskSeries} unit={clauses} title={t('chart.tasks.title')} />
        <Legend classes={['verbatim', 'adapted', 'omitted']} explain={false} />
        <details className="chart-details">
          <summary>{t('chart.tableToggle')}</summary>
          <ChartTable caption={t('chart.tasks.title')} nameHeader={t('doc.local')} rows={tasks} series={taskSeries} unit={clauses} />
        </details>
      </Panel>
      <Panel id="chart-composition" title={t('chart.composition.title')} description={t('chart.composition.desc')}
        actions={<ChartExport target="chart-composition" name={t('chart.composition.title')} />}>
        <StackedChart rows={comp} series={compSeries} unit={words} title={t('chart.composition.title')} />
        <Legend classes={['verbatim', 'adapted', 'added']} explain={false} />
        <details className="chart-details">
          <summary>{t('chart.tableToggle')}</summary>
          <ChartTable caption={t('chart.composition.title')} nameHeader={t('doc.local')} rows={comp} series={compSeries} unit={words} />
        </details>
      </Panel>
    </div>
  );
}
