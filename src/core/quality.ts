/**
 * Damage, said out loud: how much of a document's text survived its conversion, as codes and
 * values (never sentences: the UI and the CLI word them). A clean text gets no problem and score 1.
 *
 * Run it on the text as read (before `repairText`): it reports what was damaged, and for the
 * damage `repairText` undoes, how much was repaired.
 */
import { repairText, type RepairResult } from './repair-glyphs.ts';
import { cutShort } from './text-ending.ts';
import { droppedLetterEvidence, scanWords, type TextWords } from './vn-words.ts';

export type { Repair, RepairExample, RepairResult } from './repair-glyphs.ts';

/** Every problem code, in the order problems are listed. */
export const QUALITY_CODES = [
  'DROPPED_LETTERS', 'SCRAMBLED_TONES', 'PDF_GLYPHS', 'LETTER_SPACED', 'CUT_SHORT', 'PDFTOTEXT_LAYOUT',
] as const;
export type QualityCode = (typeof QUALITY_CODES)[number];

/**
 * `error`: the comparison of this text is unreliable and nothing can repair it; `warning`: part
 * of the result is affected; `info`: conversion traces the product undoes, said for transparency.
 */
export const QUALITY_SEVERITIES = ['info', 'warning', 'error'] as const;
export type QualitySeverity = (typeof QUALITY_SEVERITIES)[number];

export interface QualityProblem {
  readonly code: QualityCode;
  readonly severity: QualitySeverity;
  /** Figures and examples for the message; shares are 0..1, examples are joined by ", ". */
  readonly values: Readonly<Record<string, string | number>>;
}

export interface QualityReport {
  /** 0..1: 1 is a clean text; the product of (1 − penalty) over the problems (see `penalty`). */
  readonly score: number;
  readonly problems: readonly QualityProblem[];
}

export interface QualityOptions {
  /** `repairText(text)` when the caller already ran it, so it is not run twice. */
  readonly repaired?: RepairResult;
}

const SEVERITY: Readonly<Record<QualityCode, QualitySeverity>> = {
  DROPPED_LETTERS: 'error', SCRAMBLED_TONES: 'error', PDF_GLYPHS: 'warning', LETTER_SPACED: 'warning',
  CUT_SHORT: 'warning', PDFTOTEXT_LAYOUT: 'info',
};

const MAX_EXAMPLES = 5;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The most frequent words of a list, each once, joined for display. */
function examples(words: readonly string[]): string {
  const n = new Map<string, number>();
  for (const w of words) n.set(w, (n.get(w) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]).slice(0, MAX_EXAMPLES).map(([w]) => w).join(', ');
}

/**
 * Accented vowels lost: "CỘNG HA X HỘI", "Hội đồng nhn dn", "ngy 26 thng 9" (MTTQ files).
 * Decided on vowelless stubs (`droppedLetterEvidence`); the share counts every ordinary word that
 * is no syllable ("ngy", "x", "v"), a floor: "kha" (khóa) and "lin" (liên) are syllables too.
 */
function droppedLetters(words: TextWords): QualityProblem | null {
  const ev = droppedLetterEvidence(words);
  if (!ev.dropped) return null;
  const bad = wordsWhere(words, (i) => (words.case(i) === 'lower' || words.case(i) === 'capitalized') && words.check(i) === 'invalid');
  return problem('DROPPED_LETTERS', { share: round(bad.length / ev.ordinary), words: bad.length, examples: examples(bad.filter((w) => w.length > 1)) });
}

/**
 * Tone marks no encoding produces: two on one syllable ("KẾT LỦẬN", "ngàỷ") or one on a vowel
 * no placement uses ("nghịên", "lũận") — KL 127 as a republishing site scrambled it. Clean texts
 * of the seeds and the real set have none; "hoá"/"hóa", "uỷ"/"ủy" are both placements, not damage.
 */
function scrambledTones(words: TextWords): QualityProblem | null {
  const bad = wordsWhere(words, (i) => words.check(i) === 'two-tones' || words.check(i) === 'misplaced-tone');
  if (bad.length < 3 || bad.length < 0.01 * words.length) return null;
  return problem('SCRAMBLED_TONES', { share: round(bad.length / words.length), words: bad.length, examples: examples(bad) });
}

/** The text of every word `i` that is no valid syllable and for which `keep(i)`, in order. */
function wordsWhere(words: TextWords, keep: (i: number) => boolean): string[] {
  const out: string[] = [];
  for (const i of words.unusual) if (keep(i)) out.push(words.text(i));
  return out;
}

const PAGE_NUMBER_FIRST = /^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*(?:\n|$)/u;
const PAGE_NUMBER_LAST = /(?:^|\n)\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*$/u;

/** `pdftotext` output (Đoàn xã Phúc Thịnh's Kế hoạch): form feeds between pages, page numbers on their own lines. */
function pdftotextLayout(text: string): QualityProblem | null {
  const pages = text.split('\f');
  if (pages.length < 2) return null;
  // pdftotext puts the page number where the page prints it: first line ("\f2") or last line.
  const numbered = pages.filter((p) => PAGE_NUMBER_FIRST.test(p.slice(0, 20)) || PAGE_NUMBER_LAST.test(p.slice(-20))).length;
  return problem('PDFTOTEXT_LAYOUT', { pages: pages.filter((p) => p.trim()).length, pageNumbers: numbered });
}

function problem(code: QualityCode, values: Record<string, string | number>): QualityProblem {
  return { code, severity: SEVERITY[code], values };
}

/**
 * How much a problem lowers the score. Dropped letters and scrambled tones spoil every clause
 * they touch (about three times the share of damaged words); repaired glyphs and joins cost
 * little; a cut text loses its end, and with it the omissions near the end.
 */
function penalty(p: QualityProblem): number {
  switch (p.code) {
    case 'DROPPED_LETTERS': case 'SCRAMBLED_TONES': return Math.min(0.9, 3 * Number(p.values.share));
    case 'PDF_GLYPHS': case 'LETTER_SPACED': return 0.05;
    case 'CUT_SHORT': return 0.3;
    case 'PDFTOTEXT_LAYOUT': return 0.02;
  }
}

/** The quality of `text` (NFC, as read): its problems in `QUALITY_CODES` order and a score. */
export function assessQuality(text: string, opts: QualityOptions = {}): QualityReport {
  const words = scanWords(text);
  const repaired = opts.repaired ?? repairText(text);
  const problems: QualityProblem[] = [];
  const push = (p: QualityProblem | null) => { if (p) problems.push(p); };
  push(droppedLetters(words));
  push(scrambledTones(words));
  for (const code of ['PDF_GLYPHS', 'LETTER_SPACED'] as const) {
    const r = repaired.repairs.find((x) => x.code === code);
    if (r) push(problem(code, { repaired: r.count, examples: r.examples.map((e) => `${e.from} → ${e.to}`).join(', ') }));
  }
  const cut = cutShort(text);
  if (cut) push(problem('CUT_SHORT', { reason: cut.reason, ending: cut.ending }));
  push(pdftotextLayout(text));
  const score = problems.reduce((s, p) => s * (1 - penalty(p)), 1);
  return { score: Math.round(score * 100) / 100, problems };
}
