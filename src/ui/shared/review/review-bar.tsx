/**
 * The inspection line of the pair view: how many answers of this document are the reviewer's, the
 * way to its one-document inspection report, the reviewer's name, its decisions that no longer
 * match, and its audit trail.
 */
import { reviewedShare } from '../../../core/reviews.ts';
import type { DocumentAnalysis } from '../../../core/types.ts';
import { namesDocument, eventsFor } from '../../../state/reviews/reviews-data.ts';
import { inspectionRoute } from '../../../state/route/route.ts';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { useRT } from '../../i18n/review-strings.ts';
import { href, useRoute } from '../use-route-href.ts';
import { AuditPanel } from './audit-panel.tsx';
import { UnmatchedList } from './unmatched-list.tsx';
import { ReviewerName } from './reviewer-name.tsx';
import './review.css';

export function ReviewBar({ doc }: { doc: DocumentAnalysis }) {
  const t = useRT();
  const route = useRoute();
  const reviewer = useAppStore((s) => s.reviews.data.reviewer);
  const trails = useAppStore((s) => s.reviews.data.trails);
  const unmatched = useAppStore((s) => s.reviews.unmatched).filter((u) => namesDocument(doc, u.decision.document, u.decision.source));
  const { reviewed, answers } = reviewedShare(doc);
  const n = eventsFor(trails, doc).length;
  return (
    <section className="review-bar" aria-label={t('review.title')} data-testid="review-bar">
      <p className="review-bar__text" data-testid="review-share">{reviewed ? t('bar.reviewed', { reviewed, answers }) : t('bar.notReviewed')}</p>
      <p className="review-bar__links">
        {reviewer && <ReviewerName reviewer={reviewer} />}
        <a href={href(inspectionRoute(route, doc.doc.id))} data-testid="open-inspection">{t('bar.report')} →</a>
      </p>
      <UnmatchedList items={unmatched} />
      <details className="review-bar__trail">
        <summary>{t('bar.trail', { n })}</summary>
        <AuditPanel doc={doc} />
      </details>
    </section>
  );
}
