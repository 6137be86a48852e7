/**
 * Matching for the effects stage: the word lists compiled into regular expressions over a clause's
 * folded tokens, and token text read back (the hits themselves: effect-hits.ts).
 */
import type { Token } from './types.ts';
import type { TextHits } from './effect-hits.ts';
import { canonicalTone, tokenize } from './normalize.ts';
import { sharedText } from './bounded-memo.ts';

/** Shorthands usable in patterns; "0,5 %" folds to "0 , 5 %". */
const MACROS: Readonly<Record<string, string>> = {
  date: '(?:\\d{1,2} / \\d{1,2} / \\d{4}|\\d{1,2} tháng \\d{1,2} năm \\d{4})',
  num: '\\d+(?: , \\d+)?',
  ubnd: '(?:uỷ ban nhân dân|ubnd)',
  hdnd: '(?:hội đồng nhân dân|hđnd)',
  mttq: '(?:mặt trận tổ quốc(?: việt nam)?|mttq(?: việt nam)?)',
};

/** A phrase as printed → its folded form ("Chấp hành nghiêm" → "chấp hành nghiêm"). */
export const foldPhrase = (phrase: string): string => tokenize(phrase.normalize('NFC')).map((t) => t.norm).join(' ');

/** Regular-expression source of a word-list phrase over folded text (see `compile`). */
export function sourceOf(phrase: string, pattern: boolean): string {
  return pattern
    ? phrase.replace(/\{(\w+)\}/gu, (m, k: string) => MACROS[k] ?? m).replace(/\p{L}+/gu, (w) => canonicalTone(w))
    : foldPhrase(phrase).replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/**
 * Compiles a word-list phrase into a global regular expression over folded text that only matches
 * whole tokens. A literal phrase is folded; a pattern has its macros expanded and its letters put
 * in canonical tone placement, so the lists may spell "ủy" or "uỷ".
 */
export function compile(phrase: string, pattern = false): RegExp {
  return new RegExp(`(?<![^ ])(?:${sourceOf(phrase, pattern)})(?![^ ])`, 'gu');
}

/** Tokens folded into one string: norms joined by single spaces, with each token's offsets in it. */
export interface Folded {
  readonly text: string;
  /**
   * Per token: where it starts and ends in `text`, both ascending. Not per character (two
   * Int32Arrays the length of the text, as before): typed arrays that size live off the heap, and
   * allocating them for every local clause was a twentieth of the effects stage.
   */
  readonly from: readonly number[];
  readonly to: readonly number[];
  /** What the word lists found in the text (effect-hits.ts's record; null until it is looked up there). */
  hits: TextHits | null;
}

/**
 * Folded forms of central clauses' token arrays: a central clause is folded once, not once per
 * document that carries it. Local clauses are folded with `fold`, unremembered: the analysis keeps
 * their tokens, and a remembered fold (two offsets per character) would stay as long.
 */
const folds = new WeakMap<readonly Token[], Folded>();

/** `fold` of a central clause's tokens, remembered for the next document. */
export function foldShared(tokens: readonly Token[]): Folded {
  let f = folds.get(tokens);
  if (!f) folds.set(tokens, (f = fold(tokens)));
  return f;
}

export function fold(tokens: readonly Token[]): Folded {
  const text = foldedAll(tokens);
  const from = new Array<number>(tokens.length), to = new Array<number>(tokens.length);
  let at = 0;
  for (let i = 0; i < tokens.length; i++) { from[i] = at; at += tokens[i]!.norm.length; to[i] = at; at += 1; }
  return { text, from, to, hits: null };
}

/** Index of the first of `xs` (ascending) that is `x`, or −1. */
function indexIn(xs: readonly number[], x: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (xs[mid]! < x) lo = mid + 1; else hi = mid; }
  return lo < xs.length && xs[lo] === x ? lo : -1;
}

/** The token starting at character `pos` of the folded text, or −1. */
export const tokenStartingAt = (f: Folded, pos: number): number => indexIn(f.from, pos);

/** The index after the token ending at character `pos` of the folded text, or −1. */
export function tokenEndingAt(f: Folded, pos: number): number {
  const i = indexIn(f.to, pos);
  return i < 0 ? -1 : i + 1;
}

/** A word-list entry to match: `named` hits continue over the capitalized words that follow ("tỉnh Nghệ An"). */
export interface Entry { readonly phrase: string; readonly pattern?: boolean | undefined; readonly named?: boolean | undefined }

/** Printed texts held once each: effects keep them as evidence and values, and a batch repeats them. */
const printed = sharedText(16_384);

/** Text of tokens [from, to) as printed, one space where the source had any. */
export function textOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    out += i > from && t.start > tokens[i - 1]!.end ? ` ${t.text}` : t.text;
  }
  return printed(out);
}

/** `slice`'s reading of an index: negative counts from the end, then clamped to [0, length]. */
const clamp = (i: number, length: number): number => (i < 0 ? Math.max(length + i, 0) : Math.min(i, length));

/** Longest run folded by concatenation: a longer one is joined, to one flat string (see `foldedOf`). */
const CONCAT_MAX = 8;

/**
 * Folded text of tokens [from, to) (indices as `slice` reads them). A few words are concatenated
 * in place: the effect rules fold two or three words at a time, thousands of times a document,
 * and slicing then mapping made two arrays for each. A whole clause is joined: concatenation
 * leaves a rope of pieces that every regular expression and hash over the text must first flatten.
 */
export function foldedOf(tokens: readonly Token[], from: number, to: number): string {
  const a = clamp(from, tokens.length), b = clamp(to, tokens.length);
  if (b - a === 1) return tokens[a]!.norm;
  if (b - a > CONCAT_MAX) return tokens.slice(a, b).map((t) => t.norm).join(' ');
  let out = '';
  for (let i = a; i < b; i++) out += i > a ? ` ${tokens[i]!.norm}` : tokens[i]!.norm;
  return out;
}

const wholes = new WeakMap<readonly Token[], string>();

/**
 * Folded text of all the tokens, remembered per token array: a local clause is folded as one side
 * of its pair and again as a sibling of every other carrier of its source (in the memo's key too).
 */
export function foldedAll(tokens: readonly Token[]): string {
  let text = wholes.get(tokens);
  if (text === undefined) wholes.set(tokens, (text = foldedOf(tokens, 0, tokens.length)));
  return text;
}
