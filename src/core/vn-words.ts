/**
 * The words of a text as the damage detectors see them, in one pass: whitespace-separated chunks
 * that are letters only once leading and trailing punctuation is cut. Chunks holding digits or
 * inner punctuation ("1154-CV/TU", "Đ/c", "b/c", "www.chinhphu.vn", "UBND-MTTQ") are not words
 * here: they are numbers, abbreviations and addresses, never damage.
 */
import { checkSyllable, isSyllable, type SyllableCheck } from './vn-syllable.ts';
import { isSpace } from './spaces.ts';
import { boundedMemo } from './bounded-memo.ts';
import { readChunk, span } from './word-edges.ts';
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

/**
 * The facts of the word at `text[start, end)`, whose characters hash to `hash` (`hashOf`), found
 * by that hash: no string is cut from the text to look it up, and the word's `text` is the one
 * string shared by all its places.
 */
function factsAt(text: string, start: number, end: number, hash: number): WordFacts {
  const slot = (hash + Math.imul(end - start, 0x9e3779b1)) & (SLOTS - 1);
  const f = bySlot[slot];
  if (f !== undefined && sameAt(text, start, end, f.text)) return f;
  // A miss, or another word in the slot: the string memo answers, and the slot takes this word.
  const w = text.slice(start, end);
  return (bySlot[slot] = { text: w, ...facts(w) });
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

/** A direct-mapped cache of word facts by hash, in front of the string memo: a corpus has a few thousand words. */
const SLOTS = 1 << 15;
const bySlot = new Array<WordFacts | undefined>(SLOTS);

/** The last scan: `repairText` then `assessQuality` on the same text scan it once. */
let last: { text: string; words: TextWords } | null = null;

/** The letter-only words of `text` (NFC), in order. One pass; about 3 ms for 100,000 characters. */
export function scanWords(text: string): TextWords {
  if (last?.text === text) return last.words;
  const words = scan(text);
  last = { text, words };
  return words;
}

function scan(text: string): TextWords {
  // About one word in five characters (1,360 in 6,500): the columns rarely grow.
  const out = new TextWords(text.length >> 2);
  let line = 0;
  let prevLine = -1;
  let prevTrail: boolean | null = null;
  const n = text.length;
  // The chunks of `/\S+/gu`, found by hand: one pass, counting line breaks as they are passed.
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { if (c === 10) line++; i++; continue; }
    const from = i;
    const word = readChunk(text, from);
    i = span.to;
    if (!word) { prevTrail = null; continue; }
    const { start, end } = span;
    const lead = start - from, trail = end < i;
    const f = factsAt(text, start, end, span.hash);
    out.push(f, start, end, line, prevTrail === false && prevLine === line && lead === 0, trail);
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
