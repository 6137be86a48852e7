/**
 * The two kind-word expressions of `citations.ts`, scanned only where a match can be. A numbered
 * citation ("Quyết định số 99-QĐ/TW") ends in a number that opens on a digit; a self-reference
 * ("Kế hoạch này") ends in "này". Each is tried, anchored, at the few positions before such an
 * anchor its optional words can reach back to, instead of at every position of the text: the
 * kind-word alternation made these two scans most of the parser's citation reading.
 *
 * The matches are those of a scan of the whole text with the global expression, in order: a match
 * holds exactly one anchor, and the words before it (kind word, "số", colon, white space) hold none.
 */
import { KIND, NUM } from './citation-patterns.ts';

const LONGEST_KIND = Math.max(...KIND.split('|').map((k) => k.length));
const SPACE = /\s/u;

/** Source of a numbered citation: kind word, "số", the number. Groups: 1 kind, 2 "số", 3 number. */
const NUMBERED_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:(${KIND})\s+)?(?:(số|Số|SỐ)\s*:?\s*)?(${NUM})(?![\p{L}\p{N}])`;
/** Source of a self-reference. Group 1: the kind word. */
const THIS_SOURCE = String.raw`(?<![\p{L}\p{N}])(${KIND})\s+này(?![\p{L}\p{N}])`;

const NUMBERED_AT = new RegExp(NUMBERED_SOURCE, 'uy');
const THIS_AT = new RegExp(THIS_SOURCE, 'uy');

/** A number opens on a digit no digit precedes (its own lookbehind, or the space after "số"). */
const DIGIT = /(?<!\d)\d/g;

/**
 * Where the next anchor at or after `from` is, or -1: the digit a number opens with, or the "này"
 * a self-reference ends in. Found with `test` and `indexOf`, which build no match: `exec` with the
 * global expressions built one per anchor, and a loop by hand over the digits ran 2.8 times as long.
 */
function nextDigit(s: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.test(s) ? DIGIT.lastIndex - 1 : -1;
}
const nextNay = (s: string, from: number): number => s.indexOf('này', from);

const skipSpace = (s: string, i: number): number => { while (i > 0 && SPACE.test(s[i - 1]!)) i--; return i; };

/** Earliest start of a numbered citation whose number opens at `d`: white space, a colon, "số", white space, a kind word. */
function numberReach(s: string, d: number): number {
  let i = skipSpace(s, d);
  if (s[i - 1] === ':') i--;
  i = skipSpace(s, i) - 2; // "số"
  return skipSpace(s, Math.max(0, i)) - LONGEST_KIND;
}

/** Earliest start of a self-reference whose "này" is at `q`: white space, a kind word. */
const thisReach = (s: string, q: number): number => skipSpace(s, q) - LONGEST_KIND;

/** Per BMP code unit: 1 when it is `\p{L}` or `\p{N}`, 2 when not, 0 until asked. */
const wordChars = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How a match of one expression may open: on a digit (`DIGIT_OPENS`), or on two code units a word it opens with starts with. */
interface Openers {
  readonly first: Uint8Array;
  readonly pairs: ReadonlySet<number>;
}
const PAIR_OPENS = 1, DIGIT_OPENS = 2;

function openers(words: readonly string[], digits: boolean): Openers {
  const first = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  for (const w of words) { first[w.charCodeAt(0)] = PAIR_OPENS; pairs.add(w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)); }
  if (digits) for (let c = 48; c <= 57; c++) first[c] = DIGIT_OPENS;
  return { first, pairs };
}
const NUMBERED_OPENERS = openers([...KIND.split('|'), 'số', 'Số', 'SỐ'], true);
const THIS_OPENERS = openers(KIND.split('|'), false);

/**
 * Whether a match may start at `p`: `s[p]` and `s[p + 1]` open a kind word or "số", or `s[p]` is
 * the digit a number opens with; and the look-behind `(?<![\p{L}\p{N}])` holds, read from a table
 * (a surrogate before `p` is left to the expression). Most positions of a reach fail here, and the
 * long alternation is tried at the few left.
 */
function mayStart(s: string, p: number, o: Openers): boolean {
  const c = s.charCodeAt(p);
  const f = o.first[c]!;
  if (f === 0 || (f === PAIR_OPENS && !o.pairs.has(c * 0x10000 + s.charCodeAt(p + 1)))) return false;
  if (p === 0) return true;
  const b = s.charCodeAt(p - 1);
  if (b >= 0xd800 && b <= 0xdfff) return true;
  let k = wordChars[b]!;
  if (k === 0) k = wordChars[b] = WORD_CHAR.test(String.fromCharCode(b)) ? 1 : 2;
  return k === 2;
}

function* anchored(s: string, at: RegExp, next: (s: string, from: number) => number, reach: (s: string, a: number) => number, o: Openers): Generator<RegExpExecArray> {
  let pos = 0; // end of the last match: the next starts here or later
  let tried = 0; // positions below this hold no match
  for (let q = next(s, 0); q >= 0; q = next(s, Math.max(q + 1, pos))) {
    if (q < pos) continue;
    for (let p = Math.max(pos, tried, reach(s, q)); p <= q; p++) {
      if (!mayStart(s, p, o)) continue;
      at.lastIndex = p;
      const m = at.exec(s);
      if (m) {
        pos = p + m[0].length;
        yield m;
        break;
      }
    }
    tried = Math.max(tried, q + 1);
  }
}

/** Numbered citations of `s`, as the global scan of the expression finds them. */
export const numberedMatches = (s: string): Generator<RegExpExecArray> => anchored(s, NUMBERED_AT, nextDigit, numberReach, NUMBERED_OPENERS);

/** Self-references of `s` ("Kết luận này"), as the global scan of the expression finds them. */
export const thisMatches = (s: string): Generator<RegExpExecArray> => anchored(s, THIS_AT, nextNay, thisReach, THIS_OPENERS);

/** The global expressions themselves, for the tests that compare the two scans. */
export const NUMBERED_ALL = new RegExp(NUMBERED_SOURCE, 'gu');
export const THIS_ALL = new RegExp(THIS_SOURCE, 'gu');
