import { describe, expect, it } from 'vitest';
import { auditExport, auditRows, decisionsInForce, emptyTrail, inForce, recordDecision, recordUndo } from './audit-trail.ts';
import type { ClauseDecision, ReviewDecision } from './review-types.ts';

const clauseOf = (x: ReviewDecision) => ('clause' in x ? x.clause : x.centralClause);

const d = (clause: string, at: string): ClauseDecision => ({ document: '1698-CV/TU', clause, class: 'adapted', central: ['3-1'], reviewer: 'Lan', at, note: '=cmd' });

describe('audit trail', () => {
  const t1 = recordDecision(emptyTrail('1698-CV/TU'), d('câu một', '2026-11-25T09:00:00Z'), { class: 'added', central: [] });
  const t2 = recordDecision(t1, d('câu hai', '2026-11-25T09:01:00Z'));
  const t3 = recordUndo(t2, 1, 'Lan', '2026-11-25T09:02:00Z', 'nhầm');

  it('appends decisions and undos in order, never rewriting an event', () => {
    expect(t3.events.map((e) => [e.seq, e.type])).toEqual([[1, 'decision'], [2, 'decision'], [3, 'undo']]);
    expect(t3.events.slice(0, 2)).toEqual(t2.events);
    expect(t1.events).toHaveLength(1);
  });
  it('keeps in force only what was not undone', () => {
    expect(inForce(t3).map((e) => clauseOf(e.decision))).toEqual(['câu hai']);
    expect(decisionsInForce([t3, t2]).map(clauseOf)).toEqual(['câu hai', 'câu một', 'câu hai']);
  });
  it('ignores an undo of a decision already undone or never made', () => {
    expect(recordUndo(t3, 1, 'Lan', 'x')).toBe(t3);
    expect(recordUndo(t3, 7, 'Lan', 'x')).toBe(t3);
  });
  it('exports as doichieu.audit/1 and as spreadsheet-safe rows', () => {
    expect(auditExport([t3])).toEqual({ schema: 'doichieu.audit/1', documents: [t3] });
    const rows = auditRows([t3]);
    expect(rows.map((r) => [r.seq, r.event, r.answer, r.machine, r.undoes])).toEqual([[1, 'decision', 'adapted 3-1', 'added', ''], [2, 'decision', 'adapted 3-1', '', ''], [3, 'undo', '', '', 1]]);
    expect(rows[0]!.note).toBe("'=cmd");
  });
});
