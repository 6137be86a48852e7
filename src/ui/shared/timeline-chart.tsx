/** Timeline of issuance: documents placed by days after the central text; unknown dates listed apart. */
import type { Timeline as TimelineData } from '../../state/combine/combine-timeline.ts';
import { pairRoute } from '../../state/route/route.ts';
import { useT } from '../i18n/use-t.ts';
import { dateLabel, roleLabel } from './labels.ts';
import { href, useRoute } from './use-route-href.ts';
import { DOC_TEXT } from './worded.tsx';

const W = 900, LEFT = 40, RIGHT = 40, AXIS_Y = 120;

/** Day axis with one marker per dated document; labels alternate above and below to avoid overlap. */
export function Timeline({ data }: { data: TimelineData }) {
  const t = useT();
  const route = useRoute();
  const x = (f: number) => LEFT + f * (W - LEFT - RIGHT);
  return (
    <div className="timeline" data-testid="timeline">
      <svg className="timeline__svg" viewBox={`0 0 ${W} 200`} role="group" aria-label={t('timeline.title')}>
        <line x1={x(0)} x2={x(1)} y1={AXIS_Y} y2={AXIS_Y} className="timeline__axis" />
        {data.ticks.map((d) => (
          <g key={d} aria-hidden="true">
            <line x1={x(d / data.maxDays)} x2={x(d / data.maxDays)} y1={AXIS_Y} y2={AXIS_Y + 6} className="timeline__tick" />
            <text x={x(d / data.maxDays)} y={AXIS_Y + 24} textAnchor="middle" className="timeline__tick-label">{d}</text>
          </g>
        ))}
        <text x={x(1)} y={AXIS_Y + 48} textAnchor="end" className="timeline__axis-label" aria-hidden="true">{t('timeline.axis')}</text>
        <g aria-hidden="true">
          <rect x={x(0) - 7} y={AXIS_Y - 7} width="14" height="14" className="timeline__central" />
          <text x={x(0)} y={AXIS_Y + 48} className="timeline__label timeline__label--central">{t('doc.central')} · {dateLabel(t, data.centralDate)}</text>
        </g>
        {data.known.map((p, i) => {
          const px = x(p.x ?? 0);
          const above = i % 2 === 0;
          const ly = above ? AXIS_Y - 52 - (i % 4 === 2 ? 22 : 0) : AXIS_Y - 30;
          const anchor = px > W - 160 ? 'end' : px < 140 ? 'start' : 'middle';
          const label = t('timeline.point', { name: p.name, date: dateLabel(t, p.date), n: p.lagDays ?? 0 });
          return (
            <a key={p.id} href={href(pairRoute(route, p.id))} aria-label={`${label} (${roleLabel(t, p.role)})`}>
              <line x1={px} x2={px} y1={ly + 6} y2={AXIS_Y} className="timeline__stem" />
              {p.role === 'forwarding'
                ? <rect x={px - 7} y={AXIS_Y - 7} width="14" height="14" transform={`rotate(45 ${px} ${AXIS_Y})`} className="timeline__point timeline__point--forwarding" />
                : <circle cx={px} cy={AXIS_Y} r="8" className="timeline__point" />}
              <text x={px} y={ly} textAnchor={anchor} className="timeline__label">
                <tspan className="timeline__name" {...DOC_TEXT}>{p.name}</tspan>
                <tspan dx="8">{dateLabel(t, p.date)} · +{p.lagDays}</tspan>
              </text>
            </a>
          );
        })}
      </svg>
      {data.unknown.length > 0 && (
        <div className="timeline__unknown">
          <h3 className="timeline__unknown-title">{t('timeline.unknown')}</h3>
          <ul>
            {data.unknown.map((p) => (
              <li key={p.id}><a href={href(pairRoute(route, p.id))} {...DOC_TEXT}>{p.name}</a> <span className="muted">({roleLabel(t, p.role)})</span></li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
