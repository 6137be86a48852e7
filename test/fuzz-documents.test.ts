// Issue 4: 10,000 generated documents — random Unicode, random structure, random conversion
// damage — go through parsing and analysis without an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { parseDocuments } from '../src/core/parse-document.ts';
import { builtinAnalysis, corpusText } from './support/corpus.ts';

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

describe('10,000 generated documents', () => {
  it('parse and analyse without an exception, every clause classified', () => {
    const central = builtinAnalysis().central;
    let clauses = 0;
    fc.assert(fc.property(doc, damage, (paras, d) => {
      const docs = parseDocuments('generated.txt', render(paras, d));
      const a = analyze({ central, documents: docs });
      for (const r of a.documents.flatMap((x) => x.clauses)) {
        clauses++;
        expect(['verbatim', 'adapted', 'added']).toContain(r.class);
      }
    }), { numRuns: 10_000 });
    expect(clauses).toBeGreaterThan(10_000);
  }, 300_000);
});
