/** Parts both heat maps (all columns, or a window beside the aggregate) draw the same way. */
import type { HeatmapGroup } from '../../state/combine/combine-heatmap.ts';
import { clauseRoute, type Route } from '../../state/route/route.ts';
import type { T } from '../i18n/translate.ts';
import { unitLabel } from '../shared/labels.ts';
import { href } from '../shared/use-route-href.ts';

/** A row's header cell: the clause id (a link to the clause view) and its text, cut to one line. */
export function HeatmapRowHead({ t, route, id, text }: { t: T; route: Route; id: string; text: string }) {
  return (
    <th scope="row" className="heatmap__clause">
      <span className="heatmap__row-head">
        <a href={href(clauseRoute(route, id))} title={t('heatmap.openClause', { clause: id })}>{id}</a>
        <span className="heatmap__text" title={text}>{text}</span>
      </span>
    </th>
  );
}

/** A task group's label: "Nhiệm vụ 2", with the task's heading when it has one. */
export function groupLabel(t: T, g: Pick<HeatmapGroup, 'part' | 'unit' | 'heading'>): string {
  return `${unitLabel(t, g.part, g.unit)}${g.heading ? ` — ${g.heading}` : ''}`;
}
