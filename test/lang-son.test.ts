// Regression on Tỉnh ủy Lạng Sơn 1154-CV/TU against Kết luận 54-KL/TW, scored on the hand-made gold.
import { describe, expect, it } from 'vitest';
import gold from './gold/lang-son-1154.json' with { type: 'json' };
import { builtinAnalysis } from './support/corpus.ts';
import { belowBar, scoreGold } from './support/score-gold.ts';
import { toReport } from '../src/core/report.ts';

describe('Lạng Sơn 1154-CV/TU', () => {
  const { analysis } = builtinAnalysis();
  const report = toReport(analysis);
  const doc = analysis.documents.find((d) => d.doc.meta.number === '1154-CV/TU')!;
  const clause = (s: string) => doc.clauses.find((r) => r.clause.text.includes(s))!;

  it('meets the bar on the gold: label and alignment ≥ 0.95, omission recall and precision ≥ 0.9, every clause found', () => {
    expect(belowBar(scoreGold(report, gold))).toEqual([]);
  });
  it('marks the asset-declaration clause as a local addition', () => {
    const r = clause('Chỉ đạo thực hiện nghiêm việc kê khai tài sản, thu nhập');
    expect(r.class).toBe('added');
    expect(r.central).toEqual([]);
    expect(r.reason).toMatch(/no central clause shares more than \d+%/u);
  });
  it('reads "pháp luật có liên quan → quy chế, quy định" as an adaptation of central 2-1 and says so', () => {
    const r = clause('Rà soát, bổ sung, tiếp tục cụ thể hóa, hoàn thiện quy chế, quy định');
    expect(r.class).toBe('adapted');
    expect(r.central[0]).toBe('2-1');
    expect(r.reason).toMatch(/pháp luật có liên quan/u);
    expect(r.diff?.parts.some((p) => p.op === 'insert' && p.text.includes('quy chế, quy định'))).toBe(true);
  });
  it('sees only cosmetic differences in a verbatim clause (hoá→hóa, Nhân dân→nhân dân) and marks them quieter', () => {
    const r = clause('Thường xuyên thông tin, tuyên truyền, hướng dẫn, tạo điều kiện thuận lợi cho nhân dân');
    expect(r.class).toBe('verbatim');
    expect(r.diff?.cosmetic).toEqual(expect.arrayContaining(['hoá→hóa', 'Nhân→nhân']));
    expect(r.diff?.parts.filter((p) => p.kind === 'substantive')).toEqual([]);
  });
  it('carries every central task 5 clause, and omits the publicity closing line', () => {
    const st = new Map(doc.central.map((s) => [s.id, s.status]));
    for (const id of ['5-1', '5-2', '5-3', '5-4', '5-5', '5-6']) expect(st.get(id)).not.toBe('omitted');
    expect(st.get('closing-1')).toBe('omitted');
  });
  it('links each local task to the central task it draws on', () => {
    for (const u of ['2', '4', '5']) expect(doc.units.find((x) => x.unit === u)!.central[0]!.unit).toBe(u);
  });
  it('is 34 days after the central text', () => expect(doc.lagDays).toBe(34));
});
