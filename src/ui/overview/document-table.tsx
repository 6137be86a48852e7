/** The local documents as table rows: issuer, number, date, days after the central text, role, coverage. */
import type { DocumentRow } from '../../state/combine-document-rows.ts';
import { pairRoute } from '../../state/route.ts';
import { useT } from '../i18n/use-t.ts';
import { dateLabel, lagLabel, numberLabel, roleLabel } from '../labels.ts';
import { href, useRoute } from '../use-route-href.ts';
import { CoverageBar } from './coverage-bar.tsx';
import { ParentToggle } from '../provenance/parent-list.tsx';

/** Table of the local documents, ordered by issuance. */
export function DocumentTable({ rows }: { rows: readonly DocumentRow[] }) {
  const t = useT();
  const route = useRoute();
  return (
    <div className="table-wrap">
      <table className="doc-table" data-testid="document-table">
        <caption className="visually-hidden">{t('overview.docsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.issuer')}</th>
            <th scope="col">{t('table.number')}</th>
            <th scope="col">{t('table.date')}</th>
            <th scope="col" className="num">{t('table.lag')}</th>
            <th scope="col">{t('table.role')}</th>
            <th scope="col" className="doc-table__coverage">{t('table.coverage')}</th>
            <th scope="col" className="no-print"><span className="visually-hidden">{t('table.open')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-doc={r.id}>
              <th scope="row" className="doc-table__issuer">
                <span className="doc-table__name">{r.issuer}</span>
                {r.kind && <span className="doc-table__kind">{r.kind}</span>}
              </th>
              <td className={r.number ? 'nowrap' : 'muted'}>{numberLabel(t, r.number)}</td>
              <td className={r.date ? 'nowrap' : 'muted nowrap'}>{dateLabel(t, r.date)}</td>
              <td className={`num nowrap ${r.lagDays === null ? 'muted' : ''}`}>{lagLabel(t, r.lagDays)}</td>
              <td><span className={`role role--${r.role ?? 'unknown'}`}>{roleLabel(t, r.role)}</span></td>
              <td>
                <CoverageBar verbatim={r.verbatim} adapted={r.adapted} omitted={r.omitted} />
                <p className="coverage__summary">
                  {r.role === 'forwarding' && r.verbatim + r.adapted === 0
                    ? t('coverage.forwarding')
                    : t('coverage.summary', { carried: r.verbatim + r.adapted, total: r.total, pct: Math.round(r.carried * 100) })}
                </p>
              </td>
              <td className="no-print">
                <a className="button button--small" href={href(pairRoute(route, r.id))}
                  aria-label={t('table.openDoc', { name: r.issuer })}>{t('table.open')} →</a>
                <ParentToggle id={r.id} name={r.issuer} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
