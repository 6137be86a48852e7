/**
 * Benchmark mode: `?bench=N` in the page's query (not the hash, which holds the view) replaces the
 * user's corpus with N generated documents for this page load only. The user's saved workspace is
 * never read or written in this mode, so leaving it (dropping the flag) finds everything as it was.
 */

/** Documents generated when the flag has no number (`?bench`). */
export const BENCH_DEFAULT = 1000;
/** Most documents a page may ask for: more would exhaust the tab's memory. */
export const BENCH_MAX = 5000;

/** What the page's query asks for. */
export type BenchMode =
  | { readonly kind: 'off' }
  | {
      readonly kind: 'on';
      /** Documents to generate (after the cap). */
      readonly n: number;
      readonly seed: number;
      /** The number asked for was above `BENCH_MAX` and was lowered to it. */
      readonly capped: boolean;
    }
  | { readonly kind: 'invalid'; readonly raw: string };

/** Off: the user's workspace and the built-in corpus. */
export const BENCH_OFF: BenchMode = { kind: 'off' };

const WHOLE = /^\d+$/u;

/** Reads `?bench[=N][&seed=S]` from a query string ("?a=1&bench=40" or ""). */
export function parseBenchMode(search: string): BenchMode {
  const params = new URLSearchParams(search);
  if (!params.has('bench')) return BENCH_OFF;
  const raw = (params.get('bench') ?? '').trim();
  const seedRaw = (params.get('seed') ?? '1').trim();
  const seed = WHOLE.test(seedRaw) ? Number(seedRaw) : NaN;
  if (raw === '') return Number.isSafeInteger(seed) ? { kind: 'on', n: BENCH_DEFAULT, seed, capped: false } : { kind: 'invalid', raw: `seed=${seedRaw}` };
  const n = WHOLE.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) return { kind: 'invalid', raw };
  if (!Number.isSafeInteger(seed)) return { kind: 'invalid', raw: `seed=${seedRaw}` };
  return { kind: 'on', n: Math.min(n, BENCH_MAX), seed, capped: n > BENCH_MAX };
}

/** The query of a page in benchmark mode with `n` documents. */
export function benchSearch(n: number = BENCH_DEFAULT): string {
  return `?bench=${n}`;
}

/** The query with the benchmark flag (and its seed) removed, other parameters kept. */
export function withoutBench(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('bench');
  params.delete('seed');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** The store's record of the mode this page was opened in (fixed for the page's life). */
export interface BenchSlice {
  readonly bench: BenchMode;
}

/**
 * The corpus loader for a mode: in benchmark mode the built-in corpus carries the request, and the
 * worker generates the documents from it (so only a few kilobytes cross to the worker).
 */
export function benchLoader<I extends object>(loader: () => Promise<I>, mode: BenchMode): () => Promise<I> {
  if (mode.kind !== 'on') return loader;
  return async () => ({ ...(await loader()), bench: { n: mode.n, seed: mode.seed } });
}
