/**
 * Re-joins words a PDF text layer letter-spaced: "ỦY B AN NHÂN D Â N" → "ỦY BAN NHÂN DÂN",
 * "T hủ tướ ng C h í nh ph ủ" → "Thủ tướng Chính phủ" (QĐ 3210/QĐ-UBND TP.HCM), "H u ế" → "Huế"
 * (KL 445-KL/TU Thừa Thiên Huế). A join is made only when the joined pieces make one Vietnamese
 * syllable and at least one piece was no syllable on its own, so clean prose ("do anh",
 * "khu vực I", "điểm b khoản 2") is never touched.
 */
import type { TextWords } from './text-words.ts';
import { group, joinText } from './letter-spacing-groups.ts';

/** One join: offsets in the text, the pieces as printed and the word they make. */
export interface Join {
  readonly start: number;
  readonly end: number;
  readonly from: string;
  readonly to: string;
}

/**
 * Lower-case syllables written whole in the text, the words a letter-spaced line most likely
 * holds. Pieces of letter-spaced words ("ội" of "h ội") are not written whole: a syllable next to
 * a piece that is none is left out.
 */
export function vocabularyOf(words: TextWords): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (words.text(i).length < 2 || !words.valid(i)) continue;
    if ((words.linked(i) && !words.valid(i - 1)) || (words.linked(i + 1) && !words.valid(i + 1))) continue;
    out.add(words.lower(i));
  }
  return out;
}

/** A piece that cannot stand alone, next to its neighbours: worth a look. */
function candidate(words: TextWords, i: number): boolean {
  return !words.valid(i) && (words.linked(i) || words.linked(i + 1));
}

/**
 * The joins of letter-spaced words in a scanned text (`scanWords`), in text order. `vocabulary`
 * (`vocabularyOf`) settles ties; it is built only when pieces may join.
 */
export function letterSpacingJoins(text: string, words: TextWords, vocabulary: () => ReadonlySet<string>): Join[] {
  const joins: Join[] = [];
  // Per line, computed once: a flattened text is one line with many chains.
  const dense = new Map<number, boolean>();
  // Only a word that is no syllable may be a candidate; a chain's words are not looked at twice.
  let after = -1;
  for (const i of words.unusual) {
    if (i <= after || !candidate(words, i)) continue;
    let s = i;
    while (s > 0 && words.linked(s)) s--;
    let e = i;
    while (words.linked(e + 1)) e++;
    const line = words.line(s);
    if (!dense.has(line)) dense.set(line, denseLine(words, line, s));
    joins.push(...chainJoins(text, words, s, e, vocabulary, dense.get(line)!));
    after = e;
  }
  return joins;
}

/** A letter-spaced line: QĐ 3210's "Nơi nhận" cell, where most pieces on the line are no syllable. */
function denseLine(words: TextWords, line: number, near: number): boolean {
  let a = near, b = near;
  while (a > 0 && words.line(a - 1) === line) a--;
  while (b + 1 < words.length && words.line(b + 1) === line) b++;
  let invalid = 0;
  for (let k = a; k <= b; k++) if (!words.valid(k)) invalid++;
  return invalid >= 3 && invalid / (b - a + 1) >= 0.4;
}

function chainJoins(text: string, words: TextWords, first: number, last: number, vocabulary: () => ReadonlySet<string>, dense: boolean): Join[] {
  const n = last - first + 1;
  const starts = group(words, first, n, vocabulary, dense);
  const out: Join[] = [];
  const stranded = (k: number) => k < n && !words.valid(first + k) && words.text(first + k).length === 1;
  starts.forEach((s, k) => {
    const e = (starts[k + 1] ?? n) - 1;
    if (e === s) return;
    const to = joinText(words, first + s, first + e + 1);
    // "T T U B" (TTUB, an abbreviation spaced out) is no word: a join next to single letters left
    // unjoined is made only when the document writes that word elsewhere.
    const strandedLeft = k > 0 && starts[k - 1] === s - 1 && stranded(s - 1);
    const strandedRight = (starts[k + 2] ?? n) === e + 2 && stranded(e + 1);
    if ((strandedLeft || strandedRight) && !vocabulary().has(to.toLowerCase())) return;
    const start = words.start(first + s), end = words.end(first + e);
    out.push({ start, end, from: text.slice(start, end), to });
  });
  return out;
}
