/**
 * What the app keeps of an inspection (issue 11): the reviewer's name, one audit trail per document
 * (every decision and every undo, in order) and the conclusions of the one-document reports. Plain
 * JSON: kept in IndexedDB, written into the workspace file, read back from untrusted data field by
 * field (a malformed decision is dropped with the rest kept; `validateReviews` checks each one).
 */
import { decisionsInForce, emptyTrail, recordDecision, recordUndo, type AuditEvent, type AuditTrail, type DecisionEvent } from '../../core/audit-trail.ts';
import { documentsNamed, foldAnchor } from '../../core/review-anchor.ts';
import { REVIEWS_SCHEMA, type ReviewConclusion, type ReviewDecision } from '../../core/review-types.ts';
import { reviewsFile, validateReviews } from '../../core/reviews-file.ts';
import type { DocumentAnalysis } from '../../core/types.ts';

/** Everything kept. */
export interface ReviewsData {
  /** The name asked once and put on every decision; `null` until given. */
  readonly reviewer: string | null;
  readonly trails: readonly AuditTrail[];
  readonly conclusions: readonly ReviewConclusion[];
}

export const EMPTY_REVIEWS: ReviewsData = { reviewer: null, trails: [], conclusions: [] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One decision checked as the reviews file checks it; `null` when it does not fit. */
function toDecision(v: unknown): ReviewDecision | null {
  const r = validateReviews({ schema: REVIEWS_SCHEMA, decisions: [v] });
  return r.ok ? r.reviews.decisions[0] ?? null : null;
}

function toConclusion(v: unknown): ReviewConclusion | null {
  const r = validateReviews({ schema: REVIEWS_SCHEMA, decisions: [], conclusions: [v] });
  return r.ok ? r.reviews.conclusions?.[0] ?? null : null;
}

/** A trail from untrusted data: events renumbered in order, an undo kept only when it names an earlier decision. */
function toTrail(v: unknown): AuditTrail | null {
  if (!isRecord(v) || typeof v['document'] !== 'string' || !v['document'].trim() || !Array.isArray(v['events'])) return null;
  let trail = emptyTrail(v['document']);
  const seqs = new Map<number, number>();
  for (const e of v['events']) {
    if (!isRecord(e)) continue;
    if (e['type'] === 'decision') {
      const d = toDecision(e['decision']);
      if (!d) continue;
      const machine = isRecord(e['machine']) ? (e['machine'] as DecisionEvent['machine']) : undefined;
      trail = recordDecision(trail, d, machine);
      if (typeof e['seq'] === 'number') seqs.set(e['seq'], trail.events.length);
    } else if (e['type'] === 'undo' && typeof e['undoes'] === 'number') {
      const target = seqs.get(e['undoes']);
      const reviewer = typeof e['reviewer'] === 'string' ? e['reviewer'] : '';
      const at = typeof e['at'] === 'string' ? e['at'] : new Date(0).toISOString();
      if (target !== undefined) trail = recordUndo(trail, target, reviewer, at, typeof e['note'] === 'string' ? e['note'] : '');
    }
  }
  return trail.events.length ? trail : null;
}

/** Kept data from untrusted JSON (IndexedDB, a workspace file); anything malformed is dropped. */
export function sanitizeReviews(v: unknown): ReviewsData {
  if (!isRecord(v)) return EMPTY_REVIEWS;
  const reviewer = typeof v['reviewer'] === 'string' && v['reviewer'].trim() ? v['reviewer'].trim().slice(0, 200) : null;
  const trails = (Array.isArray(v['trails']) ? v['trails'] : []).flatMap((t) => toTrail(t) ?? []);
  const conclusions = (Array.isArray(v['conclusions']) ? v['conclusions'] : []).flatMap((c) => toConclusion(c) ?? []);
  return { reviewer, trails, conclusions };
}

const sameName = (a: string, b: string) => foldAnchor(a) === foldAnchor(b);
const eventKey = (e: DecisionEvent) => JSON.stringify(e.decision);

/** `trails` with `decision` appended to the trail of its document (a new trail when none). */
export function addDecision(trails: readonly AuditTrail[], decision: ReviewDecision, machine?: DecisionEvent['machine']): AuditTrail[] {
  const i = trails.findIndex((t) => sameName(t.document, decision.document));
  if (i < 0) return [...trails, recordDecision(emptyTrail(decision.document), decision, machine)];
  return trails.map((t, k) => (k === i ? recordDecision(t, decision, machine) : t));
}

/** `trails` with decision `seq` of trail `document` undone. */
export function undoDecision(trails: readonly AuditTrail[], document: string, seq: number, reviewer: string, at: string): AuditTrail[] {
  return trails.map((t) => (t.document === document ? recordUndo(t, seq, reviewer, at) : t));
}

/**
 * `incoming` merged into `kept` (a workspace file or a reviews file opened): each incoming event
 * not already in the trail of its document is appended, its undo pointing at the renumbered
 * decision; conclusions replace those of the same document. Nothing kept is lost.
 */
export function mergeReviews(kept: ReviewsData, incoming: ReviewsData): ReviewsData {
  let trails = [...kept.trails];
  for (const t of incoming.trails) {
    const i = trails.findIndex((x) => sameName(x.document, t.document));
    let trail = i < 0 ? emptyTrail(t.document) : trails[i]!;
    const seqs = new Map<number, number>();
    for (const e of t.events) {
      if (e.type === 'decision') {
        const same = trail.events.find((x): x is DecisionEvent => x.type === 'decision' && eventKey(x) === eventKey(e));
        if (same) { seqs.set(e.seq, same.seq); continue; }
        trail = recordDecision(trail, e.decision, e.machine);
        seqs.set(e.seq, trail.events.length);
      } else {
        const target = seqs.get(e.undoes);
        if (target !== undefined) trail = recordUndo(trail, target, e.reviewer, e.at, e.note);
      }
    }
    trails = i < 0 ? [...trails, trail] : trails.map((x, k) => (k === i ? trail : x));
  }
  const conclusions = [...kept.conclusions.filter((c) => !incoming.conclusions.some((n) => sameName(n.document, c.document))), ...incoming.conclusions];
  return { reviewer: kept.reviewer ?? incoming.reviewer, trails: trails.filter((t) => t.events.length), conclusions };
}

/** A `doichieu.reviews/1` file's decisions as trails (one decision event each, in file order). */
export function fromReviewsFile(decisions: readonly ReviewDecision[], conclusions: readonly ReviewConclusion[] = []): ReviewsData {
  let trails: AuditTrail[] = [];
  for (const d of decisions) trails = addDecision(trails, d);
  return { reviewer: null, trails, conclusions };
}

/** The decisions in force, as the `doichieu.reviews/1` file the CLI reads. */
export function toReviewsFile(data: ReviewsData) {
  return reviewsFile(decisionsInForce(data.trails), data.conclusions);
}

/** Whether a trail (or a decision) names document `d`: by its number, else its file name, or the file name the decision kept. */
export function namesDocument(d: DocumentAnalysis, document: string, source?: string): boolean {
  return documentsNamed([d.doc], document).length > 0 || (source !== undefined && documentsNamed([d.doc], source).length > 0);
}

/** The events of every trail naming `d`, with their trail's name, in order. */
export function eventsFor(trails: readonly AuditTrail[], d: DocumentAnalysis): { readonly trail: string; readonly event: AuditEvent }[] {
  return trails.filter((t) => namesDocument(d, t.document) || t.events.some((e) => e.type === 'decision' && namesDocument(d, e.decision.document, e.decision.source)))
    .flatMap((t) => t.events.map((event) => ({ trail: t.document, event })));
}
