/** The numbers of a stacked chart as a table: for screen readers, for print, and for whoever prefers numbers. */
import type { Series, StackedRow } from './stacked-chart.tsx';
import { ClassBadge } from '../shared/class-badge.tsx';

interface Props {
  readonly caption: string;
  readonly nameHeader: string;
  readonly rows: readonly StackedRow[];
  readonly series: readonly Series[];
  readonly unit: (n: number) => string;
}

/** One row per bar; each cell "count (pct%)". */
export function ChartTable({ caption, nameHeader, rows, series, unit }: Props) {
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          {series.map((s) => <th key={s.cls} scope="col" className="num"><ClassBadge cls={s.cls} /></th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            {series.map((s) => (
              <td key={s.cls} className="num">{unit(Number(r[s.count] ?? 0))} <span className="muted">({Number(r[s.pct] ?? 0)}%)</span></td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
