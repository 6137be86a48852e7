import { describe, expect, it } from 'vitest';
import { compareCitations, extractCitations, type Citation } from './citations.ts';
import { citationFlags } from './citation-flags.ts';

const cited = (text: string): Citation[] => extractCitations(text).filter((c) => !c.self);
const one = (text: string): Citation => {
  const cs = cited(text);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe('extractCitations: numbers', () => {
  it('reads kind, number, date and issuer, and keeps offsets into the input', () => {
    const text = 'thực hiện Quyết định số 99-QĐ/TW, ngày 03/10/2017 của Ban Bí thư ban hành Hướng dẫn khung';
    const c = one(text);
    expect(c).toMatchObject({ kind: 'Quyết định', number: '99-QĐ/TW', name: null, date: '2017-10-03', issuer: 'Ban Bí thư', key: '99-QĐ/TW', self: false });
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.text).toBe('Quyết định số 99-QĐ/TW, ngày 03/10/2017 của Ban Bí thư');
  });

  it('normalizes spaced hyphens and accepts numbers without "số"', () => {
    expect(one('theo Công văn số 652 - CV/ĐU của Đảng ủy').number).toBe('652-CV/ĐU');
    expect(one('Quyết định 99-QĐ/TW;')).toMatchObject({ kind: 'Quyết định', number: '99-QĐ/TW', date: null, issuer: null });
    expect(one('Kết luận 54-KL/TW').kind).toBe('Kết luận');
  });

  it('reads legal and government number shapes', () => {
    const c = one('Quyết định số 29/2022/QĐ-UBND ngày 04/8/2022 của Ủy ban nhân dân tỉnh ban hành Quy chế');
    expect(c).toMatchObject({ number: '29/2022/QĐ-UBND', date: '2022-08-04', issuer: 'Ủy ban nhân dân tỉnh' });
    expect(one('Công văn số 1234/UBND-VX').number).toBe('1234/UBND-VX');
  });

  it('reads the three date spellings and rejects impossible dates', () => {
    expect(one('Quyết định số 99-QĐ/TW ngày 3-10-2017').date).toBe('2017-10-03');
    expect(one('Quyết định số 99-QĐ/TW ngày 03 tháng 10 năm 2017').date).toBe('2017-10-03');
    expect(one('Quyết định số 99-QĐ/TW ngày 03/13/2017').date).toBeNull();
  });

  it('does not read dates, received stamps or "V/v" as citations', () => {
    expect(extractCitations('ĐẾN\tSố đến: 1343\n\tNgày đến: 18/5/2023\nV/v phổ biến. Ngày 09/5/2023, Ban Bí thư')).toEqual([]);
  });

  it('blanks markdown but keeps offsets in the original (Lạng Sơn "*Quyết định số 99-QĐ/TW*")', () => {
    const text = '(sau đây viết tắt là *Quyết định số 99-QĐ/TW*) và Kết luận **số** 54-KL/TW';
    const [a, b] = cited(text);
    expect(a!.text).toBe('Quyết định số 99-QĐ/TW');
    expect(b!.text).toBe('Kết luận **số** 54-KL/TW');
    expect(text.slice(b!.start, b!.end)).toBe(b!.text);
  });

  it('crosses hard-wrapped lines (seed 003)', () => {
    const c = one('việc thực hiện Quyết định             \n\nsố 99-QĐ/TW                \n\nngày 03/10/2017 của Ban Bí thư             \n\nTrung ương Đảng về tiếp tục');
    expect(c).toMatchObject({ number: '99-QĐ/TW', date: '2017-10-03', issuer: 'Ban Bí thư Trung ương Đảng' });
  });

  it('keeps Đ, D, D+combining stroke and the eth look-alike as distinct keys (NFC only)', () => {
    const keys = cited('Quyết định số 99-QĐ/TW, Quyết định số 99-QD/TW, Quyết định số 99-QD\u0335/TW, Quyết định số 99-QÐ/TW').map((c) => c.key);
    expect(new Set(keys).size).toBe(4);
    expect(keys[0]).toBe('99-QĐ/TW');
  });
});

