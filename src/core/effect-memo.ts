/**
 * Effects of a pair read before. A batch repeats clauses: documents copy the central wording and
 * each other's (a province's plan copied by its districts; the benchmark's letters share four in
 * five local clauses). What `effectsOf` returns depends only on the central clauses, the local
 * clause's tokens relative to its first, the word diff, the siblings' folded words and the part;
 * for the same of all these, the effects are those of the first reading with the local offsets
 * moved to where this clause stands.
 */
import type { Clause } from './types.ts';
import { effectsOf, type Effect, type EffectInput } from './effects.ts';
import { keyOf, pairHash, sameKey, type PairFields, type PairKey } from './effect-pair-key.ts';

/**
 * Pairs remembered per generation (see `Memo`). The bound is memory: 10,000 generated letters in
 * ndjson peaked at 522 MB with 4,096 pairs, 325 MB with 256 (254 MB before the memo), when each
 * pair was kept as a string key of a few KB. A pair is now kept as a compact `PairKey`; after 3,000
 * letters the heap holds 15 MB more than with the 256 pairs of before (with the texts' records of
 * effect-hits.ts, which grew likewise).
 */
const MAX = 2048;

interface Seen { readonly key: PairKey; readonly base: number; readonly effects: readonly Effect[] }

/** Pairs by `pairHash` (a bucket holds the rare pairs that share one). */
type Table = Map<number, Seen[]>;

/**
 * Per central clause list, two generations: pairs go into the young one; when it is full it
 * becomes the old one and the old one is dropped; a pair found in the old one moves to the young.
 * The pairs a batch repeats often stay, however many it reads once. Clearing the whole memo when
 * full (as it did, at 256 pairs) forgot them too: over the benchmark's first 1,200 letters it hit
 * 12 % of the pairs with a substantive change, against 69 % now (74 % for a memo without bound).
 */
interface Memo { young: Table; old: Table; size: number }

const memos = new WeakMap<readonly Clause[], Memo>();

/** A copy of an effect, its local span moved by `by` characters. */
function moved(e: Effect, by: number): Effect {
  const local = e.spans.local;
  return { ...e, values: { ...e.values }, evidence: { ...e.evidence }, spans: { central: e.spans.central, local: local && [local[0] + by, local[1] + by] } };
}

function find(table: Table, hash: number, pair: PairFields): Seen | undefined {
  const bucket = table.get(hash);
  if (bucket) for (const s of bucket) if (sameKey(s.key, pair)) return s;
  return undefined;
}

function add(memo: Memo, hash: number, seen: Seen): void {
  if (memo.size >= MAX) { memo.old = memo.young; memo.young = new Map(); memo.size = 0; }
  const bucket = memo.young.get(hash);
  if (bucket) bucket.push(seen); else memo.young.set(hash, [seen]);
  memo.size++;
}

/**
 * `effectsOf(input)` for a local clause whose sources are central clauses `sources` (ids, in
 * central order) of `centralClauses`, read once per distinct pair. Always fresh objects.
 */
export function pairEffects(centralClauses: readonly Clause[], sources: readonly string[], input: EffectInput): Effect[] {
  const first = input.local[0];
  if (!input.diff.substantive || input.diff.capped || !first) return effectsOf(input);
  let memo = memos.get(centralClauses);
  if (!memo) memos.set(centralClauses, (memo = { young: new Map(), old: new Map(), size: 0 }));
  const pair: PairFields = { sources, input, base: first.start };
  const hash = pairHash(pair);
  let seen = find(memo.young, hash, pair);
  if (!seen) {
    seen = find(memo.old, hash, pair) ?? { key: keyOf(pair), base: first.start, effects: effectsOf(input) };
    add(memo, hash, seen);
  }
  const by = first.start - seen.base;
  return seen.effects.map((e) => moved(e, by));
}
