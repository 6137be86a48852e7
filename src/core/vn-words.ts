/**
 * The words of a text as the damage detectors see them, in one pass: whitespace-separated chunks
 * that are letters only once leading and trailing punctuation is cut. Chunks holding digits or
 * inner punctuation ("1154-CV/TU", "Đ/c", "b/c", "www.chinhphu.vn", "UBND-MTTQ") are not words
 * here: they are numbers, abbreviations and addresses, never damage.
 */
import { checkSyllable, isSyllable, type SyllableCheck } from './vn-syllable.ts';
import { boundedMemo } from './bounded-memo.ts';
import { classes, classOf, KEY_LETTERS, readChunk, span } from './word-edges.ts';
import { TextWords, type WordCase, type WordFacts } from './text-words.ts';

export type { TextWords, WordCase } from './text-words.ts';

function caseOf(w: string): WordCase {
  const lower = w.toLowerCase();
  if (w === lower) return 'lower';
  const upper = w.toUpperCase();
  if (w === upper) return w.length === 1 ? 'capitalized' : 'caps';
  return w.charAt(0) + lower.slice(1) === w ? 'capitalized' : 'mixed';
}

/** Case and syllable check per distinct word, remembered: a corpus has a few thousand. */
const facts = boundedMemo(100_000, (w): { lower: string; case: WordCase; check: SyllableCheck } =>
  ({ lower: w.toLowerCase(), case: caseOf(w), check: checkSyllable(w) }));

/** The facts of `w`, a new object for a slot of the cache below. */
function factsOf(w: string): WordFacts {
  const f = facts(w);
  return { text: w, ...f, ordinary: f.case === 'lower' || f.case === 'capitalized' };
}

/**
 * `w.length === end - start && text.startsWith(w, start)`, compared by hand: `startsWith` with a
 * position was the scan's costliest line; by hand the scan takes 0.16 ms a document instead of 0.22.
 */
