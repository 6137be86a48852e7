/**
 * Re-joins words a PDF text layer letter-spaced: "ỦY B AN NHÂN D Â N" → "ỦY BAN NHÂN DÂN",
 * "T hủ tướ ng C h í nh ph ủ" → "Thủ tướng Chính phủ" (QĐ 3210/QĐ-UBND TP.HCM), "H u ế" → "Huế"
 * (KL 445-KL/TU Thừa Thiên Huế). A join is made only when the joined pieces make one Vietnamese
 * syllable and at least one piece was no syllable on its own, so clean prose ("do anh",
 * "khu vực I", "điểm b khoản 2") is never touched.
 */
import { isSyllable } from './vn-syllable.ts';
import type { TextWord } from './vn-words.ts';

/** One join: offsets in the text, the pieces as printed and the word they make. */
export interface Join {
  readonly start: number;
  readonly end: number;
  readonly from: string;
  readonly to: string;
}

/** Longest run of pieces one syllable is made of ("C h í" is 3, "đ ộ n g" 4). */
const MAX_GROUP = 6;
const INVALID_LEFT = 100;
/** A word the document never writes whole elsewhere. */
const UNSEEN = 0.75;

function sameCase(s: string): boolean {
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  return s === lower || s === upper || s === upper.charAt(0) + lower.slice(1);
}

const valid = (w: TextWord) => w.check === 'valid';

/** Most syllables start with a consonant: "trò nòng", not "tròn òng"; "các hội", not "cách ội". */
const vowelFirst = (word: string) => (/^[aeiouy]/iu.test(word.normalize('NFD')) ? 0.5 : 0);

/**
 * Best grouping of a chain of pieces into words: fewest pieces left that are no syllable, then
 * fewest words, preferring words the document writes elsewhere ("T h à nh ủ y" is "Thành ủy", not
 * "Thà nhủy") and words that start with a consonant ("CHÍ MINH", not "CHÍM INH"; "C ác h ội" is
 * "Các hội", not "Cách ội"). In a
 * letter-spaced line (most pieces are no syllable) pieces that are syllables alone may join too:
 * "Ngu y ễn" → "Nguyễn"; in ordinary text they never do. Returns the start index of each group.
 */
function group(chain: readonly TextWord[], vocabulary: () => ReadonlySet<string>, dense: boolean): number[] {
  // Without a word two pieces or more may make, every piece stays alone whatever the costs: the
  // vocabulary (a set of every word of the text) is not even needed. Ordinary prose ends here.
  const words = joinable(chain, dense);
  if (!words) return chain.map((_, k) => k);
  const known = vocabulary();
  const cost = new Array<number>(chain.length + 1).fill(Infinity);
  const from = new Array<number>(chain.length + 1).fill(0);
  cost[0] = 0;
  for (let i = 1; i <= chain.length; i++) {
    for (let j = i - 1; j >= Math.max(0, i - MAX_GROUP); j--) {
      let step: number;
      const piece = chain[j]!;
      if (j === i - 1 && !valid(piece)) step = INVALID_LEFT;
      else {
        const word = j === i - 1 ? piece.text : words[i - 1]![i - 2 - j];
        if (!word) continue;
        step = 1 + vowelFirst(word) + (known.has(word.toLowerCase()) ? 0 : UNSEEN);
      }
      if (cost[j]! + step < cost[i]!) { cost[i] = cost[j]! + step; from[i] = j; }
    }
  }
  // Pushed then reversed: `unshift` is quadratic on a chain of millions of pieces (a one-line file).
  const starts: number[] = [];
  for (let i = chain.length; i > 0; i = from[i]!) starts.push(from[i]!);
  return starts.reverse();
}

/**
 * For each end `i` of the chain, by falling start `j` (from `i - 2`): the word the pieces
 * `chain[j..i)` make when they may join — one case, one syllable, and in ordinary text not all
 * syllables already — else null. Null altogether when no pieces may join.
 */
