/**
 * Issue 4's generated documents — random Unicode, random structure, random conversion damage — for
 * test/fuzz-documents.test.ts (a fixed seed, a count that fits `npm test`) and `npm run bench:robust
 * -- --fuzz` (the full 10,000 documents of the issue, a fresh seed each run, printed).
 */
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze.ts';
import { parseDocuments } from '../../src/core/parse-document.ts';
import type { ParsedDocument } from '../../src/core/types.ts';
import { corpusText } from './corpus.ts';

const seedLines = corpusText('lang-son-1154-cv-tu.txt').split('\n').filter((l) => l.trim());
const words = seedLines.join(' ').split(/\s+/u).filter(Boolean);

const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 25 }).map((ws) => `${ws.join(' ')}.`);
const junk = fc.string({ unit: fc.constantFrom('grapheme', 'binary', 'grapheme-composite'), maxLength: 60 });
const marker = fc.constantFrom('1.', '2-', '**3.**', '#### **6. Tổ chức thực hiện**', '-', '–', 'II-', '2.1.', 'a)', '', '');
const headerLine = fc.constantFrom('**TỈNH ỦY LẠNG SƠN**', 'Số 1154-CV/TU', 'Số 652 - CV/ĐU', 'Lạng Sơn, ngày 12 tháng 6 năm 2023', 'Hà Nội, ngày 31 tháng 2 năm 2023', 'KẾT LUẬN', 'V/v triển khai Kết luận số 54-KL/TW', 'Kính gửi: - Các huyện ủy', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'Hoàng Văn Nghiệm', 'ĐẢNG ỦY TTXVN\tĐẾN\tSố đến: 1343', '<sup>1</sup> Chú thích', '---', '\\*');
const paragraph = fc.tuple(marker, fc.array(fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 4 }))
  .map(([m, ss]) => `${m} ${ss.join(' ')}`.trim());
const doc = fc.array(fc.oneof({ weight: 1, arbitrary: headerLine }, { weight: 3, arbitrary: paragraph }), { maxLength: 14 });

/** Damage a conversion does: hard wraps, lost blank lines, markdown, NFD, CRLF, stray spaces. */
const damage = fc.record({
  wrap: fc.option(fc.integer({ min: 15, max: 90 })),
  blank: fc.constantFrom('\n\n', '\n', '\n\n\n'),
  nfd: fc.boolean(), crlf: fc.boolean(), bold: fc.boolean(), spaces: fc.boolean(),
});

function render(paras: string[], d: { wrap: number | null; blank: string; nfd: boolean; crlf: boolean; bold: boolean; spaces: boolean }): string {
  let text = paras.map((p) => (d.bold ? `**${p}**` : p)).map((p) => {
    if (!d.wrap) return p;
    const out: string[] = [];
    for (let i = 0; i < p.length; i += d.wrap) out.push(p.slice(i, i + d.wrap));
    return out.join('\n\n');
  }).join(d.blank);
  if (d.spaces) text = text.replace(/ /gu, '   ');
  if (d.nfd) text = text.normalize('NFD');
  if (d.crlf) text = text.replace(/\n/gu, '\r\n');
  return text;
}

/** The text of one generated, damaged document. */
export const generatedDocument: fc.Arbitrary<string> = fc.tuple(doc, damage).map(([paras, d]) => render(paras, d));

/** The class of every clause of `text`, parsed and analysed against `central` (throws what they throw). */
export function classesOf(central: ParsedDocument, text: string): string[] {
  const docs = parseDocuments('generated.txt', text);
  return analyze({ central, documents: docs }).documents.flatMap((x) => x.clauses).map((r) => r.class);
}
