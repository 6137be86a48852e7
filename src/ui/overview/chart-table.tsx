/** The numbers of a stacked chart as a table: one row per bar, each cell "count (pct%)". */
import { ClassBadge } from '../shared/class-badge.tsx';
import { DataTable } from '../shared/data-table.tsx';
import { DOC_TEXT } from '../shared/worded.tsx';
import type { Series } from './stacked-chart.tsx';

interface Props<Row> {
  readonly caption: string;
  readonly nameHeader: string;
  readonly rows: readonly Row[];
  readonly series: readonly Series<Row>[];
  readonly unit: (n: number) => string;
}

/** The table of a stacked chart. */
export function ChartTable<Row extends { readonly name: string }>({ caption, nameHeader, rows, series, unit }: Props<Row>) {
  return (
    <DataTable caption={caption} className="chart-table" nameHeader={nameHeader} rows={rows} rowKey={(r) => r.name} rowHeader={(r) => <span {...DOC_TEXT}>{r.name}</span>}
      columns={series.map((s) => ({
        key: s.cls, num: true, header: <ClassBadge cls={s.cls} />,
        cell: (r: Row) => <>{unit(s.count(r))} <span className="muted">({s.pct(r)}%)</span></>,
      }))} />
  );
}
