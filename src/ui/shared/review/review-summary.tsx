/** The overview's line on the inspection: how many answers are the reviewer's, and the decisions that no longer match. */
import { reviewedShare } from '../../../core/reviews.ts';
import type { Analysis } from '../../../core/types.ts';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { useRT } from '../../i18n/review-strings.ts';
import { UnmatchedList } from './unmatched-list.tsx';
import './review.css';

export function ReviewSummary({ analysis }: { analysis: Analysis }) {
  const t = useRT();
  const unmatched = useAppStore((s) => s.reviews.unmatched);
  let reviewed = 0, answers = 0, docs = 0;
  for (const d of analysis.documents) {
    const s = reviewedShare(d);
    answers += s.answers;
    reviewed += s.reviewed;
    if (s.reviewed) docs++;
  }
  if (!reviewed && !unmatched.length) return null;
  return (
    <section className="review-bar" aria-label={t('review.title')} data-testid="review-summary">
      {reviewed > 0 && <p className="review-bar__text">{t('overview.reviewed', { reviewed, answers, docs })}</p>}
      <UnmatchedList items={unmatched} />
    </section>
  );
}
