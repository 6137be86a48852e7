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
import { ViewPage } from '../shared/view-page.tsx';
import { DOC_TEXT, DocNumber, Worded } from '../shared/worded.tsx';
import { docTitle } from '../../messages/kinds.ts';
import { Timeline } from '../shared/timeline-chart.tsx';
import { useT } from '../i18n/use-t.ts';
import { dateLabel, lagLabel, roleLabel } from '../shared/labels.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { combineLagHistogram } from '../../state/combine/combine-lag-histogram.ts';
import { LagHistogram } from '../shared/lag-histogram.tsx';
import { VirtualList, VirtualTable } from '../shared/virtual/virtual-list.tsx';
import { useST } from '../i18n/scale-strings.ts';
import { formatCount } from '../i18n/numbers.ts';

/** Up to this many documents each gets a labelled marker on the day axis (as on the overview); beyond, a histogram. */
const AXIS_POINTS_MAX = 16;

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
        <Axis data={data} />
      </Panel>
      <Panel id="timeline-table" title={t('timeline.table.caption')}>
        <DatesTable analysis={analysis} data={data} />
      </Panel>
    </ViewPage>
  );
}

/** The day axis: a marker per document when they fit, else documents per span of days. */
function Axis({ data }: { data: TimelineData }) {
  const t = useT();
  const st = useST();
  const n = data.known.length + data.unknown.length;
  const hist = useMemo(() => (n > AXIS_POINTS_MAX ? combineLagHistogram([...data.known, ...data.unknown]) : null), [n, data]);
  if (!hist) return <Timeline data={data} />;
  return <><p className="muted">{st('timeline.agg.note', { n: formatCount(t.lang, n) })}</p><LagHistogram data={hist} /></>;
}

type Row = { readonly kind: 'bar'; readonly bar: ReturnType<typeof timelineBars>['bars'][number] } | { readonly kind: 'unknown'; readonly point: TimelineData['unknown'][number] };

function Bars({ data }: { data: TimelineData }) {
  const t = useT();
  const route = useRoute();
  const s = useMemo(() => timelineBars(data), [data]);
  const rows = useMemo((): Row[] => [...s.bars.map((bar) => ({ kind: 'bar' as const, bar })), ...s.unknown.map((point) => ({ kind: 'unknown' as const, point }))], [s]);
  return (
    <div className="tl-bars" data-testid="timeline-bars">
      <p className="tl-bars__summary">
        {s.firstImplementation !== null && s.lastImplementation !== null && <span>{t('timeline.summary', { first: s.firstImplementation, last: s.lastImplementation })} </span>}
        {s.firstForwarding !== null && <span>{t('timeline.summaryForwarding', { n: s.firstForwarding })} </span>}
        {s.unknown.length > 0 && <span>{t('timeline.unknownCount', { n: s.unknown.length })}</span>}
      </p>
      <VirtualList items={rows} estimate={44} ordered className="tl-bars__list" testId="timeline-list"
        what={t('timeline.bars.title')}
        render={(r, _i, props) => (r.kind === 'bar' ? (
          <li key={r.bar.id} className={`tl-bar${r.bar.forwarding ? ' tl-bar--forwarding' : ''}`} data-doc={r.bar.id} data-role={r.bar.role ?? 'unknown'} {...props}>
            <a className="tl-bar__name" href={href(pairRoute(route, r.bar.id))}>
              <span className="tl-bar__title" {...DOC_TEXT}>{r.bar.name}</span>
              <span className="tl-bar__role">{roleLabel(t, r.bar.role)}</span>
            </a>
            <span className="tl-bar__track" role="img" aria-label={t('timeline.bar', { name: r.bar.name, n: r.bar.lagDays, role: roleLabel(t, r.bar.role) })}>
              {data.ticks.map((d) => <span key={d} className="tl-bar__grid" style={{ left: `${(d / data.maxDays) * 100}%` }} />)}
              <span className="tl-bar__fill" style={{ width: `${Math.max(r.bar.share * 100, 0.8)}%` }} />
              <span className="tl-bar__value" style={{ left: `${r.bar.share * 100}%` }}>{lagLabel(t, r.bar.lagDays)}</span>
            </span>
          </li>
        ) : (
          <li key={r.point.id} className="tl-bar tl-bar--unknown" data-doc={r.point.id} data-role={r.point.role ?? 'unknown'} {...props}>
            <a className="tl-bar__name" href={href(pairRoute(route, r.point.id))}>
              <span className="tl-bar__title" {...DOC_TEXT}>{r.point.name}</span>
              <span className="tl-bar__role">{roleLabel(t, r.point.role)}</span>
            </a>
            <span className="tl-bar__track tl-bar__track--unknown">{t('doc.noDate')}</span>
          </li>
        ))} />
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
  const rows = useMemo(() => [...data.known, ...data.unknown], [data]);
  // Looked up, not searched: a search per row is quadratic in the documents (issue 14).
  const numbers = useMemo(() => {
    const m = new Map<string, string | null>();
    for (const d of analysis.documents) if (!m.has(d.doc.id)) m.set(d.doc.id, d.doc.meta.number);
    return m;
  }, [analysis]);
  return (
    <VirtualTable items={rows} estimate={45} className="doc-table tl-table" testId="timeline-table" caption={t('timeline.table.caption')}
      head={[
        { key: 'doc', label: t('timeline.table.document') },
        { key: 'number', label: t('table.number') },
        { key: 'date', label: t('table.date') },
        { key: 'lag', label: t('table.lag'), className: 'num' },
        { key: 'role', label: t('table.role') },
      ]}
      render={(p, _i, props) => (
        <tr key={p.id} data-doc={p.id} {...props}>
          <th scope="row" {...DOC_TEXT}>{p.name}</th>
          <td className="nowrap"><DocNumber number={numbers.get(p.id) ?? null} /></td>
          <td className={p.date ? 'nowrap' : 'muted nowrap'}>{dateLabel(t, p.date)}</td>
          <td className={`num nowrap${p.lagDays === null ? ' muted' : ''}`}>{lagLabel(t, p.lagDays)}</td>
          <td><span className={`role role--${p.role ?? 'unknown'}`}>{roleLabel(t, p.role)}</span></td>
        </tr>
      )} />
  );
}
