/**
 * Heat map: central task clauses (rows, grouped by task) × local documents (columns). Each cell is a
 * link to the pair view at that clause, with an icon and an accessible name; arrow keys move between cells.
 */
import type { Heatmap as HeatmapData } from '../../state/combine/combine-heatmap.ts';
import { pairRoute } from '../../state/route/route.ts';
import { useT } from '../i18n/use-t.ts';
import { numberLabel } from '../shared/labels.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { onGridKey } from './heatmap-keys.ts';
import { HeatCell } from './heatmap-cell.tsx';
import { groupLabel, HeatmapRowHead } from './heatmap-row-head.tsx';

/** The heat map table. */
export function Heatmap({ data }: { data: HeatmapData }) {
  const t = useT();
  const route = useRoute();
  const n = data.columns.length;
  let r = -1;
  return (
    <div className="table-wrap">
      <table className="heatmap" data-testid="heatmap" onKeyDown={onGridKey}>
        <caption className="visually-hidden">{t('heatmap.title')}</caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap__clause-head">{t('heatmap.clause')}</th>
            {data.columns.map((c) => (
              <th key={c.id} scope="col" className="heatmap__doc">
                <a href={href(pairRoute(route, c.id))}>{c.name}</a>
                <span className="heatmap__num">{numberLabel(t, c.number)}</span>
                {c.role === 'forwarding' && <span className="heatmap__num">{t('role.forwardingShort')}</span>}
              </th>
            ))}
            <th scope="col" className="heatmap__margin-head">{t('heatmap.carried')}</th>
          </tr>
        </thead>
        {data.groups.map((g) => (
          <tbody key={g.unit} className="heatmap__group">
            <tr>
              <th scope="colgroup" colSpan={n + 2} className="heatmap__task">
                {groupLabel(t, g)}
              </th>
            </tr>
            {g.rows.map((row) => {
              r++;
              return (
                <tr key={row.id}>
                  <HeatmapRowHead t={t} route={route} id={row.id} text={row.text} />
                  {row.cells.map((cell, c) => (
                    <HeatCell key={cell.doc} t={t} route={route} cell={cell} clause={row.id} docName={data.columns[c]?.name ?? cell.doc} r={r} c={c} />
                  ))}
                  <td className="heatmap__margin">
                    <span className="margin-bar" aria-hidden="true"><span style={{ width: `${n ? (row.carried / n) * 100 : 0}%` }} /></span>
                    <span className="num">{t('heatmap.carriedValue', { n: row.carried, total: n })}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
