// How often the machine agreed with the reviewer (issue 11), on Quảng Ngãi 1698: one decision
// making its 1575-QĐ/TU clause adapted from central 3-1 disagrees once on the label, once on the
// counterparts and once on the omissions (3-1 is no longer omitted); the other documents are not counted.
import { describe, expect, it } from 'vitest';
import { applyReviews } from '../src/core/reviews.ts';
import { reviewAgreement } from '../src/core/review-agreement.ts';
import type { ReviewDecision } from '../src/core/review-types.ts';
import { builtinAnalysis } from './support/corpus.ts';

const who = { reviewer: 'Nguyễn Thị Lan', at: '2026-11-25T09:00:00+07:00', note: 'Quy chế tiếp dân 1575-QĐ/TU thực hiện nhiệm vụ 3-1' };
const adapted31: ReviewDecision = { document: '1698-CV/TU', clause: 'nghiêm túc thực hiện Quyết định số 1575-QĐ/TU', class: 'adapted', central: ['3-1'], ...who };

describe('reviewAgreement', () => {
  const { analysis } = builtinAnalysis();
  const qn = analysis.documents.find((d) => d.doc.meta.number === '1698-CV/TU')!;

  it('counts nothing when nobody reviewed', () => {
    expect(reviewAgreement(analysis, analysis)).toEqual({ documents: 0, labels: { agreed: 0, total: 0 }, counterparts: { agreed: 0, total: 0 }, omissions: { agreed: 0, total: 0 } });
  });

  it('counts one disagreement of each kind on the reviewed document only', () => {
    const { analysis: after } = applyReviews(analysis, [adapted31]);
    const a = reviewAgreement(analysis, after);
    const derived = qn.clauses.filter((r) => r.class !== 'added').length + 1;
    expect(a).toEqual({
      documents: 1,
      labels: { agreed: qn.clauses.length - 1, total: qn.clauses.length },
      counterparts: { agreed: derived - 1, total: derived },
      omissions: { agreed: qn.central.length - 1, total: qn.central.length },
    });
  });

  it('agrees everywhere when the reviewer confirms the machine', () => {
    const c = qn.clauses.find((r) => r.class === 'verbatim')!;
    const { analysis: after } = applyReviews(analysis, [{ document: '1698-CV/TU', clause: c.clause.text, class: 'verbatim', central: [...c.central], ...who }]);
    const a = reviewAgreement(analysis, after);
    expect(a.documents).toBe(1);
    expect(a.labels.agreed).toBe(a.labels.total);
    expect(a.counterparts.agreed).toBe(a.counterparts.total);
    expect(a.omissions.agreed).toBe(a.omissions.total);
  });
});
