/**
 * The inspection report with many documents: up to REPORT_FULL_MAX documents it is printed whole;
 * beyond, its long tables are windowed, its per-document charts give way to the summary table, and
 * the per-document sections come a batch at a time (at 5,000 documents the whole report is ~100,000
 * elements and freezes the tab for seconds, issue 14). The exported files always hold every document.
 */
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useST } from '../i18n/scale-strings.ts';
import { formatCount } from '../i18n/numbers.ts';
import { VirtualTable } from '../shared/virtual/virtual-list.tsx';
import { headCells, RowCells, type Column } from '../shared/data-table.tsx';

/** Up to this many documents the report shows everything. */
export const REPORT_FULL_MAX = 60;
/** Per-document sections shown at first and added per click. */
const SECTIONS_STEP = 20;

/** Whether a report of `n` documents is shown at scale. */
export const atScale = (n: number): boolean => n > REPORT_FULL_MAX;

/** A report table (the cover's documents, the summary) windowed; the same cells as the full one. */
export function ReportTable<Row>({ rows, className, testId, nameHeader, rowKey, rowHeader, columns, what }: {
  rows: readonly Row[]; className: string; testId?: string | undefined; nameHeader: ReactNode; rowKey: (r: Row) => string;
  rowHeader: (r: Row) => ReactNode; columns: readonly Column<Row>[]; what: string;
}) {
  return (
    <VirtualTable items={rows} estimate={44} className={className} testId={testId} caption={what}
      head={headCells(nameHeader, columns)}
      render={(r, _i, props) => (
        <tr key={rowKey(r)} {...props}>
          <RowCells row={r} rowHeader={rowHeader} columns={columns} />
        </tr>
      )} />
  );
}

/** The note that replaces the per-document charts at scale. */
export function ChartsNote() {
  const st = useST();
  return <p className="muted report__scale-note" data-testid="report-charts-note">{st('report.agg.charts', { max: REPORT_FULL_MAX })}</p>;
}

/** The per-document sections, a batch at a time when there are many, with the ways to see more. */
export function DocSections<D>({ docs, render }: { docs: readonly D[]; render: (d: D) => ReactNode }) {
  const t = useT();
  const st = useST();
  const [limit, setLimit] = useState(SECTIONS_STEP);
  if (!atScale(docs.length)) return <>{docs.map(render)}</>;
  const n = (x: number) => formatCount(t.lang, x);
  const shown = Math.min(limit, docs.length);
  return (
    <>
      {docs.slice(0, shown).map(render)}
      <div className="report__more no-print" data-testid="report-more">
        <p>{st('report.agg.shown', { shown: n(shown), total: n(docs.length) })} {st('report.agg.all', { total: n(docs.length) })}</p>
        {shown < docs.length && (
          <p className="button-row">
            <button type="button" className="button" onClick={() => setLimit(shown + SECTIONS_STEP)}>{st('report.agg.more', { k: n(Math.min(SECTIONS_STEP, docs.length - shown)) })}</button>
            <button type="button" className="button button--quiet" onClick={() => setLimit(docs.length)}>{st('report.agg.showAll', { total: n(docs.length) })}</button>
          </p>
        )}
      </div>
    </>
  );
}
