/** A horizontal 100% stacked bar chart (recharts): one bar per row, segments by class, counts in the bars. */
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import type { PairClass } from '../../state/combine/combine-pair.ts';
import { CLASS_FILL, CLASS_INK, CLASS_SYMBOL } from '../shared/class-colors.ts';
import { chartTip } from './chart-tip.tsx';
import { DOC_TEXT } from '../shared/worded.tsx';

/** A series: the class it shows, its label, and how a row gives its count and whole percentage. */
export interface Series<Row> {
  readonly cls: Exclude<PairClass, 'none'>;
  readonly label: string;
  readonly count: (row: Row) => number;
  readonly pct: (row: Row) => number;
}

interface Props<Row> {
  readonly rows: readonly Row[];
  readonly series: readonly Series<Row>[];
  /** "16 câu", "690 từ"… */
  readonly unit: (n: number) => string;
  readonly title: string;
}

/** The chart; decorative for assistive technology (the table beside it has the same numbers). */
export function StackedChart<Row extends { readonly name: string }>({ rows, series, unit, title }: Props<Row>) {
  const height = rows.length * 58 + 48;
  return (
    <div className="chart" aria-hidden="true">
      <BarChart layout="vertical" data={[...rows]} width="100%" height={height} responsive
        margin={{ top: 4, right: 24, bottom: 4, left: 4 }} barCategoryGap="22%" accessibilityLayer={false} title={title}>
        <CartesianGrid horizontal={false} stroke="#e3e1da" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fontSize: 14, fill: '#4a5260' }} />
        {/* The names are the documents' own (short) names: marked as document text. */}
        <YAxis type="category" dataKey="name" width={118} tick={({ x, y, payload }: YAxisTickContentProps) => (
          <text x={x} y={y} dy={5} textAnchor="end" fontSize={16} fill="#1d2430" {...DOC_TEXT}>{String(payload.value)}</text>
        )} />
        <Tooltip isAnimationActive={false} content={chartTip<Row>((row) => <span {...DOC_TEXT}>{row.name}</span>, (row) => series.map((s) => (
          <div key={s.cls}>{CLASS_SYMBOL[s.cls]} {s.label}: {unit(s.count(row))} ({s.pct(row)}%)</div>
        )))} />
        {series.map((s) => (
          <Bar key={s.cls} dataKey={s.pct} stackId="one" fill={CLASS_FILL[s.cls]} name={s.label} isAnimationActive={false}>
            <LabelList
              position="center"
              fill={CLASS_INK[s.cls]}
              fontSize={15}
              valueAccessor={(entry) => {
                const row: Row = entry.payload;
                const label = `${CLASS_SYMBOL[s.cls]} ${s.count(row)}`;
                // Only when the label fits in the segment (about 9 px a character at this size).
                const width = 'width' in entry ? entry.width : 0;
                return typeof width === 'number' && width >= label.length * 9 + 8 ? label : '';
              }}
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
