/**
 * Where a word list's entries match a clause's folded tokens (effects' lexicon, bodies and lists):
 * the compiled list (`matchers`), the leftmost-longest hits, and the memo of matches by folded text.
 */
import type { Token } from './types.ts';
import { firstChars } from './effect-first.ts';
import { recentCache } from './bounded-memo.ts';
import { none } from './packed.ts';
import { sourceOf, tokenEndingAt, tokenStartingAt, type Entry, type Folded } from './effect-match.ts';

/**
 * A list compiled for matching: one alternation of all entries finds where any starts (one scan
 * instead of one per entry, six times faster on the bodies table), then each entry is tried there.
 */
export interface Matchers {
  readonly any: RegExp | null;
  readonly each: readonly RegExp[];
  readonly named: readonly boolean[];
  /** `true` when an entry is `named`: only then do the hits depend on more than the folded text. */
  readonly anyNamed: boolean;
  /** The list's place in a text's record of matches (`TextHits`). */
  readonly slot: number;
  /** Per character: the entries that can start with it (`effect-first.ts`), filled as characters are met. */
  readonly startingWith: (c: string) => readonly number[];
}

let slots = 0;

/** Compiles `entries` for `findHits`. */
export function matchers(entries: readonly Entry[]): Matchers {
  const srcs = entries.map((e) => sourceOf(e.phrase, e.pattern ?? false));
  // Group names may not repeat across the alternatives of one expression: only `each` keeps them.
  const any = srcs.length ? new RegExp(`(?<![^ ])(?:${srcs.map((x) => `(?:${x.replace(/\(\?<\w+>/gu, '(?:')})`).join('|')})(?![^ ])`, 'gu') : null;
  const firsts = srcs.map(firstChars), byChar = new Map<string, number[]>();
  const startingWith = (c: string) => {
    let list = byChar.get(c);
    if (!list) byChar.set(c, (list = firsts.flatMap((f, entry) => (!f || f.has(c) ? [entry] : []))));
    return list;
  };
  const named = entries.map((e) => e.named ?? false);
  return { any, each: srcs.map((x) => new RegExp(`(?:${x})(?![^ ])`, 'uy')), named, anyNamed: named.includes(true), slot: slots++, startingWith };
}

/** A match of entry `entry` on tokens [start, end); `field` is the pattern's `field` group. */
export interface Hit { readonly entry: number; readonly start: number; readonly end: number; readonly field?: string }

/** A match on the folded text alone, ending at token `stop` (a `named` entry's name not yet read). */
interface Raw { readonly entry: number; readonly start: number; readonly stop: number; readonly field: string | undefined }

/** Hits of a list with `named` entries, and how far each raw match read on over capitals (`reaches`). */
interface Named { readonly reach: readonly number[]; readonly hits: readonly Hit[] }

/**
 * What the lists found in one folded text, by list `slot`: the hits of a list without `named`
 * entries (they depend on the folded text alone); the raw matches of one with them, and its hits
 * on the last tokens read (they depend on the capitals after each name too). A clause is read by
 * a dozen lists, a central clause once per document that carries it.
 */
export interface TextHits {
  readonly hits: (readonly Hit[] | undefined)[];
  readonly raw: (readonly Raw[] | undefined)[];
  readonly named: (Named | undefined)[];
}

/**
 * Texts' records from the least recently read to the most, the first forgotten when `MEMO_MAX` are
 * kept: a stream of unseen texts does not grow them forever, and the texts a batch repeats stay.
 * The bound is memory (see effect-memo.ts): a record takes about 4 KB, and a pair effect-memo.ts
 * misses is most often a new text; 4,096 records took 11 MB more than 1,024 for a few per cent
 * of the effects stage.
 */
const MEMO_MAX = 1024;
const records = recentCache<TextHits>(MEMO_MAX);

/** The record of a fold's text, kept on the fold: a fold is read by a dozen lists, its text is hashed once. */
function recordOf(f: Folded): TextHits {
  return (f.hits ??= records(f.text, () => ({ hits: [], raw: [], named: [] })));
}

/**
 * Leftmost-longest, non-overlapping matches of the entries on the tokens. With `remember`, what is
 * found on the folded text is kept for the next call on the same text, and the hits returned may
 * be shared with it: read them, never change them. A `named` entry's name (capitals, which
 * folding drops) is read from these tokens every time.
 */
export function findHits(tokens: readonly Token[], f: Folded, m: Matchers, remember = false): readonly Hit[] {
  if (!remember) {
    const raw = rawHits(f, m);
    return settle(raw, m, m.anyNamed ? reaches(tokens, raw, m) : null);
  }
  const rec = recordOf(f);
  // Without named entries the hits are the text's; with them, the same as the last time when each
  // name reads on as far (the same text is mostly the same copy, capitals and all).
  if (!m.anyNamed) return (rec.hits[m.slot] ??= settle(rawHits(f, m), m, null));
  const raw = (rec.raw[m.slot] ??= rawHits(f, m));
  const known = rec.named[m.slot];
  if (known && sameReaches(tokens, raw, m, known.reach)) return known.hits;
  const reach = reaches(tokens, raw, m);
  const hits = settle(raw, m, reach);
  rec.named[m.slot] = { reach, hits };
  return hits;
}

/** Where each entry matches whole tokens of the folded text, in order of position then entry. */
function rawHits(f: Folded, m: Matchers): Raw[] {
  const all: Raw[] = [];
  const any = m.any;
  if (!any) return all;
  any.lastIndex = 0;
  for (let x = any.exec(f.text); x; x = any.exec(f.text)) {
    const pos = x.index;
    any.lastIndex = pos + 1;
    const start = tokenStartingAt(f, pos);
    if (start < 0) continue;
    // Only the entries that can start with the character here: most cannot, and each try is an exec.
    for (const entry of m.startingWith(f.text[pos]!)) {
      const re = m.each[entry]!;
      re.lastIndex = pos;
      const y = re.exec(f.text);
      const stop = y ? tokenEndingAt(f, pos + y[0].length) : -1;
      if (y && stop >= 0) all.push({ entry, start, stop, field: y.groups?.['field'] });
    }
  }
  return all;
}

/** How many capitalized words a `named` raw match reads on over in the tokens (at most 4); 0 for the others. */
function reachOf(tokens: readonly Token[], r: Raw, m: Matchers): number {
  if (!m.named[r.entry]) return 0;
  let end = r.stop;
  while (end < tokens.length && end - r.stop < 4 && tokens[end]!.word && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
  return end - r.stop;
}

const reaches = (tokens: readonly Token[], raw: readonly Raw[], m: Matchers): number[] => raw.map((r) => reachOf(tokens, r, m));

function sameReaches(tokens: readonly Token[], raw: readonly Raw[], m: Matchers, reach: readonly number[]): boolean {
  for (let i = 0; i < raw.length; i++) if (reachOf(tokens, raw[i]!, m) !== reach[i]) return false;
  return true;
}

/** The hits of the raw matches, each `named` one read on by `reach` (none: dropped), then leftmost-longest. */
function settle(raw: readonly Raw[], m: Matchers, reach: readonly number[] | null): readonly Hit[] {
  // Most lists find nothing in most texts: one shared empty answer (hits are only read).
  if (!raw.length) return none<Hit>();
  const all: Hit[] = [];
  for (let i = 0; i < raw.length; i++) {
    const { entry, start, stop, field } = raw[i]!;
    const end = stop + (reach ? reach[i]! : 0);
    if (end === stop && m.named[entry]) continue;
    all.push(field ? { entry, start, end, field } : { entry, start, end });
  }
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.entry - b.entry);
  const out: Hit[] = [];
  for (const h of all) if (!out.length || h.start >= out[out.length - 1]!.end) out.push(h);
  return out;
}
