// Property: no layout makes the parser throw, and nothing of a text is silently dropped — every
// paragraph is a header field, a block, a table cell, the frame, a wrapper, a cover or an
// underline; every word of a block lies in one clause; every word of the file is in the output
// except received stamps and page numbers. Checked on every real file, every seed, generated
// benchmark documents and random layouts built from the pieces official documents are made of.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocuments } from '../src/core/parse-document.ts';
import { clauseRanges, isFormBlank, segmentClauses } from '../src/core/segment-clauses.ts';
import { repairText } from '../src/core/repair-glyphs.ts';
import { isStamp } from '../src/core/parse-repair.ts';
import type { ParsedDocument } from '../src/core/types.ts';
import { generateCorpus } from '../src/bench/generate-corpus.ts';
import { benchBase } from '../src/bench/benchmark-input.ts';
import { realFiles, realText } from './support/real.ts';
import { CORPUS, corpusText } from './support/corpus.ts';
import fs from 'node:fs';


/** Problems of one parsed document's accounting; empty when every character is accounted for. */
function accounting(doc: ParsedDocument): string[] {
  const out: string[] = [];
  const spans = doc.spans ?? [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) out.push(`span overlaps at ${s.start}`);
    if (/\S/u.test(doc.text.slice(at, s.start))) out.push(`text outside spans: ${JSON.stringify(doc.text.slice(at, s.start).slice(0, 40))}`);
    at = s.end;
    if (s.role === 'noise' && /\p{L}{2,}/u.test(doc.text.slice(s.start, s.end))) out.push(`words in noise: ${JSON.stringify(doc.text.slice(s.start, s.end).slice(0, 40))}`);
  }
  if (/\S/u.test(doc.text.slice(at))) out.push('text after the last span');
  const blockSpans = spans.filter((s) => s.role === 'block');
  for (const b of doc.blocks) {
    if (!blockSpans.some((s) => b.start >= s.start && b.end <= s.end)) out.push(`block outside block spans: ${b.text.slice(0, 40)}`);
    for (const c of b.row?.cells ?? []) if (!spans.some((s) => s.role === 'cell' && c.start >= s.start && c.end <= s.end)) out.push(`row cell outside cell spans: ${c.text.slice(0, 30)}`);
  }
  for (const s of blockSpans) if (!doc.blocks.some((b) => b.start >= s.start && b.end <= s.end)) out.push('block span without a block');
  const clauses = segmentClauses(doc);
  doc.blocks.forEach((b, i) => {
    if (b.title) return;
    const mine = new Set(clauses.filter((c) => c.block === i).map((c) => c.start));
    // Every sentence piece of the block is a clause, unless it has no word or is a form's blank line (segment-clauses.ts).
    for (const [from, to] of clauseRanges(b.text)) {
      const piece = b.text.slice(from, to);
      const words = (piece.match(/\p{L}+/gu) ?? []).length;
      if (mine.has(b.start + from) || words === 0 || (b.part === 'appendix' && isFormBlank(piece, words))) continue;
      out.push(`words outside clauses: ${piece.slice(0, 40)}`);
    }
  });
  return out;
}

