/**
 * Decisions as the app makes them from a clause on screen: anchored by the document's number (else
 * its file name) and the clause's full text; counterparts by the central clause's text, which a new
 * version of the parser does not renumber.
 */
import type { ClauseDecision, CentralDecision } from './review-types.ts';
import { foldAnchor } from './review-anchor.ts';
import type { Analysis, DocumentAnalysis, LocalClass } from './types.ts';

/** Who decides, when, and why. */
export interface Reviewer {
  readonly reviewer: string;
  readonly at: string;
  readonly note: string;
}

/** How decisions name `doc`: its number, else its source file name; with a number, the file name too (for when the number is edited). */
export const documentAnchor = (doc: DocumentAnalysis): { readonly document: string; readonly source?: string } =>
  (doc.doc.meta.number ? { document: doc.doc.meta.number, source: doc.doc.source } : { document: doc.doc.source });

/** A decision giving local clause `clauseId` of `doc` the class and central counterparts (ids) chosen. */
export function clauseDecision(a: Analysis, doc: DocumentAnalysis, clauseId: string, answer: { readonly class: LocalClass; readonly central: readonly string[] }, who: Reviewer): ClauseDecision {
  const clause = doc.clauses.find((r) => r.clause.id === clauseId);
  if (!clause) throw new Error(`no clause ${clauseId} in ${doc.doc.id}`);
  const folded = foldAnchor(clause.clause.text);
  const same = doc.clauses.filter((r) => foldAnchor(r.clause.text) === folded);
  const occurrence = same.indexOf(clause) + 1;
  return {
    ...documentAnchor(doc), clause: clause.clause.text, class: answer.class,
    ...(answer.class === 'added' ? {} : { central: answer.central.map((id) => a.centralClauses.find((c) => c.id === id)?.text ?? id) }),
    ...(occurrence > 1 ? { occurrence } : {}),
    ...who,
  };
}

/** A decision marking central clause `centralId` carried (by local clause `byClauseId`, when given) or omitted in `doc`. */
export function centralDecision(a: Analysis, doc: DocumentAnalysis, centralId: string, status: 'carried' | 'omitted', who: Reviewer, byClauseId?: string): CentralDecision {
  const central = a.centralClauses.find((c) => c.id === centralId);
  const by = byClauseId === undefined ? undefined : doc.clauses.find((r) => r.clause.id === byClauseId)?.clause.text;
  return { ...documentAnchor(doc), centralClause: central?.text ?? centralId, status, ...(status === 'carried' && by ? { by } : {}), ...who };
}
