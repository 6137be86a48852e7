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
import { listOf } from './packed.ts';
import { keyOf, probeOf, sameKey, type PairFields, type PairKey, type Probe } from './effect-pair-key.ts';

/**
 * Pairs remembered per central clause list. The bound is memory: 10,000 generated letters in
 * ndjson peaked at 522 MB with 4,096 pairs, 325 MB with 256 (254 MB before the memo), when each
 * pair was kept as a string key of a few KB. A pair is now kept as a compact `PairKey`: 4,096 pairs
 * take 12 MB (3 KB a pair with its effects); after 3,000 letters the heap holds 14 MB more than
 * with the memos of before (the texts' records of effect-hits.ts included).
 */
const MAX = 4096;

interface Seen { readonly hash: number; readonly key: PairKey; readonly base: number; readonly effects: readonly Effect[] }

/**
 * Per central clause list: the pairs by hash (`probeOf`; a bucket holds the rare pairs that share one),
 * and all of them from the least recently read to the most, the first forgotten when `MAX` are
 * kept. The pairs a batch repeats stay, however many it reads once. Clearing the whole memo when
 * full (as it did, at 256 pairs) forgot them too: over the benchmark's first 1,200 letters it hit
 * 12 % of the pairs with a substantive change, against 74 % now (as a memo without bound).
 */
interface Memo { readonly byHash: Map<number, Seen[]>; readonly recent: Set<Seen> }

const memos = new WeakMap<readonly Clause[], Memo>();

/**
 * A copy of an effect, its local span moved by `by` characters. Its values, evidence and (when not
 * moved) spans are the first reading's objects: nothing changes an effect once made, and every
 * analysis holding its own copies of them was 2 MB at N = 1,000.
 */
function moved(e: Effect, by: number): Effect {
  const local = e.spans.local;
  // Spelled out as `effect` spells it, keys in its order: a spread's copy has a map of its own.
  const spans = by === 0 || !local ? e.spans : { central: e.spans.central, local: [local[0] + by, local[1] + by] as const };
  return { kind: e.kind, code: e.code, values: e.values, evidence: e.evidence, spans };
}

function find(memo: Memo, pair: PairFields, probe: Probe): Seen | undefined {
  const bucket = memo.byHash.get(probe.hash);
  if (bucket) for (const s of bucket) if (sameKey(s.key, pair, probe)) return s;
  return undefined;
}

function add(memo: Memo, seen: Seen): void {
  if (memo.recent.size >= MAX) {
    const oldest = memo.recent.values().next().value!;
    memo.recent.delete(oldest);
    const bucket = memo.byHash.get(oldest.hash)!;
    if (bucket.length > 1) bucket.splice(bucket.indexOf(oldest), 1); else memo.byHash.delete(oldest.hash);
  }
  memo.recent.add(seen);
  const bucket = memo.byHash.get(seen.hash);
  if (bucket) bucket.push(seen); else memo.byHash.set(seen.hash, [seen]);
}

/**
 * `effectsOf(input)` for a local clause whose sources are central clauses `sources` (ids, in
 * central order) of `centralClauses`, read once per distinct pair. Always fresh objects.
 */
export function pairEffects(centralClauses: readonly Clause[], sources: readonly string[], input: EffectInput): Effect[] {
  const first = input.local[0];
  if (!input.diff.substantive || input.diff.capped || !first) return effectsOf(input);
  let memo = memos.get(centralClauses);
  if (!memo) memos.set(centralClauses, (memo = { byHash: new Map(), recent: new Set() }));
  const pair: PairFields = { sources, input, base: first.start };
  const probe = probeOf(pair);
  let seen = find(memo, pair, probe);
  if (seen) {
    // Read again: now the most recent.
    memo.recent.delete(seen);
    memo.recent.add(seen);
  } else {
    // The key before the effects: the probe's numbers are shared, valid until the next probe is made.
    seen = { hash: probe.hash, key: keyOf(pair, probe), base: first.start, effects: effectsOf(input) };
    add(memo, seen);
  }
  const by = first.start - seen.base;
  return listOf(seen.effects, (e) => moved(e, by));
}
