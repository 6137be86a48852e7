/**
 * What the effects memo (effect-memo.ts) tells pairs apart by: everything `effectsOf` reads, local
 * offsets taken from the local clause's first token. A number sorts the pairs (`pairHash`), a
 * field-by-field comparison decides (`sameKey`). The memo used to spell every pair out as one
 * string key (offsets in decimal, token by token): 50 µs a pair, a fifth of the effects stage, for
 * a memo the benchmark's letters hit one time in ten. Hashing the same fields builds nothing.
 */
import type { EffectInput } from './effects.ts';
import type { DiffPart } from './types.ts';
import { foldedAll } from './effect-match.ts';

/** A pair as the memo reads it: the central clauses' ids and `effectsOf`'s input. */
export interface PairFields {
  readonly sources: readonly string[];
  readonly input: EffectInput;
  /** Start of the local clause's first token: local offsets count from here. */
  readonly base: number;
}

/**
 * A pair as the memo keeps it: numbers and the tokens' texts, nothing else of the document. Keeping
 * the input itself kept its diff, whose part texts are slices of the document's text (V8 keeps the
 * whole text behind a slice), and its siblings' tokens: a compact key is what lets the memo hold
 * thousands of pairs (see effect-memo.ts's bound).
 */
export interface PairKey {
  readonly sources: readonly string[];
  readonly part: string;
  /**
   * The diff's counts and parts (op and kind, start, end), then the local tokens (start, end,
   * word, length of the text), offsets relative to the base (a delete part's to `centralBase`).
   * Built by `keyOf`, read by `sameKey`.
   */
  readonly nums: Uint16Array | Int32Array;
  /** The local tokens' texts end to end (their lengths are in `nums`). */
  readonly texts: string;
  /** The siblings' folded texts. */
  readonly siblings: readonly string[];
}

/**
 * A part's op and kind as one number (5..15). Compared, not looked up by name: a lookup keyed by a
 * string that varies from part to part is a generic property load, the slowest step of the hash.
 */
const opKind = (p: DiffPart): number =>
  (p.op === 'equal' ? 4 : p.op === 'insert' ? 8 : 12) + (p.kind === 'same' ? 1 : p.kind === 'cosmetic' ? 2 : 3);

/** FNV-1a step over a 32-bit value. */
const mix = (h: number, n: number): number => Math.imul(h ^ n, 0x01000193);

function mixText(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return mix(h, s.length);
}

/**
 * A 30-bit hash of some of the fields `sameKey` compares: equal pairs hash alike. The token texts
 * and the siblings are left to `sameKey`: the offsets tell nearly all pairs apart already (over
 * the benchmark a bucket holds one pair but for one in a hundred), and hashing the texts character
 * by character made the hash a third slower.
 */
export function pairHash({ sources, input, base }: PairFields): number {
  const { local, diff } = input;
  let h = 0x811c9dc5;
  for (const s of sources) h = mixText(h, s);
  h = mixText(h, input.part ?? '');
  h = mix(mix(mix(mix(h, diff.substantive), diff.inserted), diff.deleted), diff.capped ? 1 : 0);
  h = mix(h, diff.parts.length);
  for (const p of diff.parts) {
    const by = p.op === 'delete' ? 0 : base;
    h = mix(mix(mix(h, opKind(p)), p.start - by), p.end - by);
  }
  h = mix(h, local.length);
  for (const t of local) h = mix(mix(mix(h, t.start - base), t.end - base), t.word ? 1 : 0);
  // 30 bits: a small integer, which a Map keys without boxing it as a heap number on every lookup.
  return mix(h, input.siblings?.length ?? 0) & 0x3fffffff;
}

/** The numbers of a key being built (`keyOf`), reused: the key keeps only their typed copy. */
const scratch: number[] = [];

/** The pair's key, for the memo to keep. `sameKey` reads `nums` in the same order. */
export function keyOf({ sources, input, base }: PairFields): PairKey {
  const { local, diff } = input, cbase = centralBase(input);
  scratch.length = 0;
  scratch.push(diff.substantive, diff.inserted, diff.deleted, diff.capped ? 1 : 0, diff.parts.length);
  for (const p of diff.parts) {
    const by = p.op === 'delete' ? cbase : base;
    scratch.push(opKind(p), p.start - by, p.end - by);
  }
  scratch.push(local.length);
  for (const t of local) scratch.push(t.start - base, t.end - base, t.word ? 1 : 0, t.text.length);
  // 16-bit numbers when they fit (offsets within a clause nearly always do), else 32-bit: an
  // array of numbers takes 8 bytes each (Node keeps 64-bit pointers), and the memo holds thousands
  // of keys (4,096 of them took 22 MB more peak memory over 10,000 letters with 32-bit ones).
  const nums = scratch.every((n) => n >= 0 && n <= 0xffff) ? Uint16Array.from(scratch) : Int32Array.from(scratch);
  // One string, joined afresh: a token's text may be a slice of the document's, which V8 would keep whole.
  const texts = local.map((t) => t.text).join('');
  return { sources: [...sources], part: input.part ?? '', nums, texts, siblings: (input.siblings ?? []).map(foldedAll) };
}

/**
 * Delete parts' offsets are counted from the central tokens' start: they are offsets in the central
 * text, the same for the same sources (so the same in every pair a key is compared with), and small.
 */
const centralBase = (input: EffectInput): number => input.central[0]?.start ?? 0;

/**
 * `true` when `effectsOf` reads the same in the pair as in the pair `key` was made from (local
 * offsets relative to each pair's base). Flat loops over `nums` as `keyOf` wrote it: a lookup
 * compares a few hundred numbers, and a callback per number (as a first version did) cost twice.
 */
export function sameKey(key: PairKey, { sources, input, base }: PairFields): boolean {
  if (key.sources.length !== sources.length) return false;
  for (let i = 0; i < sources.length; i++) if (key.sources[i] !== sources[i]) return false;
  if (key.part !== (input.part ?? '')) return false;
  const { local, diff } = input, n = key.nums, cbase = centralBase(input);
  if (n[0] !== diff.substantive || n[1] !== diff.inserted || n[2] !== diff.deleted || n[3] !== (diff.capped ? 1 : 0) || n[4] !== diff.parts.length) return false;
  let at = 5;
  for (const p of diff.parts) {
    const by = p.op === 'delete' ? cbase : base;
    if (n[at] !== opKind(p) || n[at + 1] !== p.start - by || n[at + 2] !== p.end - by) return false;
    at += 3;
  }
  if (n[at++] !== local.length) return false;
  for (let i = 0, off = 0; i < local.length; i++, at += 4) {
    const t = local[i]!;
    if (n[at] !== t.start - base || n[at + 1] !== t.end - base || n[at + 2] !== (t.word ? 1 : 0) || n[at + 3] !== t.text.length || !key.texts.startsWith(t.text, off)) return false;
    off += t.text.length;
  }
  const siblings = input.siblings ?? [];
  return key.siblings.length === siblings.length && siblings.every((s, i) => foldedAll(s) === key.siblings[i]);
}
