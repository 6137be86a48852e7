/**
 * The overview's two charts once there are too many documents for one bar each: how many documents
 * carry what share of the central tasks, and how much of their text they added, with the totals.
 */
import type { ReactNode } from 'react';
import type { DocumentRow } from '../../state/combine/combine-document-rows.ts';
import { coverageDistributionOf, type HistogramBin, type ShareDistribution } from '../../state/combine/combine-coverage-distribution.ts';
import { percent } from '../../state/format-date.ts';
import { Panel } from '../shared/panel.tsx';
import { useT } from '../i18n/use-t.ts';
import { CLASS_FILL } from '../shared/class-colors.ts';
import { ChartExport } from '../shared/export/chart-export.tsx';
import { CoverageBar } from './coverage-bar.tsx';
import { HistogramChart, histogramData } from './histogram-chart.tsx';
import { HistogramTable } from './histogram-table.tsx';
import { useNum } from './use-num.ts';

interface ChartProps {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly dist: ShareDistribution;
  readonly fill: string;
  readonly binHeader: string;
  readonly children: ReactNode;
}

/** One histogram panel: summary, chart, legend, table. */
function HistogramPanel({ id, title, description, dist, fill, binHeader, children }: ChartProps) {
  const t = useT();
  const num = useNum();
  const bin = (b: HistogramBin) => t('chart.dist.bin', { from: b.from, to: b.to });
  const data = histogramData(dist.bins, bin);
  const names = { implementation: t('role.implementation'), forwarding: t('role.forwarding') };
  const docs = (n: number) => t('chart.dist.docs', { n: num(n) });
  return (
    <Panel id={id} title={title} description={description} actions={<ChartExport target={id} name={title} />}>
      {children}
      <HistogramChart data={data} fill={fill} title={title} docs={docs} names={names} num={num} />
      <p className="hist-legend" aria-hidden="true">
        <span><span className="hist-legend__swatch" style={{ background: fill }} />{names.implementation}</span>
        {data.some((d) => d.forwarding > 0) && <span><span className="hist-legend__swatch hist-legend__swatch--forwarding" />{names.forwarding}</span>}
        <span className="muted">{t('chart.dist.axes', { x: binHeader })}</span>
      </p>
      <details className="chart-details">
        <summary>{t('chart.tableToggle')}</summary>
        <HistogramTable caption={title} binHeader={binHeader} data={data} />
      </details>
    </Panel>
  );
}

/** Both histograms over the documents `rows` (the table's filtered documents). */
export function DistributionCharts({ rows }: { rows: readonly DocumentRow[] }) {
  const t = useT();
  const num = useNum();
  const d = coverageDistributionOf(rows);
  const n = num(d.docs);
  return (
    <div className="grid-2" data-testid="distribution-charts">
      <HistogramPanel id="chart-tasks" title={t('chart.dist.tasks.title')} description={t('chart.dist.tasks.desc', { n })}
        dist={d.carried} fill={CLASS_FILL.verbatim} binHeader={t('chart.dist.tasks.bin')}>
        <p className="dist-summary">
          {t('chart.dist.median', { pct: d.carried.median ?? 0 })} · {t('chart.dist.tasks.totals', { n })}
        </p>
        <CoverageBar verbatim={d.tasks.verbatim} adapted={d.tasks.adapted} omitted={d.tasks.omitted} format={num} />
      </HistogramPanel>
      <HistogramPanel id="chart-composition" title={t('chart.dist.added.title')} description={t('chart.dist.added.desc', { n: num(d.added.docs) })}
        dist={d.added} fill={CLASS_FILL.added} binHeader={t('chart.dist.added.bin')}>
        <p className="dist-summary">
          {t('chart.dist.median', { pct: d.added.median ?? 0 })} · {t('chart.dist.added.totals', {
            added: num(d.words.added), total: num(d.words.total), pct: percent(d.words.added, d.words.total) })}
        </p>
      </HistogramPanel>
    </div>
  );
}