describe('extractCitations: issuers', () => {
  it('stops at "và", "ban hành", "(", punctuation and at a new line that is no organ name', () => {
    expect(one('Hướng dẫn số 05-HD/TU, ngày 27/11/2017 của Ban Thường vụ Tỉnh ủy và chức trách').issuer).toBe('Ban Thường vụ Tỉnh ủy');
    expect(one('Kết luận số 54-KL/TW của Ban Bí thư\n\nKính gửi: - Các đảng ủy').issuer).toBe('Ban Bí thư');
    expect(one('Kết luận số 54-KL/TW, ngày 09/5/2023  \ncủa Ban Bí thư Trung ương Đảng\n\nĐẢNG CỘNG SẢN VIỆT NAM').issuer).toBe('Ban Bí thư Trung ương Đảng');
    expect(one('Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khoá XIII về đẩy mạnh').issuer).toBe('Ban Chấp hành Trung ương Đảng khoá XIII');
    expect(one('Quyết định số 99-QĐ/TW của Ban Bí thư (sau đây').issuer).toBe('Ban Bí thư');
  });

  it('reads no issuer from "của" + lower case (KL 54 "Quyết định số 99-QĐ/TW của một số cấp uỷ")', () => {
    expect(one('Quyết định số 99-QĐ/TW của một số cấp uỷ').issuer).toBeNull();
  });
});

describe('extractCitations: self-references', () => {
  it('marks "Công văn này", "Kết luận này" and a header "Số …" line as self', () => {
    const cs = extractCitations('Số 1154-CV/TU\n\nthực hiện Kết luận số 54-KL/TW và Công văn này. Kết luận này được phổ biến.');
    expect(cs.map((c) => [c.key, c.self])).toEqual([['1154-CV/TU', true], ['54-KL/TW', false], ['self:cong van', true], ['self:ket luan', true]]);
  });

  it('a lower-case "số" opening a wrapped line is not a header', () => {
    expect(extractCitations('Kết luận \n\nsố 54-KL/TW')[0]!.self).toBe(false);
  });
});

