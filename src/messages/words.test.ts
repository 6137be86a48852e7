import { describe, expect, it } from 'vitest';
import type { Note, Reason } from '../core/reasons.ts';
import { clauseLabel, compactClauseId } from './clause-label.ts';
import { docTitle, kindName } from './kinds.ts';
import { wordNote } from './note-words.ts';
import { wordReason } from './reason-words.ts';
import { docText, fillParts, parts, plain } from './words.ts';

/** One reason of each code, with the values the core gives it. */
const REASONS: readonly Reason[] = [
  { code: 'no-source', values: { share: 15, nearest: '2-2' } },
  { code: 'no-source', values: { share: 0, nearest: null } },
  { code: 'identical', values: { central: ['5-1'], shared: 100 } },
  { code: 'cosmetic', values: { central: ['assessment-3'], shared: 100, cosmetic: ['hoá→hóa'] } },
  { code: 'near-verbatim', values: { central: ['1-1'], shared: 95, cosmetic: [], inserted: ['tỉnh'], deleted: [] } },
  { code: 'substitutions', values: { central: ['6-3'], shared: 71, swaps: [{ from: 'Ban Bí thư', to: 'Ban Thường vụ Tỉnh ủy' }], inserted: 9, deleted: 4 } },
  { code: 'adds-words', values: { central: ['2-1', '2-2'], shared: 60, inserted: 10, deleted: 2 } },
  { code: 'drops-words', values: { central: ['lead-in-1'], shared: 80, inserted: 0, deleted: 7 } },
  { code: 'rewritten', values: { central: ['3-1'], shared: 40 } },
];

const NOTES: readonly Note[] = [
  { code: 'issuer-from-lead-in', values: { words: 'Thành ủy', place: true } },
  { code: 'kind-from-self-reference', values: { kind: 'Công văn' } },
  { code: 'number-from-letter', values: { letter: '652-CV/ĐU', date: true } },
  { code: 'corrected', values: { field: 'date', detected: '2023-06-12' } },
  { code: 'corrected', values: { field: 'issuer', detected: null } },
];

const VIETNAMESE = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;
const interfaceText = (p: ReturnType<typeof parts>) => p.filter((x) => !x.doc).map((x) => x.text).join('');

