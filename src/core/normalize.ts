/**
 * Stage 1: tokenize and normalize. Every token keeps its original text, its comparison form and
 * its offsets, so a highlight on a normalized comparison maps back to the source.
 */
import type { Token } from './types.ts';
import { vietnameseWords } from './nlp-adapter.ts';
import { boundedMemo } from './bounded-memo.ts';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VOWELS = 'aăâeêioôơuưy';
const SHAPED = 'ăâêôơư';
/** Open two-vowel rhymes whose tone sits on the second vowel in the canonical placement (hoá, uỷ, thuý). */
const SECOND = new Set(['oa', 'oe', 'uy']);

/**
 * Canonical tone-mark placement of one lower-case syllable, so that `hoá` = `hóa`, `uỷ` = `ủy`,
 * `thuý` = `thúy`. The seeds mix both styles: KL 54 writes "chuyển hoá", Lạng Sơn "chuyển hóa".
 */
export function canonicalTone(syllable: string): string {
  const nfd = syllable.normalize('NFD');
  const tone = nfd.match(TONES)?.[0];
  const base = nfd.replace(TONES, '').normalize('NFC');
  if (!tone) return base;
  const at = tonePosition(base);
  if (at < 0) return (base + tone).normalize('NFC');
  return (base.slice(0, at + 1) + tone + base.slice(at + 1)).normalize('NFC');
}

function tonePosition(base: string): number {
  let s = 0;
  // "qu" and "gi" + vowel: the u / i belongs to the onset (quý, già).
  if (/^qu[aăâeêioôơuưy]/u.test(base)) s = 2;
  else if (/^gi[aăâeêioôơuưy]/u.test(base)) s = 2;
  while (s < base.length && !VOWELS.includes(base[s]!)) s++;
  if (s >= base.length) return -1;
  let e = s;
  while (e < base.length && VOWELS.includes(base[e]!)) e++;
  for (let i = e - 1; i >= s; i--) if (SHAPED.includes(base[i]!)) return i;
  const len = e - s;
  if (len === 1) return s;
  if (e < base.length) return e - 1;
  if (len >= 3) return s + 1;
  return SECOND.has(base.slice(s, e)) ? e - 1 : s;
}

/**
 * A word's text and comparison form (NFC, lower case, canonical tone placement), remembered: a
 * corpus has a few thousand distinct words. One string object per distinct word, the norm itself
 * when the word is written in its comparison form: an analysis holds every token (1.7 million at
 * N = 1,000), and each token's text as a string of its own was 30 MB of the benchmark's peak memory.
 */
const wordForms = boundedMemo(200_000, (word): { readonly text: string; readonly norm: string } => {
  const norm = canonicalTone(word.normalize('NFC').toLowerCase());
  return { text: norm === word ? norm : word, norm };
});

/** Comparison form of a word: NFC, lower case, canonical tone placement (one memo with the tokens' forms). */
export const normWord = (word: string): string => wordForms(word).norm;

/** Comparison form of a punctuation mark: all quotes → `"`, all dashes → `-`, ellipsis → `...`. */
export function normPunct(mark: string): string {
  return mark
    .replace(/[“”„‟"«»‘’‚‛'`´]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/…/gu, '...');
}

const SKIP = /[\s*#_\\]/u;

/**
 * Tokens of `text` (NFC), offsets shifted by `base` so they point into the document text.
 * Words come from natural's `AggressiveTokenizerVi`; the characters between words become
 * punctuation tokens (one per mark), except whitespace and leftover markdown.
 */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  const pushPunct = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const ch = text[i]!;
      if (SKIP.test(ch)) continue;
      // Surrogate pairs (emoji, rare CJK) stay one token.
      const code = text.codePointAt(i)!;
      const mark = String.fromCodePoint(code);
      out.push({ text: mark, norm: normPunct(mark), start: base + i, end: base + i + mark.length, word: false });
      if (mark.length === 2) i++;
    }
  };
  for (const w of vietnameseWords(text)) {
    const at = text.indexOf(w, cursor);
    if (at < 0) continue;
    pushPunct(cursor, at);
    const forms = wordForms(w);
    out.push({ text: forms.text, norm: forms.norm, start: base + at, end: base + at + w.length, word: true });
    cursor = at + w.length;
  }
  pushPunct(cursor, text.length);
  return out;
}

/** Folded form of a whole string for loose matching (search, snippets): words only, normalized. */
export function foldText(text: string): string {
  return tokenize(text.normalize('NFC')).filter((t) => t.word).map((t) => t.norm).join(' ');
}
