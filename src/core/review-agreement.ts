/**
 * How often the machine agreed with the reviewers (issue 11: "the app also shows, over the reviewed
 * documents, how often the machine agreed with the reviewers (labels, counterparts, omissions)").
 * Computed from the machine's analysis and the reviewed one, document by document, so a central
 * status a local decision changed counts too (Quảng Ngãi's 1575-QĐ/TU clause made adapted from 3-1
 * turns 3-1 from omitted to carried without any decision on 3-1 itself).
 */
import type { Analysis, DocumentAnalysis } from './types.ts';

/** Answers the reviewer left as the machine gave them, out of all answers of that kind. */
export interface Agreement {
  readonly agreed: number;
  readonly total: number;
}

/** Agreement over the documents that have at least one reviewer's answer. */
export interface ReviewAgreement {
  /** Documents with at least one reviewer's answer (the only ones counted). */
  readonly documents: number;
  /** Local clauses: same class. */
  readonly labels: Agreement;
  /** Local clauses the machine or the reviewer derives from the central text: same central clauses. */
  readonly counterparts: Agreement;
  /** Central clauses: omitted for both, or carried for both. */
  readonly omissions: Agreement;
}

const reviewedDoc = (d: DocumentAnalysis) => d.clauses.some((r) => r.review) || d.central.some((s) => s.review);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Agreement of `machine` with `reviewed` (the same analysis with the decisions applied). */
export function reviewAgreement(machine: Analysis, reviewed: Analysis): ReviewAgreement {
  const byId = new Map(machine.documents.map((d) => [d.doc.id, d]));
  let documents = 0;
  const labels = { agreed: 0, total: 0 }, counterparts = { agreed: 0, total: 0 }, omissions = { agreed: 0, total: 0 };
  for (const d of reviewed.documents) {
    const m = byId.get(d.doc.id);
    if (!m || !reviewedDoc(d)) continue;
    documents++;
    const mClauses = new Map(m.clauses.map((r) => [r.clause.id, r]));
    for (const r of d.clauses) {
      const mc = mClauses.get(r.clause.id);
      if (!mc) continue;
      labels.total++;
      if (mc.class === r.class) labels.agreed++;
      if (mc.class === 'added' && r.class === 'added') continue;
      counterparts.total++;
      if (sameSet(mc.central, r.central)) counterparts.agreed++;
    }
    const mCentral = new Map(m.central.map((s) => [s.id, s]));
    for (const s of d.central) {
      const ms = mCentral.get(s.id);
      if (!ms) continue;
      omissions.total++;
      if ((ms.status === 'omitted') === (s.status === 'omitted')) omissions.agreed++;
    }
  }
  return { documents, labels, counterparts, omissions };
}
