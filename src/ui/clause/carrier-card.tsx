/**
 * How one local document carries the central clause: status, similarity, what its change does
 * (issue 12: a trainer comparing provinces on one task sees which softened it), and each carrying
 * clause with its reason, its effects explained and its diff.
 */
import type { AcrossRow } from '../../state/combine/combine-clause-across.ts';
import { pairRoute } from '../../state/route/route.ts';
import { ClassBadge } from '../shared/class-badge.tsx';
import { InsightDiff } from '../shared/insights/clause-insights.tsx';
import { ReasonLine } from '../shared/reason-line.tsx';
import { EffectBadges, EffectList, kindsOf } from '../shared/field/effect-badges.tsx';
import { useT } from '../i18n/use-t.ts';
import { clauseLabel, lagLabel, roleLabel } from '../shared/labels.ts';
import { DOC_TEXT, DocNumber } from '../shared/worded.tsx';
import { href, useRoute } from '../shared/use-route-href.ts';
import { ClauseReview } from '../shared/review/clause-review.tsx';

/** A card per document. */
export function CarrierCard({ row, clauseId, current }: { row: AcrossRow; clauseId: string; current: boolean }) {
  const t = useT();
  const route = useRoute();
  const cls = row.status ?? 'none';
  return (
    <article className={`carrier carrier--${cls}${current ? ' is-current' : ''}`} aria-labelledby={`carrier-${row.doc}`} data-doc={row.doc}>
      <header className="carrier__head">
        <h2 id={`carrier-${row.doc}`} className="carrier__name">
          <span {...DOC_TEXT}>{row.name}</span> <span className="carrier__num"><DocNumber number={row.number} /></span>
        </h2>
        <span className="carrier__facts">{roleLabel(t, row.role)} · {lagLabel(t, row.lagDays)}</span>
        <ClassBadge cls={cls} />
        <EffectBadges kinds={kindsOf(row.carriers.flatMap((r) => r.effects ?? []))} />
        {row.status !== 'omitted' && row.status !== null && (
          <span className="carrier__sim">{t('detail.similarity', { pct: Math.round(row.similarity * 100) })}</span>
        )}
        <a className="carrier__open" href={href({ ...pairRoute(route, row.doc, clauseId) })}>{t('clause.openPair')}</a>
      </header>
      {row.carriers.length === 0 && <p className="carrier__none">{t('clause.notCarried')}</p>}
      <ClauseReview side="central" id={clauseId} docId={row.doc} />
      {row.carriers.map((r) => (
        <div key={r.clause.id} className="carrier__clause" data-clause={r.clause.id}>
          <p className="carrier__clause-id">{t('clause.carrier', { clause: clauseLabel(t, r.clause.id, r.clause.part) })} · <ClassBadge cls={r.class} compact /></p>
          <ReasonLine result={r} />
          <EffectList effects={r.effects} />
          {r.diff && r.class !== 'added' ? <InsightDiff doc={row.doc} result={r} /> : <p className="diff__text" {...DOC_TEXT}>{r.clause.text}</p>}
          <ClauseReview side="local" id={r.clause.id} docId={row.doc} />
        </div>
      ))}
    </article>
  );
}
