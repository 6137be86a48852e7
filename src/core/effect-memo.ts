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
import { pairHash, samePair, type PairFields } from './effect-pair-key.ts';

/**
 * Pairs remembered per central clause list; a stream of unseen pairs clears it rather than grow it
 * forever. The bound is memory: 10,000 generated letters in ndjson peaked at 522 MB with 4,096
 * pairs, 325 MB with 256 (254 MB before the memo), for the same time and byte-identical output,
 * when each pair was kept as a string key of a few KB; it is now kept by reference (its tokens and
 * diff, which the analysis's results hold anyway).
 */
const MAX = 256;

interface Seen extends PairFields { readonly effects: readonly Effect[] }

/** Per central clause list: pairs by `pairHash` (a bucket holds the rare pairs that share one), and how many. */
interface Memo { readonly byHash: Map<number, Seen[]>; size: number }

const memos = new WeakMap<readonly Clause[], Memo>();

/** A copy of an effect, its local span moved by `by` characters. */
function moved(e: Effect, by: number): Effect {
  const local = e.spans.local;
  return { ...e, values: { ...e.values }, evidence: { ...e.evidence }, spans: { central: e.spans.central, local: local && [local[0] + by, local[1] + by] } };
}

/**
 * `effectsOf(input)` for a local clause whose sources are central clauses `sources` (ids, in
 * central order) of `centralClauses`, read once per distinct pair. Always fresh objects.
 */
export function pairEffects(centralClauses: readonly Clause[], sources: readonly string[], input: EffectInput): Effect[] {
  const first = input.local[0];
  if (!input.diff.substantive || input.diff.capped || !first) return effectsOf(input);
  let memo = memos.get(centralClauses);
  if (!memo) memos.set(centralClauses, (memo = { byHash: new Map(), size: 0 }));
  const pair: PairFields = { sources, input, base: first.start };
  const hash = pairHash(pair);
  let seen = memo.byHash.get(hash)?.find((s) => samePair(s, pair));
  if (!seen) {
    if (memo.size >= MAX) { memo.byHash.clear(); memo.size = 0; }
    seen = { sources: [...sources], input, base: first.start, effects: effectsOf(input) };
    const bucket = memo.byHash.get(hash);
    if (bucket) bucket.push(seen); else memo.byHash.set(hash, [seen]);
    memo.size++;
  }
  const by = first.start - seen.base;
  return seen.effects.map((e) => moved(e, by));
}
