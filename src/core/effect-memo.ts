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
import { foldedAll } from './effect-match.ts';

/**
 * Pairs remembered per central clause list; a stream of unseen pairs clears it rather than grow it
 * forever. A key spells the pair out (a few KB), so the bound is memory: 10,000 generated letters
 * in ndjson peaked at 522 MB with 4,096 pairs, 325 MB with 256 (254 MB before the memo), for the
 * same time and byte-identical output.
 */
const MAX = 256;

interface Seen { readonly base: number; readonly effects: readonly Effect[] }

const memos = new WeakMap<readonly Clause[], Map<string, Seen>>();

/** Everything `effectsOf` reads, local offsets taken from `base` (central ones are the central text's own). */
function pairKey(sources: readonly string[], input: EffectInput, base: number): string {
  const { local, diff } = input;
  let k = `${sources.join(',')}\u0001${input.part ?? ''}\u0001${diff.substantive},${diff.inserted},${diff.deleted},${diff.capped}\u0001`;
  for (const p of diff.parts) k += p.op === 'delete' ? `d${p.kind}${p.start}.${p.end};` : `${p.op}${p.kind}${p.start - base}.${p.end - base};`;
  k += '\u0001';
  for (const t of local) k += `${t.start - base}.${t.end - base}${t.word ? 'w' : 'p'}${t.text}\u0002`;
  for (const s of input.siblings ?? []) k += `\u0001${foldedAll(s)}`;
  return k;
}

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
  if (!memo) memos.set(centralClauses, (memo = new Map()));
  const key = pairKey(sources, input, first.start);
  let seen = memo.get(key);
  if (!seen) {
    if (memo.size >= MAX) memo.clear();
    memo.set(key, (seen = { base: first.start, effects: effectsOf(input) }));
  }
  const by = first.start - seen.base;
  return seen.effects.map((e) => moved(e, by));
}
