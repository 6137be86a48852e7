/**
 * The overview's charts. Loaded lazily: recharts is not part of the first screen's JavaScript. A few
 * documents: one stacked bar each, in the table's order. Many: histograms over the table's documents.
 */
import { memo, useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { combineTaskCoverage, type TaskCoverageRow } from '../../state/combine/combine-task-coverage.ts';
import { combineComposition, type CompositionRow } from '../../state/combine/combine-composition.ts';
import { Panel } from '../shared/panel.tsx';
import { Legend } from '../shared/legend.tsx';
import { useT } from '../i18n/use-t.ts';
import { classLabel } from '../shared/labels.ts';
import { StackedChart, type Series } from './stacked-chart.tsx';
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
  const tasks = useMemo(() => combineTaskCoverage(analysis, order), [analysis, order]);
  const comp = useMemo(() => combineComposition(analysis, order), [analysis, order]);
  const taskSeries: Series<TaskCoverageRow>[] = [
    { cls: 'verbatim', label: classLabel(t, 'verbatim'), count: (r) => r.verbatim, pct: (r) => r.verbatimPct },
    { cls: 'adapted', label: classLabel(t, 'adapted'), count: (r) => r.adapted, pct: (r) => r.adaptedPct },
    { cls: 'omitted', label: classLabel(t, 'omitted'), count: (r) => r.omitted, pct: (r) => r.omittedPct },
  ];
  const compSeries: Series<CompositionRow>[] = [
    { cls: 'verbatim', label: classLabel(t, 'verbatim'), count: (r) => r.verbatim, pct: (r) => r.verbatimPct },
    { cls: 'adapted', label: classLabel(t, 'adapted'), count: (r) => r.adapted, pct: (r) => r.adaptedPct },
    { cls: 'added', label: classLabel(t, 'added'), count: (r) => r.added, pct: (r) => r.addedPct },
  ];
  const clauses = (n: number) => t('chart.clauses', { n });
  const words = (n: number) => t('chart.words', { n });
  return (
    <div className="grid-2">
      <StackedPanel id="chart-tasks" title={t('chart.tasks.title')} description={t('chart.tasks.desc')} rows={tasks} series={taskSeries} unit={clauses} />
      <StackedPanel id="chart-composition" title={t('chart.composition.title')} description={t('chart.composition.desc')} rows={comp} series={compSeries} unit={words} />
    </div>
  );
}

/** One stacked chart in its panel, with its legend and its numbers as a table. */
function StackedPanel<Row extends { readonly name: string }>({ id, title, description, rows, series, unit }: {
  id: string; title: string; description: string; rows: readonly Row[]; series: readonly Series<Row>[]; unit: (n: number) => string;
}) {
  const t = useT();
  return (
    <Panel id={id} title={title} description={description} actions={<ChartExport target={id} name={title} />}>
      <StackedChart rows={rows} series={series} unit={unit} title={title} />
      <Legend classes={series.map((s) => s.cls)} explain={false} />
      <details className="chart-details">
        <summary>{t('chart.tableToggle')}</summary>
        <ChartTable caption={title} nameHeader={t('doc.local')} rows={rows} series={series} unit={unit} />
      </details>
    </Panel>
  );
}
