import { describe, expect, it } from 'vitest';
import { assessQuality, QUALITY_CODES } from './quality.ts';
import { repairText } from './repair-glyphs.ts';

const CLOSING = '\nNơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐinh Thị Hồng Minh';
const BODY = 'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng quán triệt, triển khai thực hiện nghiêm túc Kết luận số 54-KL/TW ngày 09/5/2023 của Ban Bí thư.';

describe('assessQuality', () => {
  it('finds nothing in a clean text, with its numbers, abbreviations and both tone placements', () => {
    const t = `TỈNH ỦY QUẢNG NGÃI\nSố 1698-CV/TU\n${BODY}\nUBND, HĐND, MTTQ, BCĐ, Đ/c, b/c, TTg; chuyển hoá và chuyển hóa; uỷ ban, ủy ban.${CLOSING}`;
    expect(assessQuality(t)).toEqual({ score: 1, problems: [] });
  });

  it('says how many words lost their accented vowels, with examples, as an error', () => {
    const t = `CỘNG HA X HỘI CHỦ NGHĨA VIỆT NAM\nLương Minh, ngy thng 01 năm 2026\nlập danh sch sơ bộ những người ứng cử đại biểu Hội đồng nhn dn x kha II; Luật Bầu cử đại biểu Quốc hội v đại biểu Hội đồng nhn dn ngy 25 thng 6 năm 2015; Chnh phủ v Đon Chủ tịch; cc cấp.${CLOSING}`;
    const q = assessQuality(t);
    expect(q.problems.map((p) => [p.code, p.severity])).toEqual([['DROPPED_LETTERS', 'error']]);
    expect(q.problems[0]!.values.share).toBeGreaterThan(0.2);
    expect(String(q.problems[0]!.values.examples)).toMatch(/nhn|dn|ngy|thng/u);
    expect(q.score).toBeLessThan(0.5);
  });

  it('reports scrambled tone marks, not the words scrambling happened to keep valid', () => {
    const t = `KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ\nTạĩ phĩên họp ngàỷ 28/2/2025, sãù khỉ nghé Bàn Tổ chức Trũng ương báỏ cáọ về các nộĩ đụng.${CLOSING}`;
    const q = assessQuality(t);
    expect(q.problems.map((p) => p.code)).toEqual(['SCRAMBLED_TONES']);
    expect(String(q.problems[0]!.values.examples)).toContain('LỦẬN');
  });

  it('reports a text cut inside a word, on a truncation note, or in an open prose line', () => {
    const codes = (t: string) => assessQuality(t).problems.map((p) => [p.code, p.values.reason]);
    expect(codes(`${BODY}\nquản lý, trong đó phải chia theo từng nguồn vốn, gồm: vốn n`)).toEqual([['CUT_SHORT', 'broken-word']]);
    expect(codes(`${BODY}\n... [Nội dung đã được rút gọn]`)).toEqual([['CUT_SHORT', 'marker']]);
    expect(codes(`${BODY}\nhạ tầng vùng ven biển và hạ tầng khu công nghệ cao, các khu công nghiệp tập trung`)).toEqual([['CUT_SHORT', 'open-sentence']]);
    // A signature, a table cell, a news source end a text.
    expect(codes(`${BODY}${CLOSING}`)).toEqual([]);
    expect(codes(`${BODY}\n|\nBộ Văn hóa, Thể thao\nvà Du lịch\n|`)).toEqual([]);
    expect(codes(`${BODY}\nTheo TTXVN`)).toEqual([]);
  });

  it('says a text is pdftotext output: form feeds and page numbers', () => {
    const q = assessQuality(`${BODY}\n\n\f2\n\n${BODY}\n\n\f3\n\n${BODY}${CLOSING}\n\f`);
    expect(q.problems).toEqual([{ code: 'PDFTOTEXT_LAYOUT', severity: 'info', values: { pages: 3, pageNumbers: 2 } }]);
    expect(q.score).toBe(0.98);
  });

  it('reports repaired letter spacing with what was joined, reusing a repair already made', () => {
    const t = `ỦY B AN NHÂN D Â N TỈNH NGHỆ AN\n${BODY}${CLOSING}`;
    const repaired = repairText(t);
    const q = assessQuality(t, { repaired });
    expect(q.problems).toEqual([{ code: 'LETTER_SPACED', severity: 'warning', values: { repaired: 2, examples: 'B AN → BAN, D Â N → DÂN' } }]);
  });

  it('lists problems in the order of QUALITY_CODES and multiplies their penalties into the score', () => {
    const t = `CỘNG HA X HỘI\nHội đồng nhn dn x, ngy thng; cc cấp; Chnh phủ; Đon Chủ tịch; trnh by.\nKẾT LỦẬN CỦÀ BỘ, Tạĩ phĩên họp ngàỷ, sãù khỉ, báỏ cáọ, nộĩ đụng khu k`;
    const q = assessQuality(t);
    const codes = q.problems.map((p) => p.code);
    expect(codes).toEqual([...codes].sort((a, b) => QUALITY_CODES.indexOf(a) - QUALITY_CODES.indexOf(b)));
    expect(codes).toEqual(['DROPPED_LETTERS', 'SCRAMBLED_TONES', 'CUT_SHORT']);
    expect(q.score).toBeGreaterThanOrEqual(0);
    expect(q.score).toBeLessThan(0.2);
  });
});
