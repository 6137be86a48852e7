// Damage, said out loud (issue 10, item 6), on the real documents: every damaged file of
// ../shared/real gets its problem codes, every clean seed and real document gets none and comes
// out of repairText unchanged, and damage generated from the clean texts the way the real files
// were damaged (tone placement swapped, accented vowels dropped, tones scrambled, letters spaced,
// text cut) is found.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessQuality, type QualityCode } from '../src/core/quality.ts';
import { repairText } from '../src/core/repair-glyphs.ts';
import { isSyllable } from '../src/core/vn-syllable.ts';

const SHARED = path.resolve(import.meta.dirname, '../../shared');
const read = (dir: string, f: string) => readFileSync(path.join(SHARED, dir, f), 'utf8').normalize('NFC');
const SEEDS = readdirSync(path.join(SHARED, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: read('seeds', f) }));
const REAL = readdirSync(path.join(SHARED, 'real')).filter((f) => f.endsWith('.txt') && f !== 'README.md');
const real = (prefix: string) => {
  const f = REAL.find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`${prefix} missing from ../shared/real`);
  return read('real', f);
};

/** Clean real documents, by file-name prefix: every family's texts and the news summary. */
const CLEAN_REAL = ['ct32-central', 'ct32-local', 'kl221-central', 'kl221-local', 'nqlt102-central', 'nqlt102-province',
  'nqlt102-commune_', 'nqlt102-commune-other', 'qd22-central', 'kl127-central', 'negative_news-summary'];
const CLEAN = [...SEEDS, ...CLEAN_REAL.map((p) => ({ name: p, text: real(p) }))];

/** Damaged real files and the problems each must get (more may come: none here). */
const DAMAGED: [string, QualityCode[]][] = [
  ['damage_dropped-letters_mttq-luong-minh', ['DROPPED_LETTERS']],
  ['damage_dropped-letters_mttq-quang-ninh', ['DROPPED_LETTERS', 'CUT_SHORT']],
  ['damage_scrambled-diacritics', ['SCRAMBLED_TONES', 'CUT_SHORT']],
  ['damage_pdf-text-layer', ['PDF_GLYPHS', 'LETTER_SPACED', 'CUT_SHORT']],
  ['damage_pdftotext', ['PDFTOTEXT_LAYOUT']],
  ['damage_hard-wrap', ['CUT_SHORT']],
  ['negative_english-summary', ['CUT_SHORT']],
  ['qd22-local', ['LETTER_SPACED']],
];

const codes = (text: string) => assessQuality(text).problems.map((p) => p.code);

/** A seeded random stream (mulberry32): the generated damage is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /(?<![\p{L}\p{M}])[\p{L}\p{M}]+(?![\p{L}\p{M}])/gu;

/** "hoá" ↔ "hóa", "thuỷ" ↔ "thủy": the other placement of every open oa, oe, uy (not "quý"). */
function swapTonePlacement(text: string): string {
  return text.replace(WORD, (w) => {
    const m = /^(.*?)([oOuU])([\u0300\u0301\u0303\u0309\u0323]?)([aAeEyY])([\u0300\u0301\u0303\u0309\u0323]?)$/u.exec(w.normalize('NFD'));
    if (!m || /[qQ]$/u.test(m[1]!) || !m[3] === !m[5]) return w;
    if (!/^(?:o[ae]|uy)$/iu.test(m[2]! + m[4]!)) return w;
    return (m[1]! + m[2]! + m[5]! + m[4]! + m[3]!).normalize('NFC');
  });
}

/** What the faulty HTML converter of the MTTQ files did: every accented Latin-1 vowel is gone. */
const dropLatin1Vowels = (text: string) => text.replace(/[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/gu, '');

/** What the republishing site did to KL 127: a tone mark added on, or moved to, another vowel. */
function scrambleTones(text: string, share: number, seed: number): string {
  const rnd = random(seed);
  const marks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  return text.replace(WORD, (w) => {
    const nfd = w.normalize('NFD');
    const vowels = [...nfd.matchAll(/[aeiouyAEIOUY][\u0302\u0306\u031b]?/gu)];
    if (vowels.length < 2 || rnd() >= share) return w;
    const v = vowels[Math.floor(rnd() * vowels.length)]!;
    const at = v.index + v[0].length;
    return (nfd.slice(0, at) + marks[Math.floor(rnd() * marks.length)]! + nfd.slice(at)).normalize('NFC');
  });
}

/** QĐ 3210's letter spacing: "T hủ", "B AN", "P HỐ", "L iên" — a space after the onset of each word of a line. */
const ONSET = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])(?=\p{L})/iu;
function spaceAfterOnsets(line: string): string {
  return line.replace(/(?<=^|\s)[\p{L}\p{M}]+(?=\s|$)/gu, (w) => {
    const m = ONSET.exec(w);
    return m && isSyllable(w) ? `${m[0]} ${w.slice(m[0].length)}` : w;
  });
}

