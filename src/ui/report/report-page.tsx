/**
 * The printable inspection report: a cover naming the central text and the documents compared,
 * a summary table, the charts, then each document's added clauses and the tasks it omits.
 * Prints to a clean A4 PDF from Chromium (print styles in report.css).
 */
import { useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { inspectionOf, type InspectionDoc } from '../../state/combine/combine-inspection.ts';
import { combineTaskCoverage } from '../../state/combine/combine-task-coverage.ts';
import { combineComposition } from '../../state/combine/combine-composition.ts';
import { formatDate, percent } from '../../state/format-date.ts';
import { pairRoute } from '../../state/route/route.ts';
import { useT } from '../i18n/use-t.ts';
import { classLabel, clauseLabel, dateLabel, lagLabel } from '../shared/labels.ts';
import { DOC_TEXT, DocNumber, DocTitle } from '../shared/worded.tsx';
import { href, useRoute } from '../shared/use-route-href.ts';
import { useWT } from '../i18n/ws-strings.ts';
import { BarChart, type BarClass } from './bar-chart.tsx';
import { ChartExport } from '../shared/export/chart-export.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { DataTable, type Column } from '../shared/data-table.tsx';
import { atScale, ChartsNote, DocSections, ReportTable } from './report-scale.tsx';
import { WeakenedList } from './weakened-list.tsx';
import { QualityBanner } from '../shared/field/quality-note.tsx';
import { useFT } from '../i18n/insight-field-strings.ts';
import './report.css';

function DocSection({ d }: { d: InspectionDoc }) {
  const t = useT();
  const w = useWT();
  const ft = useFT();
  const route = useRoute();
  const forwarding = d.role === 'forwarding' && d.verbatim + d.adapted === 0;
  return (
    <section className="report__doc" aria-labelledby={`rd-${d.id}`} data-testid="report-doc">
      <h2 id={`rd-${d.id}`} className="report__doc-title">
        <span {...DOC_TEXT}>{t.lang === 'en' ? d.issuerEn : d.issuer}</span> — <DocTitle kind={d.kind} number={d.number} />
      </h2>
      <p className="report__doc-facts">
        {dateLabel(t, d.date)}{d.lagDays !== null && <> · {t('table.lag')}: {lagLabel(t, d.lagDays)}</>}
        {' · '}{t('coverage.summary', { carried: d.verbatim + d.adapted, total: d.total, pct: percent(d.verbatim + d.adapted, d.total) })}
        <a className="no-print report__open" href={href(pairRoute(route, d.id))}>{t('table.open')} →</a>
      </p>
      <QualityBanner quality={d.quality ?? undefined} />
      <WeakenedList d={d} />
      <h3>{w('report.added', { n: d.added.length })}</h3>
      {d.added.length ? (
        <ol className="report__clauses report__clauses--added">
          {d.added.map((c) => <li key={c.id}><span className="report__unit">{clauseLabel(t, c.id, c.part)}</span> <span {...DOC_TEXT}>{c.text}</span></li>)}
        </ol>
      ) : <p className="muted">{w('report.noneAdded')}</p>}
      <h3>{w('report.omitted', { n: d.omittedClauses.length })}</h3>
      {d.role === 'cites-only' ? <p className="muted">{ft('role.cites-only')}</p> : forwarding ? <p className="muted">{w('report.forwarding')}</p> : d.omittedClauses.length ? (
        <ol className="report__clauses report__clauses--omitted">
          {d.omittedClauses.map((c) => <li key={c.id}><span className="report__unit">{clauseLabel(t, c.id, c.part)}</span> <span {...DOC_TEXT}>{c.text}</span></li>)}
        </ol>
      ) : <p className="muted">{w('report.noneOmitted')}</p>}
    </section>
  );
}

function Report({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const w = useWT();
  const ft = useFT();
  const docs = inspectionOf(analysis);
  const large = atScale(docs.length);
  // At scale the per-document charts are not drawn (report-scale.tsx): their data is not built either.
  const tasks = useMemo(() => (large ? [] : combineTaskCoverage(analysis)), [analysis, large]);
  const comp = useMemo(() => (large ? [] : combineComposition(analysis)), [analysis, large]);
  const issuer = (d: InspectionDoc) => <span {...DOC_TEXT}>{t.lang === 'en' ? d.issuerEn : d.issuer}</span>;
  const coverColumns: Column<InspectionDoc>[] = [
    { key: 'number', header: t('table.number'), cell: (d) => <DocTitle kind={d.kind} number={d.number} /> },
    { key: 'date', header: t('table.date'), cell: (d) => <span className="nowrap">{dateLabel(t, d.date)}</span> },
    { key: 'lag', num: true, header: t('table.lag'), cell: (d) => <span className="nowrap">{lagLabel(t, d.lagDays)}</span> },
  ];
  const summary = {
    className: 'report__table report__table--summary', testId: 'report-summary', nameHeader: w('report.col.doc'), rows: docs,
    rowKey: (d: InspectionDoc) => d.id,
    rowHeader: (d: InspectionDoc) => <>{issuer(d)}<span className="report__num"><DocNumber number={d.number} /></span></>,
    columns: [
      { key: 'date', header: w('report.col.date'), cell: (d) => <span className="nowrap">{dateLabel(t, d.date)}</span> },
      { key: 'verbatim', num: true, header: w('report.col.verbatim'), cell: (d) => d.verbatim },
      { key: 'adapted', num: true, header: w('report.col.adapted'), cell: (d) => d.adapted },
      { key: 'omitted', num: true, header: w('report.col.omitted'), cell: (d) => d.omitted },
      { key: 'weakened', num: true, header: ft('effects.weakenedCol'), cell: (d) => d.weakened.length },
      { key: 'carried', num: true, header: w('report.col.carried'), cell: (d) => `${percent(d.verbatim + d.adapted, d.total)}%` },
      { key: 'added', num: true, header: w('report.col.added'), cell: (d) => `${d.added.length}/${d.localClauses}` },
    ] satisfies Column<InspectionDoc>[],
  };
  const m = analysis.central.meta;
  const labels = Object.fromEntries((['verbatim', 'adapted', 'added', 'omitted'] as const).map((c) => [c, classLabel(t, c)])) as Record<BarClass, string>;
  const today = formatDate(new Date().toISOString().slice(0, 10)) ?? '';
  return (
    <article className="report" data-testid="report-page">
      <div className="report__toolbar no-print">
        <p className="report__toolbar-text">{w('report.toolbar')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.print()} data-testid="print">{w('export.print')}</button>
          <ExportButtons />
        </div>
      </div>
      <section className="report__cover" aria-labelledby="report-title">
        <p className="report__kicker">{w('report.kicker')}</p>
        <h1 id="report-title" className="report__title"><DocTitle kind={m.kind} number={m.number} /></h1>
        {m.title && <p className="report__subject" {...DOC_TEXT}>{m.title}</p>}
        <p className="report__central-facts">{m.issuer && <><span {...DOC_TEXT}>{m.issuer}</span> · </>}{dateLabel(t, m.date)}</p>
        <h2 className="report__h2">{w('report.docs')}</h2>
        {large ? <ReportTable rows={docs} className="report__table" nameHeader={t('table.issuer')} rowKey={(d) => d.id} rowHeader={issuer}
          columns={coverColumns} what={w('report.docs')} /> : docs.length ? (
          <table className="report__table">
            <thead><tr><th scope="col">{t('table.issuer')}</th><th scope="col">{t('table.number')}</th><th scope="col">{t('table.date')}</th><th scope="col" className="num">{t('table.lag')}</th></tr></thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id}><th scope="row" {...DOC_TEXT}>{t.lang === 'en' ? d.issuerEn : d.issuer}</th><td><DocTitle kind={d.kind} number={d.number} /></td>
                  <td className="nowrap">{dateLabel(t, d.date)}</td><td className="num nowrap">{lagLabel(t, d.lagDays)}</td></tr>
              ))}
            </tbody>
          </table>
        ) : <p>{w('report.noDocs')}</p>}
        {/* The product's name stays Vietnamese in both languages, and says so. */}
        <p className="report__made">{w('report.made', { date: today }).split('{app}').map((s, i) => (i ? [<span key={i} lang="vi">{t('app.name')}</span>, s] : s))}</p>
      </section>
      {docs.length > 0 && (
        <>
          <section className="report__summary" aria-labelledby="report-summary">
            <h2 id="report-summary" className="report__h2">{w('report.summary')}</h2>
            <p className="muted">{w('report.summaryDesc')}</p>
            {large ? <ReportTable {...summary} what={w('report.summary')} /> : <DataTable {...summary} />}
          </section>
          <section className="report__charts" aria-labelledby="report-charts">
            <h2 id="report-charts" className="report__h2">{w('report.charts')}</h2>
            {large ? <ChartsNote /> : <>
            <figure className="report__figure" id="report-chart-tasks">
              <figcaption>{w('report.chart.tasks')} <ChartExport target="report-chart-tasks" name={w('report.chart.tasks')} /></figcaption>
              <BarChart id="svg-tasks" title={w('report.chart.tasks')} classes={['verbatim', 'adapted', 'omitted']} labels={labels}
                rows={tasks.map((r) => ({ name: r.name, values: { verbatim: r.verbatim, adapted: r.adapted, omitted: r.omitted } }))}
                unit={(n) => t('chart.clauses', { n })} carried />
            </figure>
            <figure className="report__figure" id="report-chart-local">
              <figcaption>{w('report.chart.local')} <ChartExport target="report-chart-local" name={w('report.chart.local')} /></figcaption>
              <BarChart id="svg-local" title={w('report.chart.local')} classes={['verbatim', 'adapted', 'added']} labels={labels}
                rows={comp.map((r) => ({ name: r.name, values: { verbatim: r.verbatim, adapted: r.adapted, added: r.added } }))}
                unit={(n) => t('chart.words', { n })} />
            </figure>
            </>}
          </section>
          <DocSections docs={docs} render={(d) => <DocSection key={d.id} d={d} />} />
        </>
      )}
    </article>
  );
}

/** The report page of the analysis that is ready. */
export default function ReportPage() {
  const analysis = useAppStore((s) => s.analysis.result);
  if (!analysis) return null;
  return <Report analysis={analysis} />;
}
