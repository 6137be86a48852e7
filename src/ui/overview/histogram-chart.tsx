/**
 * Documents per share bin (recharts): implementation documents, with forwarding letters stacked on
 * top in grey, the total above each bar. Decorative for assistive technology: the table has the numbers.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistogramBin } from '../../state/combine/combine-coverage-distribution.ts';
import { chartTip } from './chart-tip.tsx';
import { useAfterPaint } from '../shared/use-after-paint.ts';

/** A bar of the chart. */
export interface HistogramDatum {
  readonly label: string;
  readonly implementation: number;
  readonly forwarding: number;
  readonly docs: number;
}

/** The chart's bars from the bins, labelled by `binLabel`. */
export function histogramData(bins: readonly HistogramBin[], binLabel: (b: HistogramBin) => string): HistogramDatum[] {
  return bins.map((b) => ({ label: binLabel(b), implementation: b.docs - b.forwarding, forwarding: b.forwarding, docs: b.docs }));
}

interface Props {
  readonly data: readonly HistogramDatum[];
  readonly fill: string;
  readonly title: string;
  /** "12 văn bản" */
  readonly docs: (n: number) => string;
  /** Series names for the tooltip. */
  readonly names: { readonly implementation: string; readonly forwarding: string };
  /** A count as the reader writes it ("1.000"). */
  readonly num: (n: number) => string;
}

const FORWARDING_FILL = '#8a8a84';
const HEIGHT = 280;

/** The histogram. */
export function HistogramChart({ data, fill, title, docs, names, num }: Props) {
  const total = (v: unknown) => (Number(v) > 0 ? num(Number(v)) : '');
  const withForwarding = data.some((d) => d.forwarding > 0);
  // Mounted after the page's first paint, in a box of its height meanwhile: it measures its width.
  const painted = useAfterPaint();
  if (!painted) return <div className="chart" aria-hidden="true" style={{ height: HEIGHT }} />;
  return (
    <div className="chart" aria-hidden="true">
      <BarChart data={[...data]} width="100%" height={HEIGHT} responsive accessibilityLayer={false} title={title}
        margin={{ top: 24, right: 12, bottom: 4, left: 0 }} barCategoryGap="12%">
        <CartesianGrid vertical={false} stroke="#e3e1da" />
        {/* Ticks without the % sign ("40–49"): ten full labels do not fit; the legend names the unit. */}
        <XAxis dataKey="label" tick={{ fontSize: 13, fill: '#4a5260' }} interval={0} tickFormatter={(v: string) => v.replace('%', '')} />
        <YAxis allowDecimals={false} width={48} tick={{ fontSize: 13, fill: '#4a5260' }} />
        <Tooltip isAnimationActive={false} content={chartTip<HistogramDatum>((d) => d.label, (d) => (
          <>
            <div>{names.implementation}: {docs(d.implementation)}</div>
            {withForwarding && <div>{names.forwarding}: {docs(d.forwarding)}</div>}
          </>
        ))} />
        <Bar dataKey="implementation" stackId="one" fill={fill} isAnimationActive={false}>
          {!withForwarding && <LabelList dataKey="docs" position="top" fontSize={13} fill="#1d2430" formatter={total} />}
        </Bar>
        {withForwarding && (
          <Bar dataKey="forwarding" stackId="one" fill={FORWARDING_FILL} isAnimationActive={false}>
            <LabelList dataKey="docs" position="top" fontSize={13} fill="#1d2430" formatter={total} />
          </Bar>
        )}
      </BarChart>
    </div>
  );
}
