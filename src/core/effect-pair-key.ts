/**
 * What the effects memo (effect-memo.ts) tells pairs apart by: everything `effectsOf` reads, local
 * offsets taken from the local clause's first token. A number sorts the pairs (`probeOf`), a
 * field-by-field comparison decides (`sameKey`). The memo used to spell every pair out as one
 * string key (offsets in decimal, token by token): 50 µs a pair, a fifth of the effects stage, for
 * a memo the benchmark's letters hit one time in ten. The numbers compared are now written once per
 * pair looked up (`probeOf`), then hashed, compared and kept from there.
 */
import type { EffectInput } from './effects.ts';
import type { DiffPart, Token } from './types.ts';
import { foldedAll } from './effect-match.ts';
import { mapped, none } from './packed.ts';

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
   * The pair's numbers (`probeOf`): one character code each when all fit in 16 bits (offsets
   * within a clause nearly always do), else a 32-bit array. A string, not a `Uint16Array`: a typed
   * array of more than 64 bytes is allocated outside the heap. Building one per new pair cost
   * 46 k instructions (against 23 k now), and over 1,000 generated letters the run took 2.6 % fewer
   * instructions with strings, most of it outside the memo's own code (the collector's).
   */
  readonly nums: string | Int32Array;
  /** The local tokens' texts end to end (their lengths are in `nums`). */
  readonly texts: string;
  /** The siblings' folded texts. */
  readonly siblings: readonly string[];
}

/**
 * A pair being looked up: its numbers (the first `count` of `nums`) and their hash. `nums` is
 * shared from probe to probe: a probe is read (`sameKey`, `keyOf`) before the next is made.
 */
export interface Probe { readonly hash: number; readonly nums: readonly number[]; readonly count: number }

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
 * The numbers of the pair being looked up, reused: a key keeps only their copy. Written over, never
 * emptied: `length = 0` dropped the array's backing store, and every probe grew it again by
 * doubling (94 MB allocated over 1,000 generated letters).
 */
const scratch: number[] = [];

/**
 * Delete parts' offsets are counted from the central tokens' start: they are offsets in the central
 * text, the same for the same sources (so the same in every pair a key is compared with), and small.
 */
const centralBase = (input: EffectInput): number => input.central[0]?.start ?? 0;

/**
 * The pair's numbers, written to `scratch`, and a 30-bit hash of them, its sources, part and number
 * of siblings: equal pairs hash alike. The numbers: the diff's counts and parts (op and kind, start,
 * end), then the local tokens (start, end, word, length of the text), offsets relative to the base
 * (a delete part's to `centralBase`). The token texts and the siblings' are left to `sameKey`: the
 * offsets tell nearly all pairs apart already, and hashing texts character by character made the
 * hash a third slower. Numbers are hashed as they are written: one pass, no second read.
 */
export function probeOf(pair: PairFields): Probe {
  const { input, base } = pair, { local, diff } = input, cbase = centralBase(input), x = scratch;
  let h = 0x811c9dc5, n = 0;
  for (const s of pair.sources) h = mixText(h, s);
  h = mixText(h, input.part ?? '');
  const parts = diff.parts;
  h = mix(h, x[n++] = diff.substantive);
  h = mix(h, x[n++] = diff.inserted);
  h = mix(h, x[n++] = diff.deleted);
  h = mix(h, x[n++] = diff.capped ? 1 : 0);
  h = mix(h, x[n++] = parts.length);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!, by = p.op === 'delete' ? cbase : base;
    h = mix(h, x[n++] = opKind(p));
    h = mix(h, x[n++] = p.start - by);
    h = mix(h, x[n++] = p.end - by);
  }
  h = mix(h, x[n++] = local.length);
  for (let i = 0; i < local.length; i++) {
    const t = local[i]!;
    h = mix(h, x[n++] = t.start - base);
    h = mix(h, x[n++] = t.end - base);
    h = mix(h, x[n++] = t.word ? 1 : 0);
    h = mix(h, x[n++] = t.text.length);
  }
  // 30 bits: a small integer, which a Map keys without boxing it as a heap number on every lookup.
  return { hash: mix(h, input.siblings?.length ?? 0) & 0x3fffffff, nums: x, count: n };
}

/** Longest run of numbers passed to `String.fromCharCode` at once (arguments go on the stack). */
const CHUNK = 4096;

function charCodes(nums: readonly number[]): string {
  if (nums.length <= CHUNK) return String.fromCharCode.apply(null, nums as number[]);
  let out = '';
  for (let i = 0; i < nums.length; i += CHUNK) out += String.fromCharCode.apply(null, nums.slice(i, i + CHUNK));
  return out;
}

/** The key of the pair `probe` was made from, for the memo to keep. */
export function keyOf({ sources, input }: PairFields, probe: Probe): PairKey {
  const x = probe.nums.slice(0, probe.count);
  let fits = true;
  for (let i = 0; i < x.length && fits; i++) fits = x[i]! >= 0 && x[i]! <= 0xffff && Number.isInteger(x[i]);
  const nums = fits ? charCodes(x) : Int32Array.from(x);
  // One string, joined afresh: a token's text may be a slice of the document's, which V8 would keep whole.
  const texts = input.local.map((t) => t.text).join('');
  return { sources: mapped(sources, (s) => s), part: input.part ?? '', nums, texts, siblings: mapped(input.siblings, foldedAll) };
}

/**
 * `true` when `effectsOf` reads the same in the pair (of `probe`) as in the pair `key` was made
 * from (local offsets relative to each pair's base). Flat loops: a lookup compares a few hundred
 * numbers, and a callback per number (as a first version did) cost twice.
 */
export function sameKey(key: PairKey, { sources, input }: PairFields, probe: Probe): boolean {
  if (key.sources.length !== sources.length) return false;
  for (let i = 0; i < sources.length; i++) if (key.sources[i] !== sources[i]) return false;
  if (key.part !== (input.part ?? '')) return false;
  const n = key.nums, x = probe.nums, count = probe.count;
  if (n.length !== count) return false;
  if (typeof n === 'string') { for (let i = 0; i < count; i++) if (n.charCodeAt(i) !== x[i]) return false; }
  else for (let i = 0; i < count; i++) if (n[i] !== x[i]) return false;
  // The texts' lengths are among the numbers: each text is compared where it stands in the key's.
  const { local } = input;
  for (let i = 0, off = 0; i < local.length; i++) {
    const t = local[i]!.text;
    if (!key.texts.startsWith(t, off)) return false;
    off += t.length;
  }
  const siblings = input.siblings ?? none<readonly Token[]>();
  return key.siblings.length === siblings.length && siblings.every((s, i) => foldedAll(s) === key.siblings[i]);
}
