/**
 * The aligned pair as the effect rules read it: the word diff read back as token slots, so that
 * every word-list hit knows whether the other side kept it and what stands in its place; the
 * document's other carriers of the same central clause; the tokens an effect already explains.
 */
import type { Token, WordDiff } from './types.ts';
import { wordDiff } from './word-diff.ts';
import { foldedOf, type Folded } from './effect-match.ts';

export type Side = 'c' | 'l';

/** The word diff as aligned slots: per slot the central and local token (−1 when absent). */
export interface Slots {
  readonly op: readonly ('equal' | 'delete' | 'insert')[];
  readonly c: readonly number[];
  readonly l: readonly number[];
  /** Slot of each central / local token. */
  readonly of: { readonly c: readonly number[]; readonly l: readonly number[] };
}

type Op = Slots['op'][number];

/**
 * Slots being read back, reused from pair to pair; a pair's arrays are cut from them at their
 * length. Pushing to fresh arrays grew each several times over: a fifth of what the effects
 * stage allocated.
 */
const scratchOp: Op[] = [], scratchC: number[] = [], scratchL: number[] = [];

/**
 * Reads a word diff back onto the tokens it was made from (its parts carry offsets, not tokens).
 * When the parts do not fit the tokens (a diff made from other tokens) the pair is diffed again.
 */
export function slotsOf(central: readonly Token[], local: readonly Token[], diff: WordDiff, again = true): Slots {
  const op = scratchOp, c = scratchC, l = scratchL;
  let ci = 0, li = 0, n = 0;
  for (const p of diff.parts) {
    const s = p.start, e = p.end;
    if (p.op === 'equal') {
      while (li < local.length && local[li]!.start >= s && local[li]!.end <= e && ci < central.length) { op[n] = 'equal'; c[n] = ci++; l[n++] = li++; }
    } else if (p.op === 'delete') {
      while (ci < central.length && central[ci]!.start >= s && central[ci]!.end <= e) { op[n] = 'delete'; c[n] = ci++; l[n++] = -1; }
    } else {
      while (li < local.length && local[li]!.start >= s && local[li]!.end <= e) { op[n] = 'insert'; c[n] = -1; l[n++] = li++; }
    }
  }
  if (ci !== central.length || li !== local.length) {
    if (again) return slotsOf(central, local, wordDiff(central, local, '', ''), false);
    // Tokens whose offsets run backwards cannot be read back: every token counts as changed.
    n = 0;
    for (let i = 0; i < central.length; i++) { op[n] = 'delete'; c[n] = i; l[n++] = -1; }
    for (let i = 0; i < local.length; i++) { op[n] = 'insert'; c[n] = -1; l[n++] = i; }
  }
  const of = { c: new Array<number>(central.length), l: new Array<number>(local.length) };
  for (let s = 0; s < n; s++) { if (c[s]! >= 0) of.c[c[s]!] = s; if (l[s]! >= 0) of.l[l[s]!] = s; }
  return { op: op.slice(0, n), c: c.slice(0, n), l: l.slice(0, n), of };
}

/** Change groups: maximal runs [a, b] of slots the diff did not keep. */
export function changeGroups(sl: Slots): [number, number][] {
  const out: [number, number][] = [];
  sl.op.forEach((o, s) => {
    if (o === 'equal') return;
    const last = out[out.length - 1];
    if (last && last[1] === s - 1) last[1] = s; else out.push([s, s]);
  });
  return out;
}

/** `true` when the other side kept every token of [start, end) as it is. */
export const kept = (sl: Slots, side: Side, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (sl.op[sl.of[side][i]!] !== 'equal') return false;
  return true;
};

/** Slot range [a, b] of tokens [start, end) of one side, widened over the changes that touch it. */
export function around(sl: Slots, side: Side, start: number, end: number): [number, number] {
  let a = sl.of[side][start]!, b = sl.of[side][end - 1]!;
  while (a > 0 && sl.op[a - 1] !== 'equal') a--;
  while (b < sl.op.length - 1 && sl.op[b + 1] !== 'equal') b++;
  return [a, b];
}