function sameAt(text: string, start: number, end: number, w: string): boolean {
  if (w.length !== end - start) return false;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * A direct-mapped cache of word facts by hash, in front of the string memo: a corpus has a few
 * thousand words. A word is found by its hash and checked by its exact key (`KEY_LETTERS`), or
 * for a longer word by its characters: no string is cut from the text to look it up, and the
 * word's `text` is the one string shared by all its places.
 */
const SLOTS = 1 << 15;
const bySlot = new Array<WordFacts | undefined>(SLOTS);
/** The exact key (`span.k0`, `k1`, `k2` of word-edges.ts) of the word in each slot. */
const slotKeys = new Float64Array(3 * SLOTS);

/** The last scan: `repairText` then `assessQuality` on the same text scan it once. */
let last: { text: string; words: TextWords } | null = null;

/** The letter-only words of `text` (NFC), in order. One pass; about 3 ms for 100,000 characters. */
export function scanWords(text: string): TextWords {
  if (last?.text === text) return last.words;
  const words = scan(text);
  last = { text, words };
  return words;
}

/**
 * The chunks of `/\S+/gu`, found by hand in one pass that counts line breaks as it passes them;
 * a chunk is a word as `readChunk` says, read here for the plain chunks (no mark, no surrogate):
 * letters, cut punctuation before and after them. Each word's hash and exact key are made as its
 * letters are read. Every character costs here (tens of instructions each), so the loop is one
 * function, and the classes are written as numbers (1 SPACE, 2 L, 4 N, 5 OTHER of word-edges.ts):
 * bundled, the named constants are variables, each comparison a load.
 */
function scan(text: string): TextWords {
  // About one word in five characters (1,360 in 6,500): the columns rarely grow.
  const out = new TextWords(text.length >> 2);
  const table = classes;
  let line = 0;
  let prevLine = -1;
  let prevTrail: boolean | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let k = table[code]! || classOf(code);
    if (k === 1) { if (code === 10) line++; i++; continue; }
    const from = i;
    let start = -1, end = -1, plain = true, word = true, h = 0, k0 = 0, k1 = 0, k2 = 0;
    // Before the letters: cut punctuation (a digit spoils the word, a mark takes the expressions).
    while (k !== 2) {
      if (k === 4) word = false;
      else if (k !== 5) plain = false;
      if (++i >= n) break;
      code = text.charCodeAt(i);
      k = table[code]! || classOf(code);
      if (k === 1) break;
    }
    if (k === 2) {
      start = i;
      for (let p = 0; ; p++) {
        h = (Math.imul(h, 31) + code) | 0;
        // Past `KEY_LETTERS` letters k2 grows inexact (at worst to Infinity): such words are compared by their characters.
        if (p < 3) k0 = k0 * 65536 + code;
        else if (p < 6) k1 = k1 * 65536 + code;
        else k2 = k2 * 65536 + code;
        if (++i >= n) { k = 1; break; }
        code = text.charCodeAt(i);
        k = table[code]! || classOf(code);
        if (k !== 2) break;
      }
      if (k !== 1) {
        end = i;
        // After the letters: cut punctuation only; letters or a digit again make no word ("Đ/c").
        for (;;) {
          if (k === 2 || k === 4) word = false;
          else if (k !== 5) plain = false;
          if (++i >= n) break;
          code = text.charCodeAt(i);
          k = table[code]! || classOf(code);
          if (k === 1) break;
        }
      }
    }
    if (end < 0) end = i;
    if (!plain) {
      if (!readChunk(text, from)) { prevTrail = null; continue; }
      start = span.start; end = span.end; h = span.hash; k0 = span.k0; k1 = span.k1; k2 = span.k2;
    } else if (!word || start < 0) { prevTrail = null; continue; }
    const len = end - start;
    const slot = (h + Math.imul(len, 0x9e3779b1)) & (SLOTS - 1), at = 3 * slot;
    let f = bySlot[slot];
    if (f === undefined || (len <= KEY_LETTERS
      ? f.text.length !== len || slotKeys[at] !== k0 || slotKeys[at + 1] !== k1 || slotKeys[at + 2] !== k2
      : !sameAt(text, start, end, f.text))) {
      // A miss, or another word in the slot: the string memo answers, and the slot takes this word.
      f = bySlot[slot] = factsOf(text.slice(start, end));
      slotKeys[at] = k0; slotKeys[at + 1] = k1; slotKeys[at + 2] = k2;
    }
    const trail = end < i;
    out.push(f, start, line, prevTrail === false && prevLine === line && start === from, trail);
    prevTrail = trail;
    prevLine = line;
  }
  return out;
}

const VOWEL = /[aeiouy]/iu;

/**
 * A lower-case (or capitalized) chunk of two letters or more with no vowel: what is left of a word
 * whose accented vowels a converter dropped ("nhn", "dn", "thng", "cc", "Chnh" in the MTTQ Quảng Ninh
 * guide). English and abbreviations in capitals have vowels or are capitals; units ("km", "kg") are rare.
 */
export function isVowellessStub(words: TextWords, i: number): boolean {
  const c = words.case(i);
  return (c === 'lower' || c === 'capitalized') && words.text(i).length >= 2
    && words.check(i) === 'invalid' && !VOWEL.test(words.text(i).normalize('NFD'));
}

/**
 * Evidence of dropped letters: enough vowelless stubs among the ordinary (non-capital) words. A
 * stub that makes a syllable with the next piece ("th ực", "ph ủ") is letter spacing, not a loss.
 */
export function droppedLetterEvidence(words: TextWords): { stubs: number; ordinary: number; dropped: boolean } {
  let stubs = 0;
  const { ordinary } = words;
  for (const i of words.unusual) {
    if (!isVowellessStub(words, i)) continue;
    if (words.linked(i + 1) && isSyllable(words.text(i) + words.lower(i + 1))) continue;
    stubs++;
  }
  // Clean documents have 0–2 such chunks ("Stt"); the damaged MTTQ files 13–16 % of their words.
  return { stubs, ordinary, dropped: stubs >= 5 && stubs >= 0.02 * ordinary };
}