describe('quality of the real documents', () => {
  it.each(CLEAN.map((d) => [d.name, d.text] as const))('finds no problem in the clean %s, score 1', (_name, text) => {
    expect(assessQuality(text)).toEqual({ score: 1, problems: [] });
  });

  it.each(CLEAN.map((d) => [d.name, d.text] as const))('repairText returns the clean %s unchanged', (_name, text) => {
    expect(repairText(text)).toEqual({ text, repairs: [] });
  });

  it.each(DAMAGED)('gives %s exactly its codes', (prefix, expected) => {
    const q = assessQuality(real(prefix));
    expect(q.problems.map((p) => p.code)).toEqual(expected);
    expect(q.score).toBeLessThan(1);
  });

  it('measures the dropped letters of the MTTQ files (13–17 % of words are no syllable)', () => {
    for (const p of ['damage_dropped-letters_mttq-luong-minh', 'damage_dropped-letters_mttq-quang-ninh']) {
      const d = assessQuality(real(p)).problems[0]!;
      expect(d.values.share).toBeGreaterThan(0.1);
      expect(d.severity).toBe('error');
    }
  });

  it('repairs the letter-spaced header, date line and recipients of QĐ 3210/QĐ-UBND TP.HCM', () => {
    const r = repairText(real('qd22-local'));
    expect(r.text).toContain('| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ------- |');
    expect(r.text).toContain('Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014');
    expect(r.text).toContain('- Thủ tướng Chính phủ ; - Bộ Xây dựng ; Bộ Tài chính; - Bộ Lao động - Thương binh và Xã hội; - Thường trực Thành ủy ;');
    expect(r.text).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín');
    // Only the three letter-spaced lines change.
    const before = real('qd22-local').split('\n');
    const after = r.text.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.flatMap((l, i) => (l === before[i] ? [] : [i + 1]))).toEqual([3, 5, 31]);
  });

  it('repairs the glyphs of 445-KL/TU it is sure of, and says which', () => {
    const r = repairText(real('damage_pdf-text-layer'));
    for (const s of ['KẾT LUẬN', 'Ban cán sự đảng UBND tỉnh', 'Nhiều\ncông trình', 'thương mại', 'nội thị; hoàn thành', 'Kinh thành Huế', 'đô thị còn chậm']) {
      expect(r.text, s).toContain(s);
    }
    for (const s of ['K ÉT', 'ƯBND', 'cơng', 'thưong', 'hồn', 'đơ thị', 'cịn', 'H u ế']) expect(r.text, s).not.toContain(s);
    expect(r.repairs.map((x) => [x.code, x.count])).toEqual([['LETTER_SPACED', 3], ['PDF_GLYPHS', 7]]);
  });
});

describe('quality on damage generated from the clean texts', () => {
  it.each(CLEAN.map((d) => [d.name, d.text] as const))('the other tone placement (hoá ↔ hóa) of %s is no damage', (_name, text) => {
    const swapped = swapTonePlacement(text);
    expect(swapped).not.toBe(text);
    expect(assessQuality(swapped)).toEqual({ score: 1, problems: [] });
    expect(repairText(swapped).text).toBe(swapped);
  });

  it.each(CLEAN.map((d) => [d.name, d.text] as const))('%s without its Latin-1 accented vowels has DROPPED_LETTERS', (_name, text) => {
    const q = assessQuality(dropLatin1Vowels(text));
    expect(q.problems.map((p) => p.code)).toContain('DROPPED_LETTERS');
    expect(q.problems.find((p) => p.code === 'DROPPED_LETTERS')!.values.share).toBeGreaterThan(0.05);
  });

  it.each(CLEAN.map((d, i) => [d.name, d.text, i] as const))('%s with tone marks scrambled in 5 % of its words has SCRAMBLED_TONES', (_name, text, i) => {
    expect(codes(scrambleTones(text, 0.05, 1000 + i))).toContain('SCRAMBLED_TONES');
  });

  it.each(CLEAN.map((d) => [d.name, d.text] as const))('%s with its first and last lines letter-spaced is restored exactly', (_name, text) => {
    const lines = text.split('\n');
    const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
    const picked = new Set([...filled.slice(0, 6), ...filled.slice(-8)]);
    const spaced = lines.map((l, i) => (picked.has(i) ? spaceAfterOnsets(l) : l)).join('\n');
    expect(spaced).not.toBe(text);
    const r = repairText(spaced);
    expect(r.text).toBe(text);
    expect(r.repairs.map((x) => x.code)).toEqual(['LETTER_SPACED']);
    expect(codes(spaced)).toContain('LETTER_SPACED');
  });

  it.each(CLEAN.map((d, i) => [d.name, d.text, i] as const))('%s cut inside a word is CUT_SHORT', (_name, text, i) => {
    const rnd = random(2000 + i);
    // Cut after the onset of a word of the body, as the 2,000-character extracts were cut.
    const words = [...text.matchAll(/(?<=[\s,])(?:ngh|ng|nh|th|tr|ch|kh|ph|[bcdđhlmnstv])(?=[\p{L}\p{M}]{2,}[\s,.;])/gu)];
    const inBody = words.filter((m) => m.index > text.length * 0.2 && m.index < text.length * 0.8);
    for (let k = 0; k < 3; k++) {
      const m = inBody[Math.floor(rnd() * inBody.length)]!;
      expect(codes(text.slice(0, m.index + m[0].length)), text.slice(m.index - 30, m.index + 10)).toContain('CUT_SHORT');
    }
  });
});
