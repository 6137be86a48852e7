/** What the pair view shows under a selected clause: class, similarity, reason, counterparts, word diffs. */
import type { Selection } from '../../state/combine/combine-selection.ts';
import { clauseRoute } from '../../state/route/route.ts';
import { ClassBadge } from '../shared/class-badge.tsx';
import { DiffLegend } from '../shared/diff-view.tsx';
import { ClauseInsights } from '../shared/insights/clause-insights.tsx';
import { ReasonLine } from '../shared/reason-line.tsx';
import { EffectList } from '../shared/field/effect-badges.tsx';
import { clauseLabel } from '../shared/labels.ts';
import { useCentralPart } from '../shared/use-central-part.ts';
import { useT } from '../i18n/use-t.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { ClauseReview } from '../shared/review/clause-review.tsx';

interface Props {
  readonly selection: Selection;
  /** Selects a clause on the other side. */
  readonly onGoto: (id: string) => void;
  readonly onClose: () => void;
}

/** Detail card; ids of counterparts are buttons that select and scroll to them. */
export function ClauseDetail({ selection: s, onGoto, onClose }: Props) {
  const t = useT();
  const route = useRoute();
  const partOf = useCentralPart();
  const centralId = s.side === 'central' ? s.id : s.counterparts[0];
  const goto = (id: string) => (
    <button key={id} type="button" className="link-button" onClick={() => onGoto(id)}>{t('detail.goto', { clause: clauseLabel(t, id, s.side === 'local' ? partOf(id) : undefined) })}</button>
  );
  return (
    <div className="detail" role="region" aria-label={t('diff.title')} data-testid="clause-detail">
      <div className="detail__head">
        <ClassBadge cls={s.cls} />
        {s.side === 'local' && s.cls !== 'added' && <span className="detail__sim">{t('detail.similarity', { pct: Math.round(s.similarity * 100) })}</span>}
        <span className="detail__actions">
          {centralId && <a href={href(clauseRoute(route, centralId, route.doc))}>{t('detail.across')}</a>}
          <button type="button" className="link-button" onClick={onClose}>{t('detail.close')}</button>
        </span>
      </div>
      {s.counterparts.length > 0
        ? <p className="detail__links"><span className="detail__label">{t('detail.counterparts')}:</span> {s.counterparts.map(goto)}</p>
        : <p className="detail__none">{s.side === 'central' ? t('reason.omitted') : t('detail.none.local')}</p>}
      {s.results.map((r) => (
        <div key={r.clause.id} className="detail__result">
          {s.side === 'central' && <p className="detail__carrier">{t('clause.carrier', { clause: clauseLabel(t, r.clause.id, r.clause.part) })} · {t('detail.similarity', { pct: Math.round(r.similarity * 100) })}</p>}
          <ReasonLine result={r} />
          <EffectList effects={r.effects} />
          <ClauseInsights result={r} />
        </div>
      ))}
      {s.results.some((r) => r.diff && r.class !== 'added') && <DiffLegend />}
      {route.doc && <ClauseReview side={s.side} id={s.id} docId={route.doc} />}
    </div>
  );
}
