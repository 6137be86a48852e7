/** A plain SVG stacked bar chart for the printed report: colours written on the elements, so it exports as is. */

/** Colours of the classes (the same as the app's CSS tokens). */
export const CLASS_FILL = { verbatim: '#0b6fb0', adapted: '#e69f00', added: '#b8528e', omitted: '#ecebe6' } as const;
export type BarClass = keyof typeof CLASS_FILL;

export interface BarRow {
  readonly name: string;
  readonly values: Readonly<Partial<Record<BarClass, number>>>;
}

interface BarChartProps {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly BarRow[];
  readonly classes: readonly BarClass[];
  readonly labels: Readonly<Record<BarClass, string>>;
  /** Value label in a bar's tooltip: "12 câu". */
  readonly unit: (n: number) => string;
  /** Print the share carried (verbatim + adapted) at the end of each bar. */
  readonly carried?: boolean;
}

const W = 720;
const LABEL = 170;
const BAR = 26;
const GAP = 14;
const TOP = 8;

/** Horizontal 100% bars, one per row, with a legend under them. */
export function BarChart({ id, title, rows, classes, labels, unit, carried = false }: BarChartProps) {
  const height = TOP + rows.length * (BAR + GAP) + 44;
  const barWidth = W - LABEL - 60;
  return (
    <svg id={id} className="bar-chart" viewBox={`0 0 ${W} ${height}`} width={W} height={height} role="img" aria-label={title}
      xmlns="http://www.w3.org/2000/svg" fontFamily="'Be Vietnam Pro', Arial, sans-serif">
      <defs>
        <pattern id={`${id}-hatch`} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="7" height="7" fill={CLASS_FILL.omitted} />
          <line x1="0" y1="0" x2="0" y2="7" stroke="#8a8a84" strokeWidth="2" strokeOpacity="0.45" />
        </pattern>
      </defs>
      {rows.map((r, i) => {
        const y = TOP + i * (BAR + GAP);
        const total = classes.reduce((s, c) => s + (r.values[c] ?? 0), 0);
        let x = LABEL;
        return (
          <g key={`${r.name}-${i}`}>
            <text x={LABEL - 10} y={y + BAR / 2} textAnchor="end" dominantBaseline="central" fontSize="15" fill="#1d2430" data-doc-text="" lang="vi">{r.name}</text>
            <rect x={LABEL} y={y} width={barWidth} height={BAR} fill="#f6f6f6" stroke="#b9b5a8" />
            {total > 0 && classes.map((c) => {
              const v = r.values[c] ?? 0;
              const w = (v / total) * barWidth;
              const seg = (
                <rect key={c} x={x} y={y} width={w} height={BAR} fill={c === 'omitted' ? `url(#${id}-hatch)` : CLASS_FILL[c]}>
                  <title>{`${r.name} — ${labels[c]}: ${unit(v)}`}</title>
                </rect>
              );
              x += w;
              return seg;
            })}
            {carried && (
              <text x={LABEL + barWidth + 8} y={y + BAR / 2} dominantBaseline="central" fontSize="14" fill="#535d6c">
                {total > 0 ? `${Math.round((((r.values.verbatim ?? 0) + (r.values.adapted ?? 0)) / total) * 100)}%` : '—'}
              </text>
            )}
          </g>
        );
      })}
      <g transform={`translate(${LABEL}, ${height - 26})`}>
        {classes.map((c, i) => (
          <g key={c} transform={`translate(${i * 170}, 0)`}>
            <rect width="16" height="16" fill={c === 'omitted' ? `url(#${id}-hatch)` : CLASS_FILL[c]} stroke="#b9b5a8" />
            <text x="22" y="8" dominantBaseline="central" fontSize="14" fill="#1d2430">{labels[c]}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
