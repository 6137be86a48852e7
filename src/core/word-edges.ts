/**
 * Where the letters of a chunk of text are, for `scanWords`: a chunk is a word when it is letters
 * (and marks) only, or letters with punctuation cut on either side ("thực,", "“Đảng"); chunks
 * holding digits or inner punctuation ("1154-CV/TU", "Đ/c") are none. Read from a per-character
 * table, with the two expressions that define it (`LETTERS`, `EDGED`) for marks and surrogates.
 */
import { isSpace } from './spaces.ts';

const LETTERS = /^[\p{L}\p{M}]+$/u;
const EDGED = /^([^\p{L}\p{N}]*)([\p{L}\p{M}]+)([^\p{L}\p{N}]*)$/u;

const SPACE = 1, L = 2, M = 3, N = 4, OTHER = 5;
/** White space (`\s`), `\p{L}`, `\p{M}`, `\p{N}` or other, per BMP code unit, filled as met. */
const classes = new Uint8Array(0x10000);
const classOf = (code: number): number => {
  let k = classes[code]!;
  if (k === 0) {
    const c = String.fromCharCode(code);
    k = classes[code] = isSpace(code) ? SPACE : /\p{L}/u.test(c) ? L : /\p{M}/u.test(c) ? M : /\p{N}/u.test(c) ? N : OTHER;
  }
  return k;
};

/**
 * What `readChunk` found (reused: one answer at a time): the chunk's end `to`, and when it is a
 * word, its letters `[start, end)` and `hash`, a hash of those letters (`hashOf`).
 */
export const span = { start: 0, end: 0, to: 0, hash: 0 };

/** The hash `readChunk` gives the letters `text[start, end)`: any hash would do, as long as it is this one. */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/**
 * Reads the chunk (`\S+`) starting at `from`, a character that is no white space, into `span`;
 * true when it is a word: letters only (`LETTERS`), or letters with what is cut on either side
 * (`EDGED`). One pass over the characters finds the chunk's end, its letters and their hash: the
 * scan, the edges and the hash were three passes. Marks and surrogates take the regexes.
 */
export function readChunk(text: string, from: number): boolean {
  const n = text.length;
  let first = -1, end = -1, plain = true, word = true, h = 0, j = from;
  for (; j < n; j++) {
    const code = text.charCodeAt(j);
    const k = code >= 0xd800 && code <= 0xdfff ? M : classOf(code);
    if (k === L) {
      if (end >= 0) word = false; // letters, other characters, letters: "Đ/c" (EDGED cannot match)
      else { if (first < 0) first = j; h = (Math.imul(h, 31) + code) | 0; }
    } else if (k === OTHER) {
      if (first >= 0 && end < 0) end = j;
    } else if (k === SPACE) break;
    else if (k === N) word = false;
    else plain = false;
  }
  span.to = j;
  if (!plain) return marked(text, from, j);
  if (!word || first < 0) return false;
  span.start = first;
  span.end = end < 0 ? j : end;
  span.hash = h;
  return true;
}

/** A chunk holding marks or surrogates, read by the expressions themselves. */
function marked(text: string, from: number, to: number): boolean {
  const chunk = text.slice(from, to);
  if (LETTERS.test(chunk)) { span.start = from; span.end = to; }
  else {
    const e = EDGED.exec(chunk);
    if (!e) return false;
    span.start = from + e[1]!.length;
    span.end = span.start + e[2]!.length;
  }
  span.hash = hashOf(text, span.start, span.end);
  return true;
}