/** Words of a file that are missing from every parsed document's output (stamps and page numbers aside). */
function dropped(raw: string, docs: readonly ParsedDocument[]): string[] {
  const count = (s: string, m: Map<string, number>, sign: number) => {
    for (const w of s.toLocaleLowerCase('vi').match(/\p{L}[\p{L}\p{M}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + sign);
  };
  const m = new Map<string, number>();
  const base = repairText(raw.normalize('NFC')).text.replace(/<[^>]*>/gu, ' ').replace(/^---\n[\s\S]*?\n---\n/u, '');
  for (const line of base.split('\n')) if (!isStamp(line.replace(/[*#\\]/gu, ''))) count(line, m, 1);
  for (const d of docs) { count(d.text, m, -1); for (const f of d.frame.footnotes) count(f, m, -1); }
  return [...m].filter(([w, n]) => n > 0 && !/^(ĐẾN|đến)$/iu.test(w)).map(([w, n]) => `${w}×${n}`);
}

const check = (name: string, raw: string) => {
  const docs = parseDocuments(name, raw);
  for (const d of docs) expect(accounting(d), `${name} ${d.id}`).toEqual([]);
  return docs;
};

describe('every paragraph and every word accounted for', () => {
  it('on every real file', () => {
    for (const f of realFiles()) {
      const docs = check(f, realText(f));
      expect(dropped(realText(f), docs), f).toEqual([]);
    }
  });
  it('on every seed', () => {
    for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) {
      const docs = check(f, corpusText(f));
      expect(dropped(corpusText(f), docs), f).toEqual([]);
    }
  });
  it('on 60 generated benchmark documents (damaged layouts included)', () => {
    const manifest = JSON.parse(corpusText('corpus.json')) as { central: string; parents: string[]; files: string[] };
    const base = benchBase(manifest.files.map((f) => ({ name: f, text: corpusText(f) })), manifest);
    for (const g of generateCorpus(base, 60, 7)) check(g.name, g.text);
  });
  it('on random layouts made of header, structure, table, wrapper and frame pieces, without throwing', () => {
    const piece = fc.constantFrom(
      '**ỦY BAN NHÂN DÂN**\nTỈNH NGHỆ AN\n-------', '|', '|\n|', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND', 'Số 5-CV/TU', 'Số:   /HD-MTTQ',
      'Hà Nội, ngày 26\ntháng 11 năm 2025', 'ngày    tháng 1 năm 2026', 'KẾ HOẠCH', 'QUYẾT ĐỊNH:', 'CHỈ THỊ\nVỀ TĂNG CƯỜNG', '# Câu hỏi gì?', '## INFOGRAPHICS: Kết luận số 1-KL/TW', 'Theo TTXVN',
      'I. MỤC ĐÍCH, YÊU CẦU', '1. Tăng cường công tác kiểm tra.', '1.2. Bước 1:', 'a) Rà soát; b) bổ sung', '- Các sở, ngành thực hiện.', '(1) Các Bộ trưởng', '(i) Trưởng Ban;', 'Chương I', 'Mục 1. VIỆC',
      'Điều 3. Điều chỉnh', 'BƯỚC MỘT', 'A. ĐỐI VỚI', 'PHỤ LỤC', '| TT | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Rà soát văn bản | Sở Nội vụ |', '|\n**TT**\n|\nNội dung\n|\n|\n1\n|\nLàm ngay việc này\n|',
      'Nơi nhận:\n- Như trên;\n- Lưu VT.', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Văn An', 'ĐẢNG ỦY TTXVN ĐẾN Số đến: 1 Ngày đến: 2/3/2023', '2', '\f', '----------------Thực hiện Chỉ thị số 1/CT-TTg,',
      'Căn cứ Luật Tổ chức chính quyền địa phương;', 'Kết luận này được phổ biến đến chi bộ.', 'văn bản bị cắt ngang giữa', '', '(Kèm theo Công văn số 7/CV-BCĐ ngày 02 tháng 12 năm 2025 của Ban Chỉ đạo)',
    );
    // Counterexamples found before, replayed on every run: a markdown heading of news furniture
    // read as a pipe table's task cell was both a wrapper and the row's block (seed -173326941).
    const FOUND: [string[], string][] = [[['1.2. Bước 1:', '|\n**TT**\n|\nNội dung\n|\n|\n1\n|\nLàm ngay việc này\n|', '## INFOGRAPHICS: Kết luận số 1-KL/TW', '|\n|'], '\n']];
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('\n', '\n\n'), (parts, sep) => {
      const raw = parts.join(sep);
      const docs = check('random.txt', raw);
      expect(dropped(raw, docs)).toEqual([]);
    }), { numRuns: 300, examples: FOUND });
  });
});
