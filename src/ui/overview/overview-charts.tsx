/** The two stacked-bar charts of the overview. Loaded lazily: recharts is not part of the first screen's JavaScript. */
import { useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { combineTaskCoverage } from '../../state/combine-task-coverage.ts';
import { combineComposition } from '../../state/combine-composition.ts';
import { Panel } from '../panel.tsx';
import { Legend } from '../legend.tsx';
import { useT } from '../i18n/use-t.ts';
import { classLabel } from '../labels.ts';
import { StackedChart, type Series, type StackedRow } from './stacked-chart.tsx';
import { ChartTable } from './chart-table.tsx';
import { ChartExport } from '../export/chart-export.tsx';

/** Task coverage and composition charts, side by side on wide screens. */
export default function OverviewCharts({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const tasks = useMemo(() => combineTaskCoverage(analysis), [analysis]) as unknown as StackedRow[];
  const comp = useMemo(() => combineComposition(analysis), [analysis]) as unknown as StackedRow[];
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
