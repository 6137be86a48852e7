import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCitations, extractCitations, type Citation } from '../src/core/citations.ts';
import { citationFlags } from '../src/core/citation-flags.ts';

// The five real seeds: 000 TTXVN cover letter + KL 54, 001 Lạng Sơn, 002 Quảng Ngãi, 003 hard-wrapped
// Thành ủy letter, 004 KL 21.
const DIR = '/work/shared/seeds/';
const seed = (n: string): string => {
  const file = readdirSync(DIR).find((f) => f.startsWith(`${n}_`));
  if (!file) throw new Error(`seed ${n} missing`);
  return readFileSync(DIR + file, 'utf8');
};
const s000 = seed('000');
const kl54At = s000.indexOf('\nKẾT LUẬN\n');
const letter000 = s000.slice(0, kl54At);
const kl54 = s000.slice(kl54At);
const texts: Record<string, string> = { '000': s000, '001': seed('001'), '002': seed('002'), '003': seed('003'), '004': seed('004') };
const cites: Record<string, Citation[]> = Object.fromEntries(Object.entries(texts).map(([id, t]) => [id, extractCitations(t)]));
const keys = (cs: readonly Citation[]): string[] => [...new Set(cs.filter((c) => !c.self).map((c) => c.key))];
const first = (cs: readonly Citation[], key: string): Citation | undefined => cs.find((c) => c.key === key && c.date !== null) ?? cs.find((c) => c.key === key);

describe('citations of the seed documents', () => {
  it('every citation\'s text is the slice of the seed at its offsets', () => {
    for (const [id, cs] of Object.entries(cites)) for (const c of cs) expect(texts[id]!.slice(c.start, c.end), id).toBe(c.text);
  });

  it('Lạng Sơn 1154-CV/TU cites exactly these documents, with dates and issuers', () => {
    const ls = cites['001']!;
    expect(keys(ls).sort()).toEqual(['05-HD/TU', '124-QĐ/TW', '21-KL/TW', '54-KL/TW', '99-QĐ/TW',
      'nghi quyet dai hoi dang bo tinh xvii', 'nghi quyet trung uong 4 khoa xii'].sort());
    expect(first(ls, '99-QĐ/TW')).toMatchObject({ kind: 'Quyết định', date: '2017-10-03', issuer: 'Ban Bí thư Trung ương Đảng' });
    expect(first(ls, '05-HD/TU')).toMatchObject({ kind: 'Hướng dẫn', date: '2017-11-27', issuer: 'Ban Thường vụ Tỉnh ủy' });
    expect(first(ls, '124-QĐ/TW')).toMatchObject({ kind: 'Quy định', date: '2018-02-02', issuer: 'Ban Bí thư Trung ương Đảng' });
    expect(first(ls, '54-KL/TW')).toMatchObject({ date: '2023-05-09', issuer: 'Ban Bí thư Trung ương Đảng' });
    expect(first(ls, '21-KL/TW')).toMatchObject({ date: '2021-10-25', issuer: 'Ban Chấp hành Trung ương Đảng khóa XIII' });
    expect(first(ls, 'nghi quyet trung uong 4 khoa xii')!.name).toBe('Nghị quyết Trung ương 4 khóa XII');
    expect(first(ls, 'nghi quyet dai hoi dang bo tinh xvii')!.name).toBe('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII');
    // Its own number and "Công văn này" are self-references, not citations.
    expect(ls.filter((c) => c.self).map((c) => c.key)).toEqual(['1154-CV/TU', 'self:cong van', 'self:cong van']);
  });

  it('Quảng Ngãi against the text of KL 54: what it adds, keeps and drops', () => {
    const r = compareCitations(extractCitations(kl54), cites['002']!, { exclude: ['54-KL/TW'] });
    expect(r.added.map((c) => c.name ?? c.number)).toEqual(['01-KL/TW', 'Luật thực hiện dân chủ ở cơ sở năm 2022', '1575-QĐ/TU', '29/2022/QĐ-UBND']);
    expect(r.inherited.map((c) => c.key)).toEqual(['99-QĐ/TW', '124-QĐ/TW', '21-KL/TW']);
    expect(r.dropped.map((c) => c.name)).toEqual(['Nghị quyết Đại hội XIII']);
    expect(r.added[0]).toMatchObject({ date: '2021-05-18', issuer: 'Bộ Chính trị' });
    expect(r.added[3]).toMatchObject({ date: '2022-08-04', issuer: 'Ủy ban nhân dân tỉnh' });
  });

  it('the TTXVN letter: its own number, KL 54 and the miswritten 99-NQ/TW', () => {
    const cs = extractCitations(letter000);
    expect(cs.map((c) => [c.key, c.self])).toEqual([['652-CV/ĐU', true], ['54-KL/TW', false], ['54-KL/TW', false], ['99-NQ/TW', false]]);
    expect(cs[3]).toMatchObject({ kind: 'Quyết định', date: '2017-10-03', issuer: 'Ban Bí thư' });
  });

  it('seed 003 is read across its hard-wrapped lines', () => {
    const cs = cites['003']!;
    expect(keys(cs)).toEqual(['54-KL/TW', '99-QĐ/TW', '124-QĐ/TW']);
    expect(cs[0]).toMatchObject({ date: '2023-05-09', issuer: 'Ban Bí thư Trung ương Đảng' });
    expect(cs[1]).toMatchObject({ date: '2017-10-03', issuer: 'Ban Bí thư' });
    expect(cs.some((c) => c.key === '54-KL/TW' && c.text.includes('\n'))).toBe(true); // "Kết luận \n\nsố 54-KL/TW"
    expect(cs.some((c) => c.key === '99-QĐ/TW' && /^Quyết định\s+\n/.test(c.text))).toBe(true); // "Quyết định \n\nsố 99-QĐ/TW"
  });

  it('KL 21 cites 26-NQ/TW, Nghị quyết Trung ương 4 khoá XII (also abbreviated) and Nghị quyết Đại hội XIII', () => {
    const cs = cites['004']!;
    expect(keys(cs)).toEqual(['nghi quyet trung uong 4 khoa xii', 'nghi quyet dai hoi xiii', '26-NQ/TW']);
    expect(first(cs, '26-NQ/TW')).toMatchObject({ kind: 'Nghị quyết', issuer: 'Ban Chấp hành Trung ương khoá XII' });
    expect(cs.filter((c) => c.text === 'Nghị quyết Trung ương 4')).toHaveLength(3);
    expect(cs.filter((c) => c.self).map((c) => c.key)).toContain('21-KL/TW');
  });

  it('KL 54 cites the same central documents as Lạng Sơn and the key of KL 21\'s congress resolution', () => {
    expect(keys(extractCitations(kl54))).toEqual(['99-QĐ/TW', 'nghi quyet dai hoi xiii', '21-KL/TW', '124-QĐ/TW']);
  });
});