describe('wording of reasons and notes', () => {
  it('words every reason and note in both languages, the documents’ own words marked, no English in Vietnamese', () => {
    for (const w of [...REASONS.map((r) => (lang: 'vi' | 'en') => wordReason(lang, r)), ...NOTES.map((n) => (lang: 'vi' | 'en') => wordNote(lang, n))]) {
      const vi = parts(w('vi')), en = parts(w('en'));
      for (const p of [vi, en]) expect(plain(p)).not.toMatch(/\{|undefined|null|NaN/u);
      expect(interfaceText(en), plain(en)).not.toMatch(VIETNAMESE);
      expect(interfaceText(vi), plain(vi)).not.toMatch(/\b(the|of|clause|words|central|shared|read|from|issuer|kind|number|task|section|assessment|lead)\b/iu);
    }
  });

  it('names central clauses as people read them, and quotes the documents', () => {
    expect(plain(wordReason('vi', REASONS[5]!, () => 'implementation'))).toBe(
      'Điều chỉnh từ câu của văn bản Trung ương (Mục 6, câu 3): thay “Ban Bí thư” bằng “Ban Thường vụ Tỉnh ủy”; thêm 9 từ, bỏ 4 từ (71% số từ trùng).');
    expect(plain(wordReason('en', REASONS[0]!))).toBe('No clause of the central text shares more than 15% of its wording (nearest: Task 2, clause 2).');
    expect(parts(wordReason('en', REASONS[5]!)).filter((p) => p.doc).map((p) => p.text)).toEqual(['Ban Bí thư', 'Ban Thường vụ Tỉnh ủy']);
    expect(plain(wordNote('en', NOTES[3]!))).toBe('Date: corrected by the user (detected: 12/06/2023).');
    expect(plain(wordNote('vi', NOTES[0]!))).toBe('Cơ quan ban hành không in ở phần đầu văn bản; đọc từ “Thành ủy” trong phần mở đầu và dòng địa danh.');
  });
});

describe('clause labels', () => {
  it('read ids as parts and units, in both languages', () => {
    expect(clauseLabel('vi', 'assessment-1')).toBe('Phần đánh giá, câu 1');
    expect(clauseLabel('vi', '2-1')).toBe('Nhiệm vụ 2, câu 1');
    expect(clauseLabel('vi', '6-4', 'implementation')).toBe('Mục 6, câu 4');
    expect(clauseLabel('en', 'lead-in-2')).toBe('Opening, clause 2');
    expect(clauseLabel('en', 'II.1-3')).toBe('Task II.1, clause 3');
    expect(clauseLabel('en', 'closing-1')).toBe('Closing, clause 1');
    expect(clauseLabel('vi', 'odd')).toBe('odd');
  });
  it('print an appendix\'s own numbers as the document does, and call rows rows only in a table', () => {
    // NQLT 102's appendix numbers its sections ("PL.2.3"), the Government letter's table its rows ("PL.12").
    expect(clauseLabel('vi', 'PL.2.3-1', 'appendix')).toBe('Phụ lục, 2.3, câu 1');
    expect(clauseLabel('vi', 'PL.12-1', 'appendix')).toBe('Phụ lục, 12, câu 1');
    expect(clauseLabel('en', 'PL-4', 'appendix')).toBe('Appendix, clause 4');
    expect(clauseLabel('vi', 'PL.T1.3-1', 'appendix')).toBe('Phụ lục, Bảng 1, dòng 3, câu 1');
    expect(clauseLabel('en', 'T2.3-1')).toBe('Table 2, row 3, clause 1');
  });
  it('are short in a margin, with no Vietnamese letter in English (NQLT 102: "Đ2.3-4")', () => {
    expect(compactClauseId('vi', 'assessment-12')).toBe('12');
    expect(compactClauseId('en', 'assessment-12')).toBe('12');
    expect(compactClauseId('vi', 'Đ2.3-4')).toBe('Đ2.3-4');
    expect(compactClauseId('en', 'Đ2.3-4')).toBe('Art2.3-4');
    // The point letter is the document's own numbering (a, b, c, d, đ, e), kept as printed.
    expect(compactClauseId('en', 'Đ5.2.đ-1')).toBe('Art5.2.đ-1');
    expect(compactClauseId('en', 'B1.A.I-2')).toBe('Step1.A.I-2');
    expect(compactClauseId('en', 'PL.3-1')).toBe('App.3-1');
    expect(compactClauseId('en', 'II.1-3')).toBe('II.1-3');
    expect(compactClauseId('en', 'M1-1')).toBe('§1-1');
    expect(compactClauseId('en', 'CII-1')).toBe('ChII-1');
  });
});

describe('kinds and titles', () => {
  it('keep the document’s kind in Vietnamese and name known kinds in English', () => {
    expect(plain(docTitle('vi', 'Công văn', null, 'Không số'))).toBe('Công văn Không số');
    expect(plain(docTitle('en', 'Công văn', null, 'No number'))).toBe('Official letter No number');
    expect(plain(docTitle('en', 'Kết luận', '54-KL/TW', ''))).toBe('Conclusion 54-KL/TW');
    expect(kindName('en', 'Điện mật')).toEqual(docText('Điện mật'));
  });

  it('fill placeholders with pieces that keep document text marked', () => {
    expect(fillParts('{a} and {b}, {c}', { a: docText('Lạng Sơn'), b: 3 })).toEqual([
      { text: 'Lạng Sơn', doc: true }, { text: ' and 3, {c}', doc: false },
    ]);
  });
});
