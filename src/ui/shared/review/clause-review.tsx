/**
 * The reviewer's side of a selected clause (issue 11): the machine's answer beside the reviewer's,
 * who decided, when and why, an undo; and the form that corrects it — on a local clause its class
 * and central counterpart(s), on a central clause carried (by which local clause) or omitted.
 */
import { useState } from 'react';
import { clauseDecision, centralDecision } from '../../../core/review-decisions.ts';
import { decisionOnCentral, decisionOnClause, localIso } from '../../../state/reviews/review-target.ts';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { documentOf } from '../../../state/combine/document-index.ts';
import { useRT } from '../../i18n/review-strings.ts';
import { clauseAnswer, dmyTime, statusAnswer } from './review-words.tsx';
import { ReviewForm } from './review-form.tsx';
import { content, marked } from './marked.tsx';
import { clauseLabel } from '../../../messages/clause-label.ts';
import './review.css';

interface Props {
  readonly side: 'local' | 'central';
  /** The clause id: a local clause of `doc`, or a central clause. */
  readonly id: string;
  /** The local document's id. */
  readonly docId: string;
}

/** Machine vs reviewer on one clause, undo, and the correction form. */
export function ClauseReview({ side, id, docId }: Props) {
  const t = useRT();
  const analysis = useAppStore((s) => s.analysis.result);
  const trails = useAppStore((s) => s.reviews.data.trails);
  const reviewer = useAppStore((s) => s.reviews.data.reviewer);
  const undo = useAppStore((s) => s.undoReview);
  const decide = useAppStore((s) => s.decide);
  const setReviewer = useAppStore((s) => s.setReviewer);
  const [editing, setEditing] = useState(false);
  const doc = analysis ? documentOf(analysis, docId) : undefined;
  if (!analysis || !doc) return null;
  const local = side === 'local' ? doc.clauses.find((r) => r.clause.id === id) : undefined;
  const central = side === 'central' ? doc.central.find((s) => s.id === id) : undefined;
  if (!local && !central) return null;
  const review = local?.review ?? central?.review;
  const ref = side === 'local' ? decisionOnClause(trails, doc, id) : decisionOnCentral(trails, analysis, doc, id);
  const centralName = (c: string) => clauseLabel(t.lang, c, analysis.centralClauses.find((x) => x.id === c)?.part);
  const localName = (c: string) => clauseLabel(t.lang, c, doc.clauses.find((x) => x.clause.id === c)?.clause.part);
  const machine = local
    ? clauseAnswer(t, local.review?.machine ?? local, centralName)
    : statusAnswer(t, central!.review?.machine ?? central!, localName);
  const answer = local ? clauseAnswer(t, local, centralName) : statusAnswer(t, central!, localName);
  return (
    <div className="review" data-testid="clause-review" data-reviewed={review ? 'yes' : 'no'}>
      {review ? (
        <div className="review__shown">
          <p className="review__line review__line--machine">{t('review.machine', { answer: machine })}</p>
          <p className="review__line review__line--reviewer"><strong>{t('review.reviewer', { answer })}</strong> · <span data-testid="review-who">{marked((v) => t('review.who', v), { by: content(review.by), at: dmyTime(review.at) })}</span></p>
          <p className="review__note" data-testid="review-note">{review.note.trim() ? marked((v) => t('review.note', v), { note: content(review.note) }) : t('review.noNote')}</p>
        </div>
      ) : null}
      {editing ? (
        <ReviewForm side={side} local={local} central={central} doc={doc} analysis={analysis} reviewer={reviewer}
          onCancel={() => setEditing(false)}
          onSave={async (d) => {
            setEditing(false);
            if (d.name !== reviewer) await setReviewer(d.name);
            if (d.kind === 'clause' && local) {
              await decide(clauseDecision(analysis, doc, id, { class: d.class, central: d.central }, { reviewer: d.name, at: localIso(), note: d.note }),
                local.review?.machine ?? { class: local.class, central: local.central, reason: local.reason });
            } else if (d.kind === 'central' && central) {
              await decide(centralDecision(analysis, doc, id, d.status, { reviewer: d.name, at: localIso(), note: d.note }, d.by ?? undefined),
                central.review?.machine ?? { status: central.status, by: central.by });
            }
          }} />
      ) : (
        <p className="review__actions">
          <button type="button" className="button button--small" data-testid="review-edit" onClick={() => setEditing(true)}>{review ? t('review.editAgain') : t('review.edit')}</button>
          {ref && <button type="button" className="button button--small button--quiet" data-testid="review-undo" onClick={() => void undo(ref.trail, ref.event.seq)}>{t('review.undo')}</button>}
        </p>
      )}
    </div>
  );
}
