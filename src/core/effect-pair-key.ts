/**
 * What the effects memo (effect-memo.ts) tells pairs apart by: everything `effectsOf` reads, local
 * offsets taken from the local clause's first token. A number sorts the pairs (`pairHash`), a
 * field-by-field comparison decides (`samePair`). The memo used to spell every pair out as one
 * string key (offsets in decimal, token by token): 50 µs a pair, a fifth of the effects stage, for
 * a memo the benchmark's letters hit one time in ten. Hashing the same fields builds nothing.
 */
import type { EffectInput } from './effects.ts';
import { foldedAll } from './effect-match.ts';

/** A pair as the memo reads it: the central clauses' ids and `effectsOf`'s input. */
export interface PairFields {
  readonly sources: readonly string[];
  readonly input: EffectInput;
  /** Start of the local clause's first token: local offsets count from here. */
  readonly base: number;
}

const OPS = { equal: 1, insert: 2, delete: 3 } as const;
const KINDS = { same: 1, cosmetic: 2, substantive: 3 } as const;

/** FNV-1a step over a 32-bit value. */
const mix = (h: number, n: number): number => Math.imul(h ^ n, 0x01000193);

function mixText(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return mix(h, s.length);
}

/** A 32-bit hash of the fields `samePair` compares: equal pairs hash alike. */
export function pairHash({ sources, input, base }: PairFields): number {
  const { local, diff } = input;
  let h = 0x811c9dc5;
  for (const s of sources) h = mixText(h, s);
  h = mixText(h, input.part ?? '');
  h = mix(mix(mix(mix(h, diff.substantive), diff.inserted), diff.deleted), diff.capped ? 1 : 0);
  h = mix(h, diff.parts.length);
  for (const p of diff.parts) {
    const by = p.op === 'delete' ? 0 : base;
    h = mix(mix(mix(h, OPS[p.op] * 4 + KINDS[p.kind]), p.start - by), p.end - by);
  }
  h = mix(h, local.length);
  for (const t of local) h = mixText(mix(mix(mix(h, t.start - base), t.end - base), t.word ? 1 : 0), t.text);
  const siblings = input.siblings ?? [];
  h = mix(h, siblings.length);
  for (const s of siblings) h = mixText(h, foldedAll(s));
  return h;
}

/** `true` when `effectsOf` reads the same in both pairs (local offsets relative to each pair's base). */
export function samePair(a: PairFields, b: PairFields): boolean {
  const x = a.input, y = b.input;
  if (a.sources.length !== b.sources.length || a.sources.some((s, i) => s !== b.sources[i])) return false;
  if ((x.part ?? '') !== (y.part ?? '')) return false;
  const dx = x.diff, dy = y.diff;
  if (dx.substantive !== dy.substantive || dx.inserted !== dy.inserted || dx.deleted !== dy.deleted || dx.capped !== dy.capped) return false;
  if (dx.parts.length !== dy.parts.length) return false;
  for (let i = 0; i < dx.parts.length; i++) {
    const p = dx.parts[i]!, q = dy.parts[i]!;
    // Delete parts are central offsets, the same in every document; the others are local.
    const bp = p.op === 'delete' ? 0 : a.base, bq = q.op === 'delete' ? 0 : b.base;
    if (p.op !== q.op || p.kind !== q.kind || p.start - bp !== q.start - bq || p.end - bp !== q.end - bq) return false;
  }
  if (x.local.length !== y.local.length) return false;
  for (let i = 0; i < x.local.length; i++) {
    const s = x.local[i]!, t = y.local[i]!;
    if (s.start - a.base !== t.start - b.base || s.end - a.base !== t.end - b.base || s.word !== t.word || s.text !== t.text) return false;
  }
  const sx = x.siblings ?? [], sy = y.siblings ?? [];
  return sx.length === sy.length && sx.every((s, i) => foldedAll(s) === foldedAll(sy[i]!));
}
