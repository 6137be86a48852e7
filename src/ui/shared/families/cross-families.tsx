/**
 * The overview's tables across families (issue 13): issuer × central text, coverage in each cell
 * linking to the pair view in that family; and the researchers' totals per issuer, as CSV.
 */
import { pairRoute } from '../../../state/route/route.ts';
import { crossTable, totalsTable, type TotalsColumn } from '../../../state/families/families-tables.ts';
import type { FamiliesSummary } from '../../../state/families/families-types.ts';
import { tableCsv } from '../../../export/table-csv.ts';
import { downloadText } from '../export/download.ts';
import { Panel } from '../panel.tsx';
import { DOC_TEXT } from '../worded.tsx';
import { useFT, type FT } from '../../i18n/family-strings.ts';
import { href, useRoute } from '../use-route-href.ts';
import { FamilyDocLabel } from './family-label.tsx';
import { useFamilies } from './use-families.ts';
import './families.css';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);

function CrossTable({ summary }: { summary: FamiliesSummary }) {
  const t = useFT();
  const route = useRoute();
  const rows = crossTable(summary);
  return (
    <div className="table-scroll">
      <table className="cross-table" data-testid="cross-family-table">
        <thead>
          <tr>
            <th scope="col">{t('fam.cross.issuer')}</th>
            {summary.families.map((f) => <th key={f.key} scope="col"><FamilyDocLabel doc={{ kind: f.kind, number: f.number, issuer: null, source: f.id }} /></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.issuer}>
              <th scope="row">{r.issuer ? <span {...DOC_TEXT}>{r.issuer}</span> : t('fam.noIssuer')}</th>
              {r.cells.map((docs, i) => {
                const f = summary.families[i]!;
                return (
                  <td key={f.key} className={`cross-cell ${docs.length ? '' : 'cross-cell--empty'}`}>
                    {docs.length === 0 ? '—' : docs.map((d) => (
                      <a key={d.key} href={href({ ...pairRoute(route, d.id), family: f.id })} data-testid="cross-cell" data-doc={d.id} data-central={f.number ?? f.id}
                        aria-label={t('fam.cross.cell', { doc: d.number ?? d.issuer ?? d.source, central: f.number ?? f.id, pct: pct(d.coverage) })}>
                        {pct(d.coverage)}
                      </a>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const headers = (t: FT): Record<TotalsColumn, string> => ({
  issuer: t('fam.totals.issuer'), place: t('fam.totals.place'), documents: t('fam.totals.documents'), implementations: t('fam.totals.implementations'),
  centrals: t('fam.totals.centrals'), mean_coverage: t('fam.totals.coverage'), omitted_tasks: t('fam.totals.omitted'), weakened_clauses: t('fam.totals.weakened'),
});

function Totals({ summary }: { summary: FamiliesSummary }) {
  const t = useFT();
  const h = headers(t);
  const download = () => downloadText('doichieu-tong-hop-co-quan.csv', tableCsv(totalsTable(summary.totals, h, t('fam.totals.title'))), 'text/csv');
  return (
    <>
      <div className="table-scroll">
        <table className="cross-table" data-testid="totals-table">
          <thead>
            <tr>{(['issuer', 'documents', 'implementations', 'centrals', 'mean_coverage', 'omitted_tasks', 'weakened_clauses'] as const).map((c) => <th key={c} scope="col">{h[c]}</th>)}</tr>
          </thead>
          <tbody>
            {summary.totals.map((r) => (
              <tr key={`${r.issuer}|${r.place ?? ''}`}>
                <th scope="row">{r.issuer ? <span {...DOC_TEXT}>{r.issuer}</span> : t('fam.noIssuer')}</th>
                <td>{r.documents}</td>
                <td>{r.implementations}</td>
                <td><span {...DOC_TEXT}>{r.centrals.join(', ')}</span></td>
                <td>{pct(r.meanCoverage)}</td>
                <td>{r.omittedTasks}</td>
                <td>{r.weakenedClauses ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p><button type="button" className="button button--small" onClick={download} data-testid="totals-csv">{t('fam.totals.csv')}</button></p>
    </>
  );
}

/** Nothing when the workspace has one central text. */
export function CrossFamilies() {
  const t = useFT();
  const summary = useFamilies();
  if (!summary) return null;
  return (
    <>
      <Panel id="cross-families" title={t('fam.cross.title')} description={t('fam.cross.desc')}>
        <CrossTable summary={summary} />
      </Panel>
      <Panel id="issuer-totals" title={t('fam.totals.title')} description={t('fam.totals.desc')}>
        <Totals summary={summary} />
      </Panel>
    </>
  );
}
