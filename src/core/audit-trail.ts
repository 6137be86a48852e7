/**
 * The audit trail of one document (issue 11): every decision and every undo, in the order they
 * were made, never rewritten. The decisions in force are the ones not undone; an inspection
 * record can then say who decided what, when, and what was taken back.
 */
import type { CentralReview, ClauseReview, ReviewDecision } from './review-types.ts';
import { isCentralDecision } from './review-types.ts';
import { spreadsheetText } from './spreadsheet-safe.ts';

export const AUDIT_SCHEMA = 'doichieu.audit/1';

/** A decision as recorded, with the machine's answer at the time (when the recorder knew it). */
export interface DecisionEvent {
  readonly type: 'decision';
  /** 1, 2, 3… within the trail. */
  readonly seq: number;
  readonly decision: ReviewDecision;
  readonly machine?: ClauseReview['machine'] | CentralReview['machine'];
}

/** Taking back decision `undoes` (its `seq`). */
export interface UndoEvent {
  readonly type: 'undo';
  readonly seq: number;
  readonly undoes: number;
  readonly reviewer: string;
  readonly at: string;
  readonly note: string;
}

export type AuditEvent = DecisionEvent | UndoEvent;

/** The trail of one document, named as decisions name it (number, else source file name). */
export interface AuditTrail {
  readonly document: string;
  readonly events: readonly AuditEvent[];
}

/** The exported trails: `{ schema, documents: [trail…] }`. */
export interface AuditExport {
  readonly schema: typeof AUDIT_SCHEMA;
  readonly documents: readonly AuditTrail[];
}

export const emptyTrail = (document: string): AuditTrail => ({ document, events: [] });

/** The trail with `decision` appended. */
export function recordDecision(trail: AuditTrail, decision: ReviewDecision, machine?: DecisionEvent['machine']): AuditTrail {
  const event: DecisionEvent = { type: 'decision', seq: trail.events.length + 1, decision, ...(machine ? { machine } : {}) };
  return { ...trail, events: [...trail.events, event] };
}

/** The trail with decision `seq` undone; unchanged when `seq` is no decision in force. */
export function recordUndo(trail: AuditTrail, seq: number, reviewer: string, at: string, note = ''): AuditTrail {
  if (!inForce(trail).some((e) => e.seq === seq)) return trail;
  const event: UndoEvent = { type: 'undo', seq: trail.events.length + 1, undoes: seq, reviewer, at, note };
  return { ...trail, events: [...trail.events, event] };
}

/** The decision events not undone, in order. */
export function inForce(trail: AuditTrail): DecisionEvent[] {
  const undone = new Set(trail.events.flatMap((e) => (e.type === 'undo' ? [e.undoes] : [])));
  return trail.events.filter((e): e is DecisionEvent => e.type === 'decision' && !undone.has(e.seq));
}

/** Every trail's decisions in force, trail by trail: what `applyReviews` and the reviews file take. */
export function decisionsInForce(trails: readonly AuditTrail[]): ReviewDecision[] {
  return trails.flatMap((t) => inForce(t).map((e) => e.decision));
}

export function auditExport(trails: readonly AuditTrail[]): AuditExport {
  return { schema: AUDIT_SCHEMA, documents: trails };
}

/** Columns of the audit table (CSV, .xlsx). */
export const AUDIT_COLUMNS = ['document', 'seq', 'event', 'at', 'reviewer', 'target', 'answer', 'machine', 'note', 'undoes'] as const;
export type AuditColumn = (typeof AUDIT_COLUMNS)[number];

/** One row per event, spreadsheet-safe; answers as codes ("adapted 3-1", "central omitted"). */
export function auditRows(trails: readonly AuditTrail[]): Record<AuditColumn, string | number>[] {
  return trails.flatMap((t) => t.events.map((e) => {
    const row: Record<AuditColumn, string | number> = e.type === 'undo'
      ? { document: t.document, seq: e.seq, event: 'undo', at: e.at, reviewer: e.reviewer, target: '', answer: '', machine: '', note: e.note, undoes: e.undoes }
      : { document: t.document, seq: e.seq, event: 'decision', at: e.decision.at, reviewer: e.decision.reviewer, target: targetOf(e.decision), answer: answerOf(e.decision), machine: machineOf(e.machine), note: e.decision.note, undoes: '' };
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? spreadsheetText(v) : v])) as typeof row;
  }));
}

const targetOf = (d: ReviewDecision) => (isCentralDecision(d) ? `central ${d.centralClause}` : d.clause);
const answerOf = (d: ReviewDecision) => (isCentralDecision(d)
  ? `${d.status}${d.by ? ` by ${d.by}` : ''}`
  : `${d.class}${d.central?.length ? ` ${d.central.join(' + ')}` : ''}`);
function machineOf(m: DecisionEvent['machine']): string {
  if (!m) return '';
  return 'class' in m ? `${m.class}${m.central.length ? ` ${m.central.join(' + ')}` : ''}` : `${m.status}${m.by.length ? ` by ${m.by.join(' + ')}` : ''}`;
}
