// Regression on UBND tỉnh Nghệ An 1026/KH-UBND against Chỉ thị 32/CT-TTg (quoted in a Q&A
// article), scored on the hand-made reference alignment: a State plan in the Nghị định 30 layout.
import { describe, expect, it } from 'vitest';
import { belowBar, scoreGold } from './support/score-gold.ts';
import { realGold, realPair, realReport } from './support/real.ts';

const CENTRAL = 'ct32-central_32-CT-TTg_quoted-in-article.txt';
const LOCAL = 'ct32-local_nghe-an_1026-KH-UBND.txt';

describe('Nghệ An 1026/KH-UBND ← Chỉ thị 32/CT-TTg', () => {
  const a = realPair(CENTRAL, LOCAL);
  const d = a.documents[0]!;
  const clause = (s: string) => d.clauses.find((r) => r.clause.text.includes(s))!;

  it('meets the bar on the reference alignment: label and alignment ≥ 0.95, omission recall and precision ≥ 0.9', () => {
    const score = scoreGold(realReport(CENTRAL, LOCAL), realGold('ct32-nghe-an-1026.json'));
    expect(belowBar(score, false), score.misses.join('\n')).toEqual([]);
  });
  it('reads the State header from table cells and wrapped lines', () => {
    expect(d.doc.meta).toMatchObject({ number: '1026/KH-UBND', kind: 'Kế hoạch', issuer: 'UBND tỉnh Nghệ An', place: 'Nghệ An', date: '2025-11-26', implements: '32/CT-TTg', role: 'implementation', signer: 'Bùi Thanh An' });
    expect(d.doc.meta.signers?.[0]).toMatchObject({ capacity: 'TM.', name: 'Bùi Thanh An' });
    expect(d.lagDays).toBeNull();
  });
  it('keeps both halves of a central clause cut in two verbatim', () => {
    for (const s of ['Đẩy mạnh công tác thanh tra, kiểm tra, nâng cao hiệu quả', 'điều tra, xử lý nghiêm vi phạm về bảo vệ bí mật nhà nước']) {
      expect(clause(s)).toMatchObject({ class: 'verbatim', central: ['2-4'] });
    }
  });
  it('finds both sources of a clause merging two points, and the localized reporting task', () => {
    expect(clause('tỉnh Nghệ An đảm bảo đúng thành phần').class).toBe('adapted');
    expect(clause('tỉnh Nghệ An đảm bảo đúng thành phần').central).toContain('1-14');
    expect(clause('Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh')).toMatchObject({ class: 'adapted', central: ['1-16'] });
    expect(clause('Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh')).toMatchObject({ class: 'adapted', central: ['8-1'] });
  });
  it('says Ban Cơ yếu Chính phủ’s tasks are not carried', () => {
    const omitted = new Set(d.central.filter((s) => s.status === 'omitted').map((s) => s.id));
    for (const id of ['6-1', '6-2', '6-3', '6-4', '6-5', '6-6']) expect(omitted.has(id), id).toBe(true);
  });
});
