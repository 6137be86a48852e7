/**
 * Where the letters of a chunk of text are, for `scanWords`: a chunk is a word when it is letters
 * (and marks) only, or letters with punctuation cut on either side ("thực,", "“Đảng"); chunks
 * holding digits or inner punctuation ("1154-CV/TU", "Đ/c") are none. Read from a per-character
 * table, with the two expressions that define it (`LETTERS`, `EDGED`) for marks and surrogates.
 */

const LETTERS = /^[\p{L}\p{M}]+$/u;
const EDGED = /^([^\p{L}\p{N}]*)([\p{L}\p{M}]+)([^\p{L}\p{N}]*)$/u;

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

/** Where `edged` found the letters of a chunk (reused: one answer at a time). */
export const span = { start: 0, end: 0 };

/**
 * The letters of the chunk `text[from, to)` into `span`: the whole chunk when it is letters only
 * (`LETTERS`), else its letters with what is cut on either side (`EDGED`); false when it has none.
 * A chunk of letters and other characters, the usual case ("thực,", "“Đảng"), is read from the
 * table; marks, surrogates and the rest take the regexes.
 */
export function edged(text: string, from: number, to: number): boolean {
  let first = -1, end = -1, plain = true, number = false;
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
    const k = code >= 0xd800 && code <= 0xdfff ? M : classOf(code);
    if (k === L) {
      if (end >= 0) return false; // letters, other characters, letters: "Đ/c" (EDGED cannot match)
      if (first < 0) first = j;
    } else if (k === OTHER) {
      if (first >= 0 && end < 0) end = j;
    } else if (k === N) number = true;
    else plain = false;
  }
  if (!plain) {
    const chunk = text.slice(from, to);
    if (LETTERS.test(chunk)) { span.start = from; span.end = to; return true; }
    const e = EDGED.exec(chunk);
    if (!e) return false;
    span.start = from + e[1]!.length;
    span.end = span.start + e[2]!.length;
    return true;
  }
  if (number || first < 0) return false;
  span.start = first;
  span.end = end < 0 ? to : end;
  return true;
}