describe('citation flags over the five seeds', () => {
  const docs = [
    { id: '000-letter', citations: extractCitations(letter000) },
    { id: '000-kl54', citations: extractCitations(kl54) },
    ...['001', '002', '003', '004'].map((id) => ({ id, citations: cites[id]! })),
  ];
  const flags = citationFlags(docs);

  it('flags only the TTXVN letter\'s "Quyết định số 99-NQ/TW", suggesting 99-QĐ/TW', () => {
    expect(flags.filter((f) => f.kind === 'kind-mismatch')).toHaveLength(1);
    const f = flags[0]!;
    expect(f).toMatchObject({ kind: 'kind-mismatch', key: '99-NQ/TW', suggestedKey: '99-QĐ/TW', docIds: ['000-letter'] });
    expect(f.message).toContain('000-letter');
    expect(f.message).toContain('99-QĐ/TW');
    expect(f.message).toContain('03/10/2017');
  });

  it('finds no date or issuer conflicts: "Ban Bí thư" and "Ban Bí thư Trung ương Đảng" are one issuer', () => {
    expect(flags.map((f) => f.kind)).toEqual(['kind-mismatch']);
  });

  it('also flags it when seed 000 is one document (the suggestion then comes from the KL 54 part too)', () => {
    const whole = citationFlags(Object.entries(cites).map(([id, citations]) => ({ id, citations })));
    expect(whole.map((f) => [f.kind, f.key, f.docIds, f.suggestedKey])).toEqual([['kind-mismatch', '99-NQ/TW', ['000'], '99-QĐ/TW']]);
  });
});
