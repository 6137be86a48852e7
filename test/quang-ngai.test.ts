// Regression on Tỉnh ủy Quảng Ngãi 1698-CV/TU against Kết luận 54-KL/TW, scored on the hand-made gold.
import { describe, expect, it } from 'vitest';
import gold from './gold/quang-ngai-1698.json' with { type: 'json' };
import { builtinAnalysis } from './support/corpus.ts';
import { belowBar, scoreGold } from './support/score-gold.ts';
import { toReport } from '../src/core/report.ts';

describe('Quảng Ngãi 1698-CV/TU', () => {
  const { analysis } = builtinAnalysis();
  const doc = analysis.documents.find((d) => d.doc.meta.number === '1698-CV/TU')!;
  const clause = (s: string) => doc.clauses.find((r) => r.clause.text.includes(s))!;

  it('meets the bar on the gold: label and alignment ≥ 0.95, omission recall and precision ≥ 0.9, every clause found', () => {
    expect(belowBar(scoreGold(toReport(analysis), gold))).toEqual([]);
  });
  it('follows a sentence moved from task 4 into task 2', () => {
    const r = clause('Quan tâm, kịp thời giải quyết phản ánh, kiến nghị của Mặt trận Tổ quốc Việt Nam');
    expect(r.clause.unit).toBe('2');
    expect(r.central).toEqual(['4-3']);
    expect(r.class).not.toBe('added');
  });
  it('omits the central assessment and the Mặt trận mechanism of task 6', () => {
    const st = new Map(doc.central.map((s) => [s.id, s.status]));
    expect(st.get('assessment-1')).toBe('omitted');
    expect(st.get('6-4')).toBe('omitted');
  });
  it('does not let its lead-in, which restates KL 54\'s title, carry the central assessment', () => {
    const lead = doc.clauses.filter((r) => r.clause.part === 'lead-in');
    expect(lead.flatMap((r) => r.central)).not.toContain('assessment-1');
  });
  it('is 69 days after the central text', () => expect(doc.lagDays).toBe(69));
});
