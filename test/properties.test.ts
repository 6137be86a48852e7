// Property tests (fast-check): invariants that must hold for any input, not only the seeds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../src/core/analyze.ts';
import { parseDocuments } from '../src/core/parse-document.ts';
import { builtinAnalysis, corpusText } from './support/corpus.ts';

const docOf = (name: string, text: string) => parseDocuments(name, text)[0]!;

describe('properties', () => {
  it('a document compared with itself is 100% verbatim with nothing omitted', () => {
    for (const file of ['lang-son-1154-cv-tu.txt', 'quang-ngai-1698-cv-tu.txt', 'thanh-uy-003.txt', 'kl-21-kl-tw.txt']) {
      const doc = docOf(file, corpusText(file));
      const a = analyze({ central: doc, documents: [doc] }).documents[0]!;
      expect(a.clauses.every((r) => r.class === 'verbatim'), file).toBe(true);
      expect(a.central.every((s) => s.status === 'verbatim'), file).toBe(true);
    }
  });

  it('unit shares sum to 100% (or are empty when a unit is all added) on the corpus', () => {
    for (const d of builtinAnalysis().analysis.documents) {
      for (const u of d.units) {
        const sum = u.central.reduce((s, c) => s + c.share, 0);
        if (u.central.length) expect(sum).toBeCloseTo(1, 9); else expect(sum).toBe(0);
      }
    }
  });

  it('shares sum to 100% for documents with random damage', () => {
    const central = builtinAnalysis().central;
    const base = corpusText('lang-son-1154-cv-tu.txt').split('\n');
    fc.assert(fc.property(fc.array(fc.nat(base.length - 1), { maxLength: 40 }), (drops) => {
      const text = base.filter((_l, i) => !drops.includes(i)).join('\n');
      const d = analyze({ central, documents: [docOf('x.txt', text)] }).documents[0]!;
      for (const u of d.units) if (u.central.length) expect(u.central.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    }), { numRuns: 60 });
  });

  it('arbitrary Unicode input never throws, in parsing or analysis', () => {
    const central = builtinAnalysis().central;
    const line = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.constantFrom('1. Tăng cường', '- Các tỉnh uỷ;', 'Nơi nhận:', '**KẾT LUẬN**', 'Số 12 - CV/TU', '#### **6. Tổ chức thực hiện**', '<sup>1</sup>', '---', 'Hà Nội, ngày 31 tháng 2 năm 2023'),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\n\n', '\r\n'), (lines, sep) => {
      const docs = parseDocuments('random.txt', lines.join(sep));
      analyze({ central, documents: docs });
    }), { numRuns: 300 });
  });
});
