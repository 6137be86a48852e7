/**
 * The words of a text as the damage detectors see them, in one pass: whitespace-separated chunks
 * that are letters only once leading and trailing punctuation is cut. Chunks holding digits or
 * inner punctuation ("1154-CV/TU", "Đ/c", "b/c", "www.chinhphu.vn", "UBND-MTTQ") are not words
 * here: they are numbers, abbreviations and addresses, never damage.
 */
import { checkSyllable, isSyllable, type SyllableCheck } from './vn-syllable.ts';
import { isSpace } from './spaces.ts';

/** How a word is capitalized; all-capital words of two letters or more are mostly abbreviations (UBND, HĐND, MTTQ, BCĐ). */
export type WordCase = 'lower' | 'capitalized' | 'caps' | 'mixed';

export interface TextWord {
  readonly text: string;
  /** `text` in lower case. */
  readonly lower: string;
  /** Offsets of the letters (punctuation around them excluded) in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly case: WordCase;
  readonly check: SyllableCheck;
  /** 0-based line number. */
  readonly line: number;
  /**
   * True when this word may join the previous one as letter-spaced pieces: only spaces between
   * them (no line break, no other chunk) and no punctuation on the facing sides.
   */
  readonly linked: boolean;
  /** Punctuation glued after the letters ("inh," in "M inh,"). */
  readonly trail: boolean;
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const EDGED = /^([^\p{L}\p{N}]*)([\p{L}\p{M}]+)([^\p{L}\p{N}]*)$/u;

function caseOf(w: string): WordCase {
  const lower = w.toLowerCase();
  if (w === lower) return 'lower';
  const upper = w.toUpperCase();
  if (w === upper) return w.length === 1 ? 'capitalized' : 'caps';
  return w.charAt(0) + lower.slice(1) === w ? 'capitalized' : 'mixed';
}

/** Case and syllable check per distinct word: a corpus has a few thousand. */
const memo = new Map<string, { lower: string; case: WordCase; check: SyllableCheck }>();
const MEMO_MAX = 100_000;

function facts(w: string): { lower: string; case: WordCase; check: SyllableCheck } {
  let f = memo.get(w);
  if (!f) {
    f = { lower: w.toLowerCase(), case: caseOf(w), check: checkSyllable(w) };
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(w, f);
  }
  return f;
}

/** The last scan: `repairText` then `assessQuality` on the same text scan it once. */
let last: { text: string; words: readonly TextWord[] } | null = null;

/** The letter-only words of `text` (NFC), in order. One pass; about 3 ms for 100,000 characters. */
export function scanWords(text: string): readonly TextWord[] {
  if (last?.text === text) return last.words;
  const words = scan(text);
  last = { text, words };
  return words;
}

function scan(text: string): TextWord[] {
  const out: TextWord[] = [];
  let line = 0;
  let prevLine = -1;
  let prevTrail: boolean | null = null;
  const n = text.length;
  // The chunks of `/\S+/gu`, found by hand: one pass, counting line breaks as they are passed.
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { if (c === 10) line++; i++; continue; }
    const from = i;
    let ascii = true; // ASCII letters only, so far: such a chunk needs no regex
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (isSpace(d)) break;
      if (ascii && !((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) ascii = false;
    }
    const chunk = text.slice(from, i);
    let letters = chunk, lead = 0, trail = false;
    if (!ascii) {
      const e = edged(chunk);
      if (!e) { prevTrail = null; continue; }
      if (typeof e !== 'string') { letters = e.letters; lead = e.lead; trail = e.trail; }
    }
    const start = from + lead;
    const f = facts(letters);
    out.push({
      text: letters, lower: f.lower, start, end: start + letters.length, case: f.case, check: f.check, line,
      linked: prevTrail === false && prevLine === line && lead === 0, trail,
    });
    prevTrail = trail;
    prevLine = line;
  }
  return out;
}

const L = 1, M = 2, N = 3, OTHER = 4;
/** `\p{L}`, `\p{M}`, `\p{N}` or other, per BMP code unit, filled as met. */
const classes = new Uint8Array(0x10000);
const classOf = (code: number): number => {
  let k = classes[code]!;
  if (k === 0) {
    const c = String.fromCharCode(code);
    k = classes[code] = /\p{L}/u.test(c) ? L : /\p{M}/u.test(c) ? M : /\p{N}/u.test(c) ? N : OTHER;
  }
  return k;
};

/**
 * `chunk` itself when it is letters only (`LETTERS`), else its letters with what is cut on either
 * side (`EDGED`), or null when it has none. A chunk of letters and other characters, the usual
 * case ("thực,", "“Đảng"), is read from the table; marks, surrogates and the rest take the regexes.
 */
function edged(chunk: string): string | { letters: string; lead: number; trail: boolean } | null {
  let first = -1, end = -1, plain = true, number = false;
  for (let j = 0; j < chunk.length; j++) {
    const code = chunk.charCodeAt(j);
    const k = code >= 0xd800 && code <= 0xdfff ? M : classOf(code);
    if (k === L) {
      if (end >= 0) return null; // letters, other characters, letters: "Đ/c" (EDGED cannot match)
      if (first < 0) first = j;
    } else if (k === OTHER) {
      if (first >= 0 && end < 0) end = j;
    } else if (k === N) number = true;
    else plain = false;
  }
  if (!plain) {
    if (LETTERS.test(chunk)) return chunk;
    const e = EDGED.exec(chunk);
    return e ? { letters: e[2]!, lead: e[1]!.length, trail: e[3] !== '' } : null;
  }
  if (number || first < 0) return null;
  if (first === 0 && end < 0) return chunk;
  return { letters: chunk.slice(first, end < 0 ? chunk.length : end), lead: first, trail: end >= 0 };
}

const VOWEL = /[aeiouy]/iu;

/**
 * A lower-case (or capitalized) chunk of two letters or more with no vowel: what is left of a word
 * whose accented vowels a converter dropped ("nhn", "dn", "thng", "cc", "Chnh" in the MTTQ Quảng Ninh
 * guide). English and abbreviations in capitals have vowels or are capitals; units ("km", "kg") are rare.
 */
export function isVowellessStub(w: TextWord): boolean {
  return (w.case === 'lower' || w.case === 'capitalized') && w.text.length >= 2
    && w.check === 'invalid' && !VOWEL.test(w.text.normalize('NFD'));
}

/**
 * Evidence of dropped letters: enough vowelless stubs among the ordinary (non-capital) words. A
 * stub that makes a syllable with the next piece ("th ực", "ph ủ") is letter spacing, not a loss.
 */
export function droppedLetterEvidence(words: readonly TextWord[]): { stubs: number; ordinary: number; dropped: boolean } {
  let stubs = 0, ordinary = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.case !== 'lower' && w.case !== 'capitalized') continue;
    ordinary++;
    if (!isVowellessStub(w)) continue;
    const next = words[i + 1];
    if (next?.linked && isSyllable(w.text + next.lower)) continue;
    stubs++;
  }
  // Clean documents have 0–2 such chunks ("Stt"); the damaged MTTQ files 13–16 % of their words.
  return { stubs, ordinary, dropped: stubs >= 5 && stubs >= 0.02 * ordinary };
}