describe('extractCitations: citations by name', () => {
  it('reads a law up to "năm YYYY" and keeps a comma when the year follows', () => {
    expect(one('thực hiện có hiệu quả Luật thực hiện dân chủ ở cơ sở năm 2022; phương châm').name).toBe('Luật thực hiện dân chủ ở cơ sở năm 2022');
    expect(one('Luật Phòng, chống tham nhũng năm 2018 và các quy định').name).toBe('Luật Phòng, chống tham nhũng năm 2018');
    expect(one('theo Luật Đất đai, các nghị định').name).toBe('Luật Đất đai');
  });

  it('does not read "pháp luật", "Luật sư" or a numbered law as a law name', () => {
    expect(cited('hoàn thiện pháp luật về dân chủ; Luật sư và Luật pháp')).toEqual([]);
    expect(one('Luật số 10/2022/QH15')).toMatchObject({ kind: 'Luật', number: '10/2022/QH15', name: null });
  });

  it('folds tone placement in resolution keys ("khóa" = "khoá")', () => {
    const a = one('Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng');
    const b = one('Nghị quyết Trung ương 4 khoá XII');
    expect(a.name).toBe('Nghị quyết Trung ương 4 khóa XII');
    expect(a.key).toBe(b.key);
    expect(a).toMatchObject({ kind: 'Nghị quyết', number: null });
  });

  it('maps a bare "Nghị quyết Trung ương 4" to the full form seen before it, else keeps its own key', () => {
    const [full, bare] = cited('Nghị quyết Trung ương 4 khoá XII về xây dựng Đảng (gọi tắt là Nghị quyết Trung ương 4)');
    expect(bare!.key).toBe(full!.key);
    expect(bare!.text).toBe('Nghị quyết Trung ương 4');
    expect(one('Nghị quyết Trung ương 4 về xây dựng Đảng').key).toBe('nghi quyet trung uong 4');
  });

  it('gives one key to the spellings of a national congress, another to a provincial one', () => {
    const keys = cited('Nghị quyết Đại hội XIII của Đảng; Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII; '
      + 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII').map((c) => c.key);
    expect(keys.slice(0, 3)).toEqual(['nghi quyet dai hoi xiii', 'nghi quyet dai hoi xiii', 'nghi quyet dai hoi xiii']);
    expect(keys[3]).toBe('nghi quyet dai hoi dang bo tinh xvii');
  });
});

describe('compareCitations', () => {
  const central = extractCitations('Quyết định số 99-QĐ/TW gắn với Nghị quyết Đại hội XIII của Đảng, Kết luận này');
  const local = extractCitations('Số 7-CV/TU\nKết luận số 54-KL/TW, Quyết định 99-QĐ/TW, Quyết định số 99-QĐ/TW ngày 03/10/2017, Kết luận số 01-KL/TW và Công văn này');

  it('splits by key, first occurrence kept, self-references and excluded keys ignored', () => {
    const r = compareCitations(central, local, { exclude: ['54 - KL/TW'] });
    expect(r.inherited.map((c) => c.text)).toEqual(['Quyết định 99-QĐ/TW']);
    expect(r.added.map((c) => c.key)).toEqual(['01-KL/TW']);
    expect(r.dropped.map((c) => c.key)).toEqual(['nghi quyet dai hoi xiii']);
  });

  it('without exclude the implemented document counts as added', () => {
    expect(compareCitations(central, local).added.map((c) => c.key)).toEqual(['54-KL/TW', '01-KL/TW']);
  });
});

describe('citationFlags', () => {
  const doc = (id: string, text: string) => ({ id, citations: extractCitations(text) });

  it('flags a kind word contradicting the code and suggests the key used elsewhere', () => {
    const flags = citationFlags([
      doc('ttxvn', 'Quyết định số 99-NQ/TW ngày 03/10/2017 của Ban Bí thư'),
      doc('ls', 'Quyết định số 99-QĐ/TW, ngày 03/10/2017 của Ban Bí thư Trung ương Đảng; Quyết định số 99-QĐ/TW'),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'kind-mismatch', key: '99-NQ/TW', suggestedKey: '99-QĐ/TW', docIds: ['ttxvn'] });
    expect(flags[0]!.message).toContain('ttxvn');
    expect(flags[0]!.message).toContain('99-QĐ/TW');
  });

  it('does not suggest a number of another date, and accepts QD / QĐi spellings', () => {
    const flags = citationFlags([doc('a', 'Quyết định số 99-NQ/TW ngày 03/10/2017; Quyết định số 99-QĐ/TW ngày 04/10/2018; '
      + 'Quyết định số 7-QD/TW; Quy định số 08-QĐi/TW; Quy chế số 3-QĐ/TU; Luật số 10/2022/QH15')]);
    expect(flags.map((f) => [f.kind, f.key, f.suggestedKey])).toEqual([['kind-mismatch', '99-NQ/TW', null]]);
  });

  it('flags different dates and different issuers, tolerating "Ban Bí thư" ⊂ "Ban Bí thư Trung ương Đảng"', () => {
    const flags = citationFlags([
      doc('a', 'Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư; Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII'),
      doc('b', 'Quy định số 124-QĐ/TW ngày 02/02/2019 của Ban Bí thư Trung ương Đảng; Kết luận số 21-KL/TW của Ban Chấp hành Trung ương khoá XIII'),
      doc('c', 'Quy định số 124-QĐ/TW của Bộ Chính trị'),
    ]);
    expect(flags.map((f) => [f.kind, f.key, f.docIds])).toEqual([
      ['date-conflict', '124-QĐ/TW', ['a', 'b']],
      ['issuer-conflict', '124-QĐ/TW', ['a', 'b', 'c']],
    ]);
    expect(flags[1]!.message).toContain('Bộ Chính trị (c)');
  });

  it('compares local numbers only within one document (two provinces may both have a 05-HD/TU)', () => {
    const a = 'Hướng dẫn số 05-HD/TU, ngày 27/11/2017 của Ban Thường vụ Tỉnh ủy';
    const b = 'Hướng dẫn số 05-HD/TU, ngày 01/03/2020 của Ban Thường vụ Tỉnh ủy';
    expect(citationFlags([doc('ls', a), doc('qn', b)])).toEqual([]);
    expect(citationFlags([doc('ls', `${a}; ${b}`)]).map((f) => f.kind)).toEqual(['date-conflict']);
  });
});
