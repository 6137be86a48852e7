/**
 * Issuance of many documents: bars of documents per span of days after the central text (forwarding
 * letters stacked in grey), the earliest / median / latest day in words, unknown dates counted apart.
 */
import type { LagHistogram as LagData } from '../../state/combine/combine-lag-histogram.ts';
import { useT } from '../i18n/use-t.ts';
import { formatCount } from '../i18n/numbers.ts';

const W = 900, LEFT = 44, RIGHT = 16, TOP = 24, AXIS_Y = 180;

/** The chart (one image for assistive technology, described by its summary) and its table. */
export function LagHistogram({ data }: { data: LagData }) {
  const t = useT();
  const num = (n: number) => formatCount(t.lang, n);
  const max = Math.max(1, ...data.bins.map((b) => b.docs));
  const step = (W - LEFT - RIGHT) / data.bins.length;
  const y = (n: number) => AXIS_Y - (n / max) * (AXIS_Y - TOP);
  const every = Math.ceil(data.bins.length / 10);
  const summary = data.first === null ? t('timeline.hist.none')
    : t('timeline.hist.summary', { n: num(data.dated), first: num(data.first), median: num(data.median ?? 0), last: num(data.last ?? 0) });
  const binLabel = (from: number, to: number) => t('timeline.hist.bin', { from: num(from), to: num(to) });
  return (
    <div className="lag-hist" data-testid="timeline">
      <p className="dist-summary">{summary}</p>
      <svg className="lag-hist__svg" viewBox={`0 0 ${W} ${AXIS_Y + 52}`} role="img" aria-label={`${t('timeline.hist.label')}. ${summary}`}>
        {[0.5, 1].map((f) => (
          <g key={f}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(max * f)} y2={y(max * f)} className="lag-hist__grid" />
            <text x={LEFT - 6} y={y(max * f) + 5} textAnchor="end" className="timeline__tick-label">{num(Math.round(max * f))}</text>
          </g>
        ))}
        {data.bins.map((b, i) => {
          const x = LEFT + i * step + 1;
          const w = Math.max(1, step - 2);
          const impl = b.docs - b.forwarding;
          return (
            <g key={b.from}>
              <rect x={x} y={y(impl)} width={w} height={AXIS_Y - y(impl)} className="lag-hist__bar" />
              {b.forwarding > 0 && <rect x={x} y={y(b.docs)} width={w} height={y(impl) - y(b.docs)} className="lag-hist__bar lag-hist__bar--forwarding" />}
              {b.docs > 0 && step >= 22 && <text x={x + w / 2} y={y(b.docs) - 5} textAnchor="middle" className="lag-hist__count">{num(b.docs)}</text>}
              {i % every === 0 && <text x={x} y={AXIS_Y + 20} className="timeline__tick-label">{num(b.from)}</text>}
            </g>
          );
        })}
        <line x1={LEFT} x2={W - RIGHT} y1={AXIS_Y} y2={AXIS_Y} className="timeline__axis" />
        <text x={W - RIGHT} y={AXIS_Y + 44} textAnchor="end" className="timeline__axis-label">{t('timeline.axis')}</text>
      </svg>
      {data.unknown > 0 && <p className="muted">{t('timeline.hist.unknown', { n: num(data.unknown) })}</p>}
      <details className="chart-details">
        <summary>{t('chart.tableToggle')}</summary>
        <table className="chart-table">
          <caption>{t('timeline.hist.label')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.hist.days')}</th>
              <th scope="col" className="num">{t('role.implementation')}</th>
              <th scope="col" className="num">{t('role.forwarding')}</th>
            </tr>
          </thead>
          <tbody>
            {data.bins.filter((b) => b.docs > 0).map((b) => (
              <tr key={b.from}>
                <th scope="row">{binLabel(b.from, b.to)}</th>
                <td className="num">{num(b.docs - b.forwarding)}</td>
                <td className="num">{num(b.forwarding)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
