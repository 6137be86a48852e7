/** One heat-map cell: a link to the pair view at the clause, an icon, and a name that does not rely on colour. */
import type { HeatmapCell } from '../../state/combine/combine-heatmap.ts';
import { pairRoute, type Route } from '../../state/route/route.ts';
import { ClassIcon } from '../shared/class-icon.tsx';
import type { T } from '../i18n/translate.ts';
import type { Part } from '../../core/types.ts';
import { classLabel, clauseLabel } from '../shared/labels.ts';
import { href } from '../shared/use-route-href.ts';
import { useWeakened } from './heatmap-weakened.tsx';
import { fieldTranslator } from '../i18n/insight-field-strings.ts';

interface Props {
  readonly t: T;
  readonly route: Route;
  readonly cell: HeatmapCell;
  readonly clause: string;
  /** The central clause's part, for its label. */
  readonly partOf?: Part | undefined;
  readonly docName: string;
  /** Grid position for the arrow keys. */
  readonly r: number;
  readonly c: number;
}

/** `<td>` with the cell link; only the first cell is in the tab order. */
export function HeatCell({ t, route, cell, clause, partOf, docName, r, c }: Props) {
  const cls = cell.status ?? 'none';
  const weakened = useWeakened(cell.doc, clause);
  const status = classLabel(t, cls) + (weakened ? `, ${fieldTranslator(t.lang)('heatmap.weakenedCell')}` : '');
  return (
    <td className="heatmap__cell-td">
      <a className={`hm-cell hm-cell--${cls}${weakened ? ' hm-cell--weakened' : ''}`} href={href(pairRoute(route, cell.doc, clause))}
        data-r={r} data-c={c} tabIndex={r === 0 && c === 0 ? 0 : -1} data-testid={`cell-${cell.doc}-${clause}`}
        aria-label={t('heatmap.cell', { doc: docName, clause: clauseLabel(t, clause, partOf), status })}>
        <ClassIcon cls={cls} />{weakened && <span className="hm-cell__weak" aria-hidden="true">↓</span>}
      </a>
    </td>
  );
}
