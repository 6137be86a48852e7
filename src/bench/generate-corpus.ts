/** Deterministic benchmark corpus generator (placeholder until the real generator lands). */
import type { BenchBase, GeneratedDoc } from './types.ts';

/** `n` local documents generated from `base`, the same for the same `seed`. */
export function generateCorpus(base: BenchBase, n: number, seed = 1): GeneratedDoc[] {
  void seed;
  return Array.from({ length: n }, (_v, i) => {
    const d = base.locals[i % base.locals.length]!;
    return { name: `bench-${String(i + 1).padStart(4, '0')}.txt`, text: d.text, truth: { clauses: [], omitted: [] } };
  });
}
