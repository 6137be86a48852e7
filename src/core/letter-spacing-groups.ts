/**
 * How a chain of letter-spaced pieces groups into words (`repair-letter-spacing.ts`): the cheapest
 * grouping by pieces left that are no syllable, words made, words the document writes elsewhere.
 */
import { isSyllable } from './vn-syllable.ts';
import type { TextWords } from './text-words.ts';

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

/** Most syllables start with a consonant: "trò nòng", not "tròn òng"; "các hội", not "cách ội". */
const vowelFirst = (word: string) => (/^[aeiouy]/iu.test(word.normalize('NFD')) ? 0.5 : 0);

/**
 * Best grouping of a chain of pieces into words: fewest pieces left that are no syllable, then
 * fewest words, preferring words the document writes elsewhere ("T h à nh ủ y" is "Thành ủy", not
 * "Thà nhủy") and words that start with a consonant ("CHÍ MINH", not "CHÍM INH"; "C ác h ội" is
 * "Các hội", not "Cách ội"). In a
 * letter-spaced line (most pieces are no syllable) pieces that are syllables alone may join too:
 * "Ngu y ễn" → "Nguyễn"; in ordinary text they never do. The chain is `words[first, first + n)`;
 * returns the start index (in the chain) of each group.
 */
export function group(words: TextWords, first: number, n: number, vocabulary: () => ReadonlySet<string>, dense: boolean): number[] {
  // Without a word two pieces or more may make, every piece stays alone whatever the costs: the
  // vocabulary (a set of every word of the text) is not even needed. Ordinary prose ends here.
  const joined = joinable(words, first, n, dense);
  if (!joined) return Array.from({ length: n }, (_, k) => k);
  const known = vocabulary();
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i - 1; j >= Math.max(0, i - MAX_GROUP); j--) {
      let step: number;
      if (j === i - 1 && !words.valid(first + j)) step = INVALID_LEFT;
      else {
        const word = j === i - 1 ? words.text(first + j) : joined[i - 1]![i - 2 - j];
        if (!word) continue;
        step = 1 + vowelFirst(word) + (known.has(word.toLowerCase()) ? 0 : UNSEEN);
      }
      if (cost[j]! + step < cost[i]!) { cost[i] = cost[j]! + step; from[i] = j; }
    }
  }
  // Pushed then reversed: `unshift` is quadratic on a chain of millions of pieces (a one-line file).
  const starts: number[] = [];
  for (let i = n; i > 0; i = from[i]!) starts.push(from[i]!);
  return starts.reverse();
}

/** A syllable has at most 12 code units (`vn-syllable.ts`): longer joins are never one. */
const MAX_SYLLABLE = 12;

/**
 * For each end `i` of the chain `words[first, first + n)`, by falling start `j` (from `i - 2`):
 * the word the pieces `[j, i)` make when they may join — one case, one syllable, and in ordinary
 * text not all syllables already — else null. Null altogether when no pieces may join.
 */
function joinable(words: TextWords, first: number, n: number, dense: boolean): (string | null)[][] | null {
  let any = false;
  const rows: (string | null)[][] = [];
  for (let i = 1; i <= n; i++) {
    const row: (string | null)[] = [];
    let length = words.text(first + i - 1).length;
    let allValid = words.valid(first + i - 1);
    for (let j = i - 2; j >= Math.max(0, i - MAX_GROUP); j--) {
      length += words.text(first + j).length;
      allValid &&= words.valid(first + j);
      // The cheap conditions first, and the pieces joined only when they hold: in prose most
      // pieces are syllables, and joining and case-mapping every pair and triple made the chains
      // most of what the repair allocated.
      const word = (dense || !allValid) && length <= MAX_SYLLABLE ? joinText(words, first + j, first + i) : null;
      const ok = word !== null && sameCase(word) && isSyllable(word);
      row.push(ok ? word : null);
      any ||= ok;
    }
    rows.push(row);
  }
  return any ? rows : null;
}

/** The pieces `words[from, to)` written together. */
export function joinText(words: TextWords, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += words.text(k);
  return s;
}
