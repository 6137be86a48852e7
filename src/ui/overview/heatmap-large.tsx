/**
 * The heat map for many documents: each central clause's distribution over all the table's documents
 * (a bar per row), beside a window of document columns that follows the table's sort and filter and
 * pages through them. Cells still open the pair view; arrow keys move between them.
 */
import type { Heatmap as HeatmapData } from '../../state/combine-heatmap.ts';
import type { HeatmapSummary } from '../../state/combine-heatmap-summary.ts';
import { clauseRoute, pairRoute } from '../../state/route.ts';
import { useT } from '../i18n/use-t.ts';
import { numberLabel, unitLabel } from '../labels.ts';
import { href, useRoute } from '../use-route-href.ts';
import { onGridKey } from './heatmap-keys.ts';
import { HeatCell } from './heatmap-cell.tsx';
import { DistributionBar } from './distribution-bar.tsx';
import { useNum } from './use-num.ts';

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

/** Window controls: "‹ 20 văn bản trước · Văn bản 21–40 / 1.000 · 20 văn bản sau ›". */
function WindowNav({ start, size, total, onWindow }: { start: number; size: number; total: number; onWindow: (s: number) => void }) {
  const t = useT();
  const num = useNum();
  const shown = Math.min(total, start + size);
  return (
    <nav className="pager heatmap__window no-print" aria-label={t('heatmap.windowLabel')} data-testid="heatmap-window">
      <button type="button" className="button button--quiet button--small" disabled={start === 0} data-testid="heatmap-prev"
        onClick={() => onWindow(Math.max(0, start - size))}><span aria-hidden="true">‹</span> {t('heatmap.windowPrev', { n: size })}</button>
      <span className="pager__where">{t('heatmap.window', { from: num(start + 1), to: num(shown), total: num(total) })}</span>
      <button type="button" className="button button--quiet button--small" disabled={shown >= total} data-testid="heatmap-next"
        onClick={() => onWindow(start + size)}>{t('heatmap.windowNext', { n: size })} <span aria-hidden="true">›</span></button>
    </nav>
  );
}

/** The aggregated heat map with its window of columns. */
export function HeatmapLarge({ data, summary, start, size, onWindow }: Props) {
  const t = useT();
  const num = useNum();
  const route = useRoute();
  const n = data.columns.length;
  let r = -1;
  return (
    <>
      <WindowNav start={start} size={size} total={summary.docs} onWindow={onWindow} />
      <div className="table-wrap">
        <table className="heatmap heatmap--large" data-testid="heatmap" onKeyDown={onGridKey}>
          <caption className="visually-hidden">{t('heatmap.title')}</caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap__clause-head">{t('heatmap.clause')}</th>
              <th scope="col" className="heatmap__dist-head">{t('heatmap.distHead', { n: num(summary.docs) })}</th>
              {data.columns.map((c) => (
                <th key={c.id} scope="col" className="heatmap__doc heatmap__doc--compact">
                  {/* Name and number, read upwards: a filter to one province leaves only the numbers to tell them apart. */}
                  <span className="heatmap__vhead" title={`${c.name} · ${numberLabel(t, c.number)}`}>
                    <a href={href(pairRoute(route, c.id))}>{c.name}</a>
                    <span className="heatmap__num">{numberLabel(t, c.number)}</span>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {data.groups.map((g) => (
            <tbody key={g.unit} className="heatmap__group">
              <tr>
                <th scope="colgroup" colSpan={n + 2} className="heatmap__task">
                  {unitLabel(t, g.part, g.unit)}{g.heading ? ` — ${g.heading}` : ''}
                </th>
              </tr>
              {g.rows.map((row) => {
                r++;
                return (
                  <tr key={row.id} data-clause={row.id}>
                    <th scope="row" className="heatmap__clause">
                      <span className="heatmap__row-head">
                        <a href={href(clauseRoute(route, row.id))} title={t('heatmap.openClause', { clause: row.id })}>{row.id}</a>
                        <span className="heatmap__text" title={row.text}>{row.text}</span>
                      </span>
                    </th>
                    <td className="heatmap__dist"><DistributionBar d={summary.rows.get(row.id)} docs={summary.docs} /></td>
                    {row.cells.map((cell, c) => (
                      <HeatCell key={cell.doc} t={t} route={route} cell={cell} clause={row.id} docName={data.columns[c]?.name ?? cell.doc} r={r} c={c} />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
