/** One clause in a pair pane: class icon and id in the margin, text, and its state (selected, linked, dimmed). */
import type { KeyboardEvent, MouseEvent } from 'react';
import type { PaneClause, Side } from '../../state/combine/combine-pair.ts';
import { ClassIcon } from '../shared/class-icon.tsx';
import { useT } from '../i18n/use-t.ts';
import { useRT } from '../i18n/review-strings.ts';
import { classLabel, clauseLabel, shortClauseId } from '../shared/labels.ts';
import { DOC_TEXT } from '../shared/worded.tsx';
import { ClauseInsightTag } from '../shared/insights/clause-tag.tsx';
import { EffectBadges } from '../shared/field/effect-badges.tsx';

interface Props {
  readonly side: Side;
  readonly clause: PaneClause;
  readonly selected: boolean;
  readonly linked: boolean;
  readonly dimmed: boolean;
  readonly tabbable: boolean;
  readonly onActivate: (id: string, how: 'click' | 'enter') => void;
}

/** DOM id of a clause element (unique across both panes). */
export function clauseDomId(side: Side, id: string): string {
  return `clause-${side}-${id}`;
}

/** A focusable clause; click or Space selects it, Enter selects it and opens its counterpart. */
export function ClauseItem({ side, clause, selected, linked, dimmed, tabbable, onActivate }: Props) {
  const t = useT();
  const rt = useRT();
  const cls = clause.cls;
  const strong = cls === 'added' || cls === 'omitted';
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter') { e.preventDefault(); onActivate(clause.id, 'enter'); }
    else if (e.key === ' ') { e.preventDefault(); onActivate(clause.id, 'click'); }
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (window.getSelection()?.toString()) return;
    e.currentTarget.focus();
    onActivate(clause.id, 'click');
  };
  return (
    <div
      id={clauseDomId(side, clause.id)}
      className={`clause clause--${cls}${selected ? ' is-selected' : ''}${linked ? ' is-linked' : ''}${dimmed ? ' is-dimmed' : ''}`}
      data-clause={clause.id}
      data-cls={cls}
      role="button"
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
      onClick={onClick}
      onKeyDown={onKey}
    >
      <span className="clause__mark">
        <ClassIcon cls={cls} />
        <span className="clause__id" title={clauseLabel(t, clause.id, clause.part)}>{shortClauseId(t, clause.id)}</span>
      </span>
      <span className="clause__body">
        {strong
          ? <span className={`clause__tag badge badge--${cls}`}>{classLabel(t, cls)}</span>
          : <span className="visually-hidden">{classLabel(t, cls)}: </span>}
        <span className="clause__text" {...DOC_TEXT}>{clause.text}</span>
        {clause.reviewed && <span className="clause__tag badge badge--reviewed" title={rt('pane.reviewedTitle')} data-testid="clause-reviewed">✓ {rt('pane.reviewed')}</span>}
        <EffectBadges kinds={clause.effects} />
        <ClauseInsightTag side={side} id={clause.id} />
      </span>
    </div>
  );
}
