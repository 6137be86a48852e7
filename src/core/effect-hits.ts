/**
 * Where a word list's entries match a clause's folded tokens (effects' lexicon, bodies and lists):
 * the compiled list (`matchers`), the leftmost-longest hits, and the memo of matches by folded text.
 */
import type { Token } from './types.ts';
import { firstChars } from './effect-first.ts';
import { sourceOf, tokenEndingAt, tokenStartingAt, type Entry, type Folded } from './effect-match.ts';

/**
 * A list compiled for matching: one alternation of all entries finds where any starts (one scan
 * instead of one per entry, six times faster on the bodies table), then each entry is tried there.
 */
export interface Matchers {
  readonly any: RegExp | null;
  readonly each: readonly RegExp[];
  readonly named: readonly boolean[];
  /** Matches of texts read before, by folded text (see `textId`): a central clause is read once per document that carries it. */
  readonly memo: Map<number, readonly Raw[]>;
  /** Per character: the entries that can start with it (`effect-first.ts`), filled as characters are met. */
  readonly startingWith: (c: string) => readonly number[];
}

/** Texts remembered per list; a stream of unseen texts clears it rather than grow it forever (see effect-memo.ts's bound). */
const MEMO_MAX = 1024;

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
  return { any, each: srcs.map((x) => new RegExp(`(?:${x})(?![^ ])`, 'uy')), named: entries.map((e) => e.named ?? false), memo: new Map(), startingWith };
}

/** A match of entry `entry` on tokens [start, end); `field` is the pattern's `field` group. */
export interface Hit { readonly entry: number; readonly start: number; readonly end: number; readonly field?: string }

/** A match on the folded text alone, ending at token `stop` (a `named` entry's name not yet read). */
interface Raw { readonly entry: number; readonly start: number; readonly stop: number; readonly field: string | undefined }

/**
 * Leftmost-longest, non-overlapping matches of the entries on the tokens. With `remember`, the
 * matches on the folded text are kept for the next call on the same text; a `named` entry's name
 * (capitals, which folding drops) is read from these tokens every time.
 */
export function findHits(tokens: readonly Token[], f: Folded, m: Matchers, remember = false): Hit[] {
  if (!remember) return settle(tokens, rawHits(f, m), m);
  const key = textId(f);
  let raw = m.memo.get(key);
  if (!raw) {
    if (m.memo.size >= MEMO_MAX) m.memo.clear();
    m.memo.set(key, (raw = rawHits(f, m)));
  }
  return settle(tokens, raw, m);
}

/**
 * Folded texts read before, numbered: a clause is looked up in a dozen lists, and one long string
 * key per clause (not one per list) spares the hashing and comparing. Numbers are never reused, so
 * clearing the table (a stream of unseen texts) leaves no list memo a wrong hit.
 */
const ids = new Map<string, number>();
let nextId = 0;
/** Four times a list memo's bound: a text the table forgot is only read again. */
const IDS_MAX = 4 * MEMO_MAX;

/** The number of a fold's text, kept on the fold (a WeakMap beside it cost more than the lookup it saved). */
function textId(f: Folded): number {
  if (f.id >= 0) return f.id;
  let id = ids.get(f.text);
  if (id === undefined) {
    if (ids.size >= IDS_MAX) ids.clear();
    ids.set(f.text, (id = nextId++));
  }
  return (f.id = id);
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

/** The hits of the raw matches on these tokens: names read on, then leftmost-longest. */
function settle(tokens: readonly Token[], raw: readonly Raw[], m: Matchers): Hit[] {
  const all: Hit[] = [];
  for (const { entry, start, stop, field } of raw) {
    let end = stop;
    if (m.named[entry]) {
      while (end < tokens.length && end - stop < 4 && tokens[end]!.word && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
      if (end === stop) continue;
    }
    all.push(field ? { entry, start, end, field } : { entry, start, end });
  }
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.entry - b.entry);
  const out: Hit[] = [];
  for (const h of all) if (!out.length || h.start >= out[out.length - 1]!.end) out.push(h);
  return out;
}