function joinable(chain: readonly TextWord[], dense: boolean): (string | null)[][] | null {
  let any = false;
  const rows: (string | null)[][] = [];
  for (let i = 1; i <= chain.length; i++) {
    const row: (string | null)[] = [];
    let word = chain[i - 1]!.text;
    let allValid = valid(chain[i - 1]!);
    for (let j = i - 2; j >= Math.max(0, i - MAX_GROUP); j--) {
      word = chain[j]!.text + word;
      allValid &&= valid(chain[j]!);
      const ok = sameCase(word) && isSyllable(word) && (dense || !allValid);
      row.push(ok ? word : null);
      any ||= ok;
    }
    rows.push(row);
  }
  return any ? rows : null;
}

/**
 * Lower-case syllables written whole in the text, the words a letter-spaced line most likely
 * holds. Pieces of letter-spaced words ("ội" of "h ội") are not written whole: a syllable next to
 * a piece that is none is left out.
 */
export function vocabularyOf(words: readonly TextWord[]): Set<string> {
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (w.text.length < 2 || !valid(w)) return;
    const next = words[i + 1];
    if ((w.linked && !valid(words[i - 1]!)) || (next?.linked && !valid(next))) return;
    out.add(w.lower);
  });
  return out;
}

/** A piece that cannot stand alone, next to its neighbours: worth a look. */
function candidate(words: readonly TextWord[], i: number): boolean {
  const w = words[i]!;
  return !valid(w) && ((w.linked) || (words[i + 1]?.linked ?? false));
}

/**
 * The joins of letter-spaced words in a scanned text (`scanWords`), in text order. `vocabulary`
 * (`vocabularyOf`) settles ties; it is built only when pieces may join.
 */
export function letterSpacingJoins(text: string, words: readonly TextWord[], vocabulary: () => ReadonlySet<string>): Join[] {
  const joins: Join[] = [];
  // Per line, computed once: a flattened text is one line with many chains.
  const dense = new Map<number, boolean>();
  for (let i = 0; i < words.length; i++) {
    if (!candidate(words, i)) continue;
    let s = i;
    while (s > 0 && words[s]!.linked) s--;
    let e = i;
    while (e + 1 < words.length && words[e + 1]!.linked) e++;
    const line = words[s]!.line;
    if (!dense.has(line)) dense.set(line, denseLine(words, line, s));
    joins.push(...chainJoins(text, words, s, e, vocabulary, dense.get(line)!));
    i = e;
  }
  return joins;
}

/** A letter-spaced line: QĐ 3210's "Nơi nhận" cell, where most pieces on the line are no syllable. */
function denseLine(words: readonly TextWord[], line: number, near: number): boolean {
  let a = near, b = near;
  while (a > 0 && words[a - 1]!.line === line) a--;
  while (b + 1 < words.length && words[b + 1]!.line === line) b++;
  const onLine = words.slice(a, b + 1);
  const invalid = onLine.filter((w) => !valid(w)).length;
  return invalid >= 3 && invalid / onLine.length >= 0.4;
}

function chainJoins(text: string, words: readonly TextWord[], first: number, last: number, vocabulary: () => ReadonlySet<string>, dense: boolean): Join[] {
  const chain = words.slice(first, last + 1);
  const starts = group(chain, vocabulary, dense);
  const out: Join[] = [];
  const stranded = (w: TextWord | undefined) => w !== undefined && !valid(w) && w.text.length === 1;
  starts.forEach((s, k) => {
    const e = (starts[k + 1] ?? chain.length) - 1;
    if (e === s) return;
    const to = chain.slice(s, e + 1).map((p) => p.text).join('');
    // "T T U B" (TTUB, an abbreviation spaced out) is no word: a join next to single letters left
    // unjoined is made only when the document writes that word elsewhere.
    const strandedLeft = k > 0 && starts[k - 1] === s - 1 && stranded(chain[s - 1]);
    const strandedRight = (starts[k + 2] ?? chain.length) === e + 2 && stranded(chain[e + 1]);
    if ((strandedLeft || strandedRight) && !vocabulary().has(to.toLowerCase())) return;
    const start = chain[s]!.start, end = chain[e]!.end;
    out.push({ start, end, from: text.slice(start, end), to });
  });
  return out;
}