/** Tokens of one side inside slots [a, b] as [from, to), or null when that side has none there. */
export function inSlots(sl: Slots, side: Side, a: number, b: number): [number, number] | null {
  let from = -1, to = -1;
  for (let s = a; s <= b; s++) {
    const t = sl[side][s]!;
    if (t < 0) continue;
    if (from < 0) from = t;
    to = t + 1;
  }
  return from < 0 ? null : [from, to];
}

/** An aligned pair as the effect rules read it. */
export interface Pair {
  readonly central: readonly Token[];
  readonly local: readonly Token[];
  readonly cf: Folded;
  readonly lf: Folded;
  readonly slots: Slots;
  /** Tokens an effect already accounts for: later rules (enumerations) leave them alone. */
  readonly explained: { readonly c: Set<number>; readonly l: Set<number> };
  /** Folded texts of the document's other clauses that carry the same central clause(s). */
  readonly elsewhere: readonly string[];
  /** Central tokens of a source clause the local clause hardly carries (see `uncarriedTokens`). */
  readonly uncarried: ReadonlySet<number>;
}

/** Share of a source's words struck at or above which the local clause does not carry that source. */
const UNCARRIED = 0.8;

/**
 * Central tokens of the sources a local clause hardly carries. When a clause derives from two
 * central clauses and strikes nearly all of one (Quảng Ngãi 1-3, aligned with KL 54's lead-in
 * and with 5-3, keeps the lead-in's "xử lý nghiêm" and none of 5-3), what it struck there is not
 * dropped by this clause: the central clause's other carriers, or its omission, tell.
 */
export function uncarriedTokens(central: readonly Token[], sl: Slots): Set<number> {
  const out = new Set<number>();
  const segments: [number, number][] = [];
  central.forEach((t, i) => {
    const last = segments[segments.length - 1];
    if (last && t.start >= central[i - 1]!.end && t.start - central[i - 1]!.end <= 40) last[1] = i + 1; else segments.push([i, i + 1]);
  });
  if (segments.length < 2) return out;
  for (const [s, e] of segments) {
    const words = central.slice(s, e).map((t, k) => (t.word ? s + k : -1)).filter((i) => i >= 0);
    const struck = words.filter((i) => sl.op[sl.of.c[i]!] !== 'equal').length;
    if (words.length && struck / words.length >= UNCARRIED) for (let i = s; i < e; i++) out.add(i);
  }
  return out;
}

/** Token range [from, to) on one side, or null when the effect has no words on that side. */
export type Range = readonly [number, number] | null;

/** `true` when one of the document's other carriers of the central clause holds the folded phrase. */
export const carriedElsewhere = (p: Pair, folded: string): boolean =>
  p.elsewhere.some((t) => ` ${t} `.includes(` ${folded} `));

/** Marks tokens [from, to) of one side explained. */
export function explain(p: Pair, side: Side, r: Range): void {
  if (r) for (let i = r[0]; i < r[1]; i++) p.explained[side].add(i);
}

/**
 * `true` when every change only strikes words that another carrier of the central clause holds:
 * the central clause was split over two local clauses and nothing else changed.
 */
export function splitOnly(p: Pair): boolean {
  if (!p.elsewhere.length) return false;
  return changeGroups(p.slots).every(([a, b]) => {
    const lr = inSlots(p.slots, 'l', a, b), cr = inSlots(p.slots, 'c', a, b);
    if (lr && p.local.slice(lr[0], lr[1]).some((t) => t.word)) return false;
    if (!cr) return true;
    let [s, e] = cr;
    while (s < e && !p.central[s]!.word) s++;
    while (e > s && !p.central[e - 1]!.word) e--;
    // A word or two found elsewhere ("sự") proves no split; a stretch of three words does.
    const words = p.central.slice(s, e).filter((t) => t.word).length;
    return s === e || (words >= 3 && carriedElsewhere(p, foldedOf(p.central, s, e)));
  });
}
