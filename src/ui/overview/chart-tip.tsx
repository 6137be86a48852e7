/** The tooltip of the overview's recharts charts: the row under the pointer, its title and lines. */
import type { ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';

/** Tooltip content for rows of type `Row` (recharts hands the row over untyped, as the chart's data item). */
export function chartTip<Row>(title: (row: Row) => ReactNode, lines: (row: Row) => ReactNode) {
  return function ChartTip({ active, payload }: TooltipContentProps) {
    const row: Row | undefined = payload?.[0]?.payload;
    if (!active || !row) return null;
    return (
      <div className="chart-tip">
        <strong>{title(row)}</strong>
        {lines(row)}
      </div>
    );
  };
}
