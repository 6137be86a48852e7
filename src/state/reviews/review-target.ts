/**
 * Which decision in force stands behind a reviewed answer on screen, so the clause can offer to
 * undo it: the last decision of the document's trails that names the clause (by its text, as
 * `applyReviews` finds it) — the one that won.
 */
import { inForce, type AuditTrail, type DecisionEvent } from '../../core/audit-trail.ts';
import { findCentral, findClause, foldTexts } from '../../core/review-anchor.ts';
import { isCentralDecision } from '../../core/review-types.ts';
import type { Analysis, DocumentAnalysis } from '../../core/types.ts';
import { namesDocument } from './reviews-data.ts';

/** A decision in force and the trail it belongs to. */
export interface DecisionRef {
  readonly trail: string;
  readonly event: DecisionEvent;
}

function inForceFor(trails: readonly AuditTrail[], d: DocumentAnalysis): DecisionRef[] {
  return trails.flatMap((t) => inForce(t).filter((e) => namesDocument(d, e.decision.document, e.decision.source)).map((event) => ({ trail: t.document, event })));
}

/** The decision in force on local clause `clauseId` of `d`, or null. */
export function decisionOnClause(trails: readonly AuditTrail[], d: DocumentAnalysis, clauseId: string): DecisionRef | null {
  const index = d.clauses.findIndex((r) => r.clause.id === clauseId);
  if (index < 0) return null;
  // Texts folded only when a decision names the document: the clause view asks for each of its cards.
  const decisions = inForceFor(trails, d);
  if (decisions.length === 0) return null;
  const folded = foldTexts(d.clauses.map((r) => r.clause));
  return decisions.filter(({ event: { decision: x } }) => {
    if (isCentralDecision(x)) return false;
    const f = findClause(folded, x.clause, x.occurrence ?? 1);
    return f.kind === 'one' && f.index === index;
  }).at(-1) ?? null;
}

/** The decision in force on central clause `centralId` for `d`, or null. */
export function decisionOnCentral(trails: readonly AuditTrail[], a: Analysis, d: DocumentAnalysis, centralId: string): DecisionRef | null {
  const decisions = inForceFor(trails, d);
  if (decisions.length === 0) return null;
  const folded = foldTexts(a.centralClauses);
  return decisions.filter(({ event: { decision: x } }) => {
    if (!isCentralDecision(x)) return false;
    const f = findCentral(a.centralClauses, folded, x.centralClause);
    const ids = f.kind === 'one' ? [f.index] : f.kind === 'ids' ? f.indices : [];
    return ids.some((i) => a.centralClauses[i]?.id === centralId);
  }).at(-1) ?? null;
}

/** ISO time with the reviewer's own offset ("2026-11-25T09:00:00+07:00"): the audit trail shows the clock she saw. */
export function localIso(now = new Date()): string {
  const off = -now.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(now.getTime() + off * 60_000).toISOString().slice(0, 19);
  return `${local}${off >= 0 ? '+' : '-'}${pad(off / 60)}:${pad(off % 60)}`;
}
