/**
 * Matching for the effects stage: the word lists compiled into regular expressions over a clause's
 * folded tokens, and the hits mapped back to tokens.
 */
import type { Token } from './types.ts';
import { canonicalTone, tokenize } from './normalize.ts';

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
function sourceOf(phrase: string, pattern: boolean): string {
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

/** Tokens folded into one string: norms joined by single spaces, with each token's offset in it. */
export interface Folded {
  readonly text: string;
  /** Per character offset of `text`: the token starting there, or −1. */
  readonly starts: Int32Array;
  /** Per character offset: the index after the token ending there, or −1. */
  readonly ends: Int32Array;
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
  const text = foldedOf(tokens, 0, tokens.length);
  const starts = new Int32Array(text.length + 1).fill(-1), ends = new Int32Array(text.length + 1).fill(-1);
  let at = 0;
  tokens.forEach((t, i) => { starts[at] = i; at += t.norm.length; ends[at] = i + 1; at += 1; });
  return { text, starts, ends };
}

/** A word-list entry to match: `named` hits continue over the capitalized words that follow ("tỉnh Nghệ An"). */
export interface Entry { readonly phrase: string; readonly pattern?: boolean | undefined; readonly named?: boolean | undefined }

/**
 * A list compiled for matching: one alternation of all entries finds where any starts (one scan
 * instead of one per entry, six times faster on the bodies table), then each entry is tried there.
 */
export interface Matchers {
  readonly any: RegExp | null;
  readonly each: readonly RegExp[];
  readonly named: readonly boolean[];
  /** Hits of texts read before: a central clause is read once per document that carries it. */
  readonly memo: Map<string, Hit[]>;
  /** Some entry is `named`: hits then depend on the printed text too. */
  readonly anyNamed: boolean;
}

/** Texts remembered per list; a stream of unseen texts clears it rather than grow it forever (see effect-memo.ts's bound). */
const MEMO_MAX = 1024;

export function matchers(entries: readonly Entry[]): Matchers {
  const srcs = entries.map((e) => sourceOf(e.phrase, e.pattern ?? false));
  // Group names may not repeat across the alternatives of one expression: only `each` keeps them.
  const any = srcs.length ? new RegExp(`(?<![^ ])(?:${srcs.map((x) => `(?:${x.replace(/\(\?<\w+>/gu, '(?:')})`).join('|')})(?![^ ])`, 'gu') : null;
  return { any, each: srcs.map((x) => new RegExp(`(?:${x})(?![^ ])`, 'uy')), named: entries.map((e) => e.named ?? false), memo: new Map(), anyNamed: entries.some((e) => e.named) };
}

/** A match of entry `entry` on tokens [start, end); `field` is the pattern's `field` group. */
export interface Hit { readonly entry: number; readonly start: number; readonly end: number; readonly field?: string }

/**
 * Leftmost-longest, non-overlapping matches of the entries on the tokens. With `remember`, the
 * hits are kept for the next call on the same text (the caller must not change them).
 */
export function findHits(tokens: readonly Token[], f: Folded, m: Matchers, remember = false): Hit[] {
  if (!remember) return scan(tokens, f, m);
  // Named entries read capitals, which folding drops: they key on the printed text too.
  const key = m.anyNamed ? printedKey(tokens, f) : f.text;
  let hits = m.memo.get(key);
  if (!hits) {
    if (m.memo.size >= MEMO_MAX) m.memo.clear();
    hits = scan(tokens, f, m);
    m.memo.set(key, hits);
  }
  return hits;
}

/** Keys of central token arrays for the named lists, built once per array (for every document that carries the clause). */
const printedKeys = new WeakMap<readonly Token[], string>();

function printedKey(tokens: readonly Token[], f: Folded): string {
  if (f !== folds.get(tokens)) return `${f.text}\u0000${textOf(tokens, 0, tokens.length)}`;
  let key = printedKeys.get(tokens);
  if (key === undefined) printedKeys.set(tokens, (key = `${f.text}\u0000${textOf(tokens, 0, tokens.length)}`));
  return key;
}

function scan(tokens: readonly Token[], f: Folded, m: Matchers): Hit[] {
  const all: Hit[] = [];
  const any = m.any;
  if (!any) return all;
  any.lastIndex = 0;
  for (let x = any.exec(f.text); x; x = any.exec(f.text)) {
    const pos = x.index;
    any.lastIndex = pos + 1;
    const start = f.starts[pos]!;
    if (start < 0) continue;
    m.each.forEach((re, entry) => {
      re.lastIndex = pos;
      const y = re.exec(f.text);
      const stop = y ? f.ends[pos + y[0].length]! : -1;
      if (!y || stop < 0) return;
      let end = stop;
      if (m.named[entry]) {
        while (end < tokens.length && end - stop < 4 && tokens[end]!.word && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
        if (end === stop) return;
      }
      const field = y.groups?.['field'];
      all.push(field ? { entry, start, end, field } : { entry, start, end });
    });
  }
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.entry - b.entry);
  const out: Hit[] = [];
  for (const h of all) if (!out.length || h.start >= out[out.length - 1]!.end) out.push(h);
  return out;
}

/** Text of tokens [from, to) as printed, one space where the source had any. */
export function textOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    out += i > from && t.start > tokens[i - 1]!.end ? ` ${t.text}` : t.text;
  }
  return out;
}

/** Folded text of tokens [from, to). */
export const foldedOf = (tokens: readonly Token[], from: number, to: number): string =>
  tokens.slice(from, to).map((t) => t.norm).join(' ');
