// Regression on Công văn 174/CV-BCĐ of the Government's Steering Committee against Kết luận
// 221-KL/TW: a letter with no printed header whose 50-row appendix table is most of its content.
import { describe, expect, it } from 'vitest';
import { belowBar, scoreGold } from './support/score-gold.ts';
import { realDoc, realGold, realPair, realReport } from './support/real.ts';

const CENTRAL = 'kl221-central_221-KL-TW.txt';
const LOCAL = 'kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt';

describe('CV 174/CV-BCĐ ← Kết luận 221-KL/TW', () => {
  const a = realPair(CENTRAL, LOCAL);
  const d = a.documents[0]!;

  it('meets the bar on the reference alignment, appendix rows included', () => {
    const score = scoreGold(realReport(CENTRAL, LOCAL), realGold('kl221-bcd-174.json'));
    expect(belowBar(score, false), score.misses.join('\n')).toEqual([]);
  });
  it('reads number, date and issuer from the appendix note, with notes, and implements the text it is compared with', () => {
    expect(realDoc(LOCAL).meta).toMatchObject({ number: '174/CV-BCĐ', kind: 'Công văn', date: '2025-12-02', implements: '192-KL/TW', signer: 'Phạm Thị Thanh Trà' });
    expect(d.doc.meta).toMatchObject({ implements: '221-KL/TW', role: 'implementation' });
    expect(d.doc.meta.notes.join(' ')).toMatch(/appendix note/u);
    expect(d.doc.meta.signers?.[0]).toMatchObject({ capacity: 'KT.', title: 'KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN THƯỜNG TRỰC PHÓ THỦ TƯỚNG' });
  });
  it('reads the appendix table: 50 rows, each a block with its columns', () => {
    const rows = d.doc.blocks.filter((b) => b.row);
    expect(rows).toHaveLength(50);
    expect(rows.map((b) => b.row!.index)).toEqual(Array.from({ length: 50 }, (_x, i) => String(i + 1)));
    expect(rows.every((b) => b.part === 'appendix')).toBe(true);
    const first = rows[0]!.row!.cells;
    expect(first.find((c) => c.role === 'source')?.text).toBe('Lào Cai');
    expect(first.find((c) => c.role === 'lead')?.text).toBe('Bộ Tài chính');
    expect(first.find((c) => c.role === 'lead')?.header).toBe('Bộ phụ trách tiếp nhận, xử lý');
  });
  it('reports the columns on every clause of a row', () => {
    const r = realReport(CENTRAL, LOCAL).documents[0]!.clauses.find((c) => c.text.startsWith('Đề nghị điều chỉnh Nghị định số 150/2025/NĐ-CP'))!;
    expect(r.table).toEqual({ row: '2', columns: { source: 'Hà Tĩnh, Nghệ An, Hà Nội', lead: 'Bộ Nội vụ' } });
  });
});
