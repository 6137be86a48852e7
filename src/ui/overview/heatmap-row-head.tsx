/** Parts both heat maps (all columns, or a window beside the aggregate) draw the same way. */
import type { ReactNode } from 'react';
import type { Part } from '../../core/types.ts';
import type { HeatmapGroup, HeatmapRow } from '../../state/combine/combine-heatmap.ts';
import { clauseRoute, type Route } from '../../state/route/route.ts';
import type { T } from '../i18n/translate.ts';
import { clauseLabel, shortClauseId, unitLabel } from '../shared/labels.ts';
import { href } from '../shared/use-route-href.ts';
import { Worded } from '../shared/worded.tsx';
import { useCentralPart } from '../shared/use-central-part.ts';
import { docText, type Piece } from '../../messages/words.ts';

/** A group of rows as a heat map draws it: a task ("Nhiệm vụ 2 — …"), or every clause ranked. */
export interface HeatGroup {
  readonly key: string;
  readonly label: Piece;
  readonly rows: readonly HeatmapRow[];
}

/** The heat map's groups: one per central task, labelled "Nhiệm vụ 2" with the task's heading when it has one. */
export function taskGroups(t: T, groups: readonly HeatmapGroup[]): HeatGroup[] {
  return groups.map((g) => ({ key: g.unit, label: [unitLabel(t, g.part, g.unit), g.heading ? [' — ', docText(g.heading)] : ''], rows: g.rows }));
}

/** A row's header cell: the clause id (a link to the clause view) and its text, cut to one line. */
function HeatmapRowHead({ t, route, row, label }: { t: T; route: Route; row: HeatmapRow; label: string }) {
  return (
    <th scope="row" className="heatmap__clause">
      <span className="heatmap__row-head">
        <a href={href(clauseRoute(route, row.id))} title={t('heatmap.openClause', { clause: label })}>{shortClauseId(t, row.id)}</a>
        <span className="heatmap__text" title={row.text} data-doc-text="">{row.text}</span>
      </span>
    </th>
  );
}

/**
 * The groups as table bodies: a group's label over its rows, each row its header and then the
 * cells `cells(row, r, part)` gives (`r` counts rows across groups, for the arrow keys; `part`, the clause's).
 */
export function HeatmapBodies({ t, route, groups, span, cells }: {
  t: T; route: Route; groups: readonly HeatGroup[]; span: number; cells: (row: HeatmapRow, r: number, part: Part | undefined) => ReactNode;
}) {
  const partOf = useCentralPart();
  let r = -1;
  return groups.map((g) => (
    <tbody key={g.key} className="heatmap__group">
      <tr>
        <th scope="colgroup" colSpan={span} className="heatmap__task"><Worded piece={g.label} /></th>
      </tr>
      {g.rows.map((row) => {
        r++;
        return (
          <tr key={row.id} data-clause={row.id}>
            <HeatmapRowHead t={t} route={route} row={row} label={clauseLabel(t, row.id, partOf(row.id))} />
            {cells(row, r, partOf(row.id))}
          </tr>
        );
      })}
    </tbody>
  ));
}
