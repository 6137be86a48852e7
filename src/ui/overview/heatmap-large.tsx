/**
 * The heat map for many documents: each central clause's distribution over all the table's documents
 * (a bar per row), beside a window of document columns that follows the table's sort and filter and
 * pages through them. Cells still open the pair view; arrow keys move between them.
 */
import { useMemo, useState } from 'react';
import type { Heatmap as HeatmapData } from '../../state/combine/combine-heatmap.ts';
import { rankByOmission, type HeatmapSummary } from '../../state/combine/combine-heatmap-summary.ts';
import { pairRoute } from '../../state/route/route.ts';
import { useT } from '../i18n/use-t.ts';
import { numberLabel } from '../shared/labels.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { onGridKey } from './heatmap-keys.ts';
import { HeatCell } from './heatmap-cell.tsx';
import { HeatmapBodies, taskGroups, type HeatGroup } from './heatmap-row-head.tsx';
import { DocHead, WideTable } from '../shared/view-page.tsx';
import { DistributionBar } from './distribution-bar.tsx';
import { useNum } from './use-num.ts';
import { HeatmapWindowNav } from './heatmap-window-nav.tsx';

interface Props {
  /** The window's documents. */
  readonly data: HeatmapData;
  /** Every document of the table (filtered), aggregated. */
  readonly summary: HeatmapSummary;
  /** Index of the window's first document in the table's order. */
  readonly start: number;
  readonly size: number;
  readonly onWindow: (start: number) => void;
}

/** The aggregated heat map with its window of columns. */
export function HeatmapLarge({ data, summary, start, size, onWindow }: Props) {
  const t = useT();
  const num = useNum();
  const route = useRoute();
  const n = data.columns.length;
  const [ranked, setRanked] = useState(false);
  const groups = useMemo((): HeatGroup[] => (ranked
    ? [{ key: 'ranked', label: t('heatmap.rankedGroup'), rows: rankByOmission(data.groups.flatMap((g) => g.rows), summary) }]
    : taskGroups(t, data.groups)), [ranked, data, summary, t]);
  return (
    <>
      <HeatmapWindowNav start={start} size={size} total={summary.docs} onWindow={onWindow} ranked={ranked} onRanked={setRanked} />
      <WideTable className="heatmap heatmap--large" testId="heatmap" caption={t('heatmap.title')} onKeyDown={onGridKey}>
        <thead>
          <tr>
            <th scope="col" className="heatmap__clause-head">{t('heatmap.clause')}</th>
            <th scope="col" className="heatmap__dist-head">{t('heatmap.distHead', { n: num(summary.docs) })}</th>
            {data.columns.map((c, i) => (
              <th key={i} scope="col" className="heatmap__doc heatmap__doc--compact">
                {/* Name and number, read upwards: a filter to one province leaves only the numbers to tell them apart. */}
                <span className="heatmap__vhead" title={`${c.name} · ${numberLabel(t, c.number)}`}>
                  <DocHead name={c.name} number={c.number} link={href(pairRoute(route, c.id))} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <HeatmapBodies t={t} route={route} groups={groups} span={n + 2} cells={(row, r, part) => (
          <>
            <td className="heatmap__dist"><DistributionBar d={summary.rows.get(row.id)} docs={summary.docs} /></td>
            {/* Keyed by position: a new window or order updates the cells in place instead of rebuilding hundreds. */}
            {row.cells.map((cell, c) => (
              <HeatCell key={c} t={t} route={route} cell={cell} clause={row.id} partOf={part} docName={data.columns[c]?.name ?? cell.doc} r={r} c={c} />
            ))}
          </>
        )} />
      </WideTable>
    </>
  );
}
