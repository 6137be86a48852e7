/**
 * Timeline view: how long after the central text each local document was issued, as a day axis
 * (the overview's) and as bars, forwarding letters drawn apart from implementation documents;
 * documents with no known date listed as such, never drawn as zero.
 */
import './timeline.css';
import { useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { combineTimeline, type Timeline as TimelineData } from '../../state/combine/combine-timeline.ts';
import { timelineBars } from '../../state/insights/insights-timeline.ts';
import { pairRoute } from '../../state/route/route.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { Panel } from '../shared/panel.tsx';
import { ViewPage, WideTable } from '../shared/view-page.tsx';
import { DOC_TEXT, DocNumber, Worded } from '../shared/worded.tsx';
import { docTitle } from '../../messages/kinds.ts';
import { Timeline } from '../shared/timeline-chart.tsx';
import { useT } from '../i18n/use-t.ts';
import { dateLabel, lagLabel, roleLabel } from '../shared/labels.ts';
import { href, useRoute } from '../shared/use-route-href.ts';

/** The page. */
export default function TimelinePage() {
  const analysis = useAppStore((s) => s.analysis.result);
  if (!analysis) return null;
  return <TimelineView analysis={analysis} />;
}

function TimelineView({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const data = useMemo(() => combineTimeline(analysis), [analysis]);
  const c = analysis.central.meta;
  const central = docTitle(t.lang, c.kind, c.number, t('doc.noNumber'));
  return (
    <ViewPage name="timeline" title={t('timeline.view.title')} desc={<Worded piece={t.parts('timeline.view.desc', { central, date: dateLabel(t, data.centralDate) })} />}>
      <Panel id="timeline-bars" title={t('timeline.bars.title')} description={t('timeline.bars.desc')}>
        <Bars data={data} />
      </Panel>
      <Panel id="timeline-axis" title={t('timeline.title')}>
        <Timeline data={data} />
      </Panel>
      <Panel id="timeline-table" title={t('timeline.table.caption')}>
        <DatesTable analysis={analysis} data={data} />
      </Panel>
    </ViewPage>
  );
}

function Bars({ data }: { data: TimelineData }) {
  const t = useT();
  const route = useRoute();
  const s = useMemo(() => timelineBars(data), [data]);
  return (
    <div className="tl-bars" data-testid="timeline-bars">
      <p className="tl-bars__summary">
        {s.firstImplementation !== null && s.lastImplementation !== null && <span>{t('timeline.summary', { first: s.firstImplementation, last: s.lastImplementation })} </span>}
        {s.firstForwarding !== null && <span>{t('timeline.summaryForwarding', { n: s.firstForwarding })} </span>}
        {s.unknown.length > 0 && <span>{t('timeline.unknownCount', { n: s.unknown.length })}</span>}
      </p>
      <ol className="tl-bars__list">
        {s.bars.map((b) => (
          <li key={b.id} className={`tl-bar${b.forwarding ? ' tl-bar--forwarding' : ''}`} data-doc={b.id} data-role={b.role ?? 'unknown'}>
            <a className="tl-bar__name" href={href(pairRoute(route, b.id))}>
              <span className="tl-bar__title" {...DOC_TEXT}>{b.name}</span>
              <span className="tl-bar__role">{roleLabel(t, b.role)}</span>
            </a>
            <span className="tl-bar__track" role="img" aria-label={t('timeline.bar', { name: b.name, n: b.lagDays, role: roleLabel(t, b.role) })}>
              {data.ticks.map((d) => <span key={d} className="tl-bar__grid" style={{ left: `${(d / data.maxDays) * 100}%` }} />)}
              <span className="tl-bar__fill" style={{ width: `${Math.max(b.share * 100, 0.8)}%` }} />
              <span className="tl-bar__value" style={{ left: `${b.share * 100}%` }}>{lagLabel(t, b.lagDays)}</span>
            </span>
          </li>
        ))}
        {s.unknown.map((p) => (
          <li key={p.id} className="tl-bar tl-bar--unknown" data-doc={p.id} data-role={p.role ?? 'unknown'}>
            <a className="tl-bar__name" href={href(pairRoute(route, p.id))}>
              <span className="tl-bar__title" {...DOC_TEXT}>{p.name}</span>
              <span className="tl-bar__role">{roleLabel(t, p.role)}</span>
            </a>
            <span className="tl-bar__track tl-bar__track--unknown">{t('doc.noDate')}</span>
          </li>
        ))}
      </ol>
      <div className="tl-axis" aria-hidden="true">
        <span className="tl-axis__spacer" />
        <span className="tl-axis__ticks">
          {data.ticks.map((d) => <span key={d} className="tl-axis__tick" style={{ left: `${(d / data.maxDays) * 100}%` }}>{d}</span>)}
        </span>
      </div>
      <p className="tl-axis__label" aria-hidden="true">{t('timeline.axis')}</p>
      <p className="tl-legend">
        <span className="tl-legend__item"><span className="tl-legend__swatch" aria-hidden="true" /> {t('role.implementation')}</span>
        <span className="tl-legend__item"><span className="tl-legend__swatch tl-legend__swatch--forwarding" aria-hidden="true" /> {t('role.forwarding')}</span>
        <span className="tl-legend__item"><span className="tl-legend__swatch tl-legend__swatch--unknown" aria-hidden="true" /> {t('doc.noDate')}</span>
      </p>
    </div>
  );
}

function DatesTable({ analysis, data }: { analysis: Analysis; data: TimelineData }) {
  const t = useT();
  const rows = [...data.known, ...data.unknown];
  const number = (id: string) => analysis.documents.find((d) => d.doc.id === id)?.doc.meta.number ?? null;
  return (
    <WideTable className="doc-table tl-table" testId="timeline-table" caption={t('timeline.table.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('timeline.table.document')}</th>
            <th scope="col">{t('table.number')}</th>
            <th scope="col">{t('table.date')}</th>
            <th scope="col" className="num">{t('table.lag')}</th>
            <th scope="col">{t('table.role')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} data-doc={p.id}>
              <th scope="row" {...DOC_TEXT}>{p.name}</th>
              <td className="nowrap"><DocNumber number={number(p.id)} /></td>
              <td className={p.date ? 'nowrap' : 'muted nowrap'}>{dateLabel(t, p.date)}</td>
              <td className={`num nowrap${p.lagDays === null ? ' muted' : ''}`}>{lagLabel(t, p.lagDays)}</td>
              <td><span className={`role role--${p.role ?? 'unknown'}`}>{roleLabel(t, p.role)}</span></td>
            </tr>
          ))}
        </tbody>
    </WideTable>
  );
}
