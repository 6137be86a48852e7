/**
 * Heat map: central task clauses (rows, grouped by task) × local documents (columns). Each cell is a
 * link to the pair view at that clause, with an icon and an accessible name; arrow keys move between cells.
 */
import type { Heatmap as HeatmapData } from '../../state/combine/combine-heatmap.ts';
import { pairRoute } from '../../state/route/route.ts';
import { useT } from '../i18n/use-t.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { onGridKey } from './heatmap-keys.ts';
import { HeatCell } from './heatmap-cell.tsx';
import { HeatmapBodies, taskGroups } from './heatmap-row-head.tsx';
import { DocHead, WideTable } from '../shared/view-page.tsx';

/** The heat map table. */
export function Heatmap({ data }: { data: HeatmapData }) {
  const t = useT();
  const route = useRoute();
  const n = data.columns.length;
  return (
    <WideTable className="heatmap" testId="heatmap" caption={t('heatmap.title')} onKeyDown={onGridKey}>
      <thead>
        <tr>
          <th scope="col" className="heatmap__clause-head">{t('heatmap.clause')}</th>
          {data.columns.map((c) => (
            <th key={c.id} scope="col" className="heatmap__doc">
              <DocHead name={c.name} number={c.number} link={href(pairRoute(route, c.id))}>
                {c.role === 'forwarding' && <span className="doc-head__num">{t('role.forwardingShort')}</span>}
              </DocHead>
            </th>
          ))}
          <th scope="col" className="heatmap__margin-head">{t('heatmap.carried')}</th>
        </tr>
      </thead>
      <HeatmapBodies t={t} route={route} groups={taskGroups(t, data.groups)} span={n + 2} cells={(row, r, part) => (
        <>
          {row.cells.map((cell, c) => (
            <HeatCell key={cell.doc} t={t} route={route} cell={cell} clause={row.id} partOf={part} docName={data.columns[c]?.name ?? cell.doc} r={r} c={c} />
          ))}
          <td className="heatmap__margin">
            <span className="margin-bar" aria-hidden="true"><span style={{ width: `${n ? (row.carried / n) * 100 : 0}%` }} /></span>
            <span className="num">{t('heatmap.carriedValue', { n: row.carried, total: n })}</span>
          </td>
        </>
      )} />
    </WideTable>
  );
}
