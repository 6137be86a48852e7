/**
 * Where the letters of a chunk of text are, for `scanWords`: a chunk is a word when it is letters
 * (and marks) only, or letters with punctuation cut on either side ("thực,", "“Đảng"); chunks
 * holding digits or inner punctuation ("1154-CV/TU", "Đ/c") are none. Read from a per-character
 * table, with the two expressions that define it (`LETTERS`, `EDGED`) for marks and surrogates.
 */
import { isSpace } from './spaces.ts';

const LETTERS = /^[\p{L}\p{M}]+$/u;
const EDGED = /^([^\p{L}\p{N}]*)([\p{L}\p{M}]+)([^\p{L}\p{N}]*)$/u;

/** Character classes (`classOf`): white space, letter, mark (or surrogate), digit, other. */
export const SPACE = 1, L = 2, M = 3, N = 4, OTHER = 5;

/**
 * White space (`\s`), `\p{L}`, `\p{M}`, `\p{N}` or other, per BMP code unit, filled as met (0:
 * not yet). Surrogates count as marks: a chunk holding one is read by the expressions.
 */
export const classes = new Uint8Array(0x10000).fill(M, 0xd800, 0xe000);

/** The class of a code unit the table has not met yet (`classes[code] === 0`), now remembered. */
export function classOf(code: number): number {
  const c = String.fromCharCode(code);
  return (classes[code] = isSpace(code) ? SPACE : /\p{L}/u.test(c) ? L : /\p{M}/u.test(c) ? M : /\p{N}/u.test(c) ? N : OTHER);
}

/**
 * What `readChunk` found (reused: one answer at a time): the chunk's end `to`, and when it is a
 * word, its letters `[start, end)`, their `hash` (`hashOf`) and their exact key (`keysOf`).
 */
export const span = { start: 0, end: 0, to: 0, hash: 0, k0: 0, k1: 0, k2: 0 };

/** The hash `scanWords` gives the letters `text[start, end)`: any hash would do, as long as it is this one. */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/**
 * Letters per part of a word's exact key: three 16-bit code units make 48 bits, which a double
 * holds exactly. Two words of up to `KEY_LETTERS` letters and of the same length are equal exactly
 * when their keys are: no character need be read again to compare them.
 */
export const KEY_LETTERS = 9;

/** The exact key of `text[start, end)` into `span.k0`, `k1`, `k2` (past `KEY_LETTERS` letters, inexact). */
function keysOf(text: string, start: number, end: number): void {
  let k0 = 0, k1 = 0, k2 = 0;
  for (let k = start; k < end; k++) {
    const p = k - start, code = text.charCodeAt(k);
    if (p < 3) k0 = k0 * 65536 + code;
    else if (p < 6) k1 = k1 * 65536 + code;
    else k2 = k2 * 65536 + code;
  }
  span.k0 = k0; span.k1 = k1; span.k2 = k2;
}

/**
 * Reads the chunk (`\S+`) starting at `from`, a character that is no white space, into `span`;
 * true when it is a word: letters only (`LETTERS`), or letters with what is cut on either side
 * (`EDGED`). The scan reads plain chunks itself; this is the whole rule, for the chunks it leaves.
 */
export function readChunk(text: string, from: number): boolean {
  let j = from;
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  span.to = j;
  const chunk = text.slice(from, j);
  if (LETTERS.test(chunk)) { span.start = from; span.end = j; }
  else {
    const e = EDGED.exec(chunk);
    if (!e) return false;
    span.start = from + e[1]!.length;
    span.end = span.start + e[2]!.length;
  }
  span.hash = hashOf(text, span.start, span.end);
  keysOf(text, span.start, span.end);
  return true;
}
