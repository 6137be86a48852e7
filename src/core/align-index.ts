/**
 * The inverted index behind stage 4: the central clauses' features (words and word bigrams) with
 * their posting lists, built once per central text. A document is aligned by walking, for each of
 * its clauses, the postings of that clause's features — the cost grows with the text of the
 * document, not with (local clauses × central clauses × clause length). Weights are the same
 * IDF-weighted multiset overlaps `alignClause` computes on profiles, so both paths agree exactly.
 */
import { chooseSources, featuresOf, type Alignment } from './align.ts';
import { idfOf } from './nlp-adapter.ts';

/** Feature counts of one clause: parallel arrays of feature ids and counts. */
interface Bag { readonly ids: Int32Array; readonly counts: Float64Array }

/** The central clauses, indexed. Built by `indexCentral`; read-only afterwards. */
export interface CentralIndex {
  readonly size: number;
  readonly vocab: ReadonlyMap<string, number>;
  /** Central document frequency of each feature id. */
  readonly df: Int32Array;
  readonly bags: readonly Bag[];
  /** Feature id → central clauses holding it, with their counts. */
  readonly postings: readonly { readonly clause: Int32Array; readonly count: Float64Array }[];
  /** Per central clause: feature id → count (to skip what a first source already explains). */
  readonly has: readonly ReadonlyMap<number, number>[];
}

function bagOf(features: readonly string[], id: (f: string) => number): Bag {
  const counts = new Map<number, number>();
  for (const f of features) { const k = id(f); counts.set(k, (counts.get(k) ?? 0) + 1); }
  return { ids: Int32Array.from(counts.keys()), counts: Float64Array.from(counts.values()) };
}

/** Indexes the central clauses (their words, restated title already masked). */
export function indexCentral(clauses: readonly (readonly string[])[]): CentralIndex {
  const vocab = new Map<string, number>();
  const id = (f: string) => { let k = vocab.get(f); if (k === undefined) vocab.set(f, (k = vocab.size)); return k; };
  const bags = clauses.map((ws) => bagOf(featuresOf(ws), id));
  const lists: { clause: number[]; count: number[] }[] = Array.from({ length: vocab.size }, () => ({ clause: [], count: [] }));
  const df = new Int32Array(vocab.size);
  bags.forEach((b, j) => b.ids.forEach((k, x) => { lists[k]!.clause.push(j); lists[k]!.count.push(b.counts[x]!); df[k]!++; }));
  const postings = lists.map((l) => ({ clause: Int32Array.from(l.clause), count: Float64Array.from(l.count) }));
  const has = bags.map((b) => new Map([...b.ids].map((k, x) => [k, b.counts[x]!] as const)));
  return { size: clauses.length, vocab, df, bags, postings, has };
}

/**
 * Aligns a document's clauses (their words) with the indexed central clauses. IDF is computed over
 * the central clauses and this document's, so a document's result never depends on which other
 * documents are loaded. `sameKind(i, j)`: local clause i and central clause j are of the same part.
 */
export function alignDocument(index: CentralIndex, local: readonly (readonly string[])[], sameKind: (i: number, j: number) => boolean): Alignment[] {
  const extra = new Map<string, number>();
  const id = (f: string) => index.vocab.get(f) ?? (extra.get(f) ?? (extra.set(f, index.vocab.size + extra.size), index.vocab.size + extra.size - 1));
  const bags = local.map((ws) => bagOf(featuresOf(ws), id));
  const localDf = new Int32Array(index.vocab.size + extra.size);
  for (const b of bags) for (const k of b.ids) localDf[k]!++;
  const n = index.size + local.length;
  const idf = new Float64Array(localDf.length);
  for (let k = 0; k < idf.length; k++) idf[k] = idfOf(n, (k < index.df.length ? index.df[k]! : 0) + localDf[k]!);
  const centralTotal = index.bags.map((b) => b.ids.reduce((s, k, x) => s + b.counts[x]! * idf[k]!, 0));
  const ov = new Float64Array(index.size);
  return bags.map((b, i) => {
    const total = b.ids.reduce((s, k, x) => s + b.counts[x]! * idf[k]!, 0);
    ov.fill(0);
    accumulate(index, b, idf, ov, null);
    const share = Float64Array.from(ov, (o) => (total ? o / total : 0));
    const carried = Float64Array.from(ov, (o, j) => (centralTotal[j] ? o / centralTotal[j]! : 0));
    const beyond = (first: number) => {
      const rest = new Float64Array(index.size);
      accumulate(index, b, idf, rest, index.has[first]!);
      return rest.map((o) => (total ? o / total : 0));
    };
    return chooseSources(total, share, carried, (j) => sameKind(i, j), beyond);
  });
}

/** Adds min(local weight, central weight) of every shared feature to `out[central clause]`. */
function accumulate(index: CentralIndex, b: Bag, idf: Float64Array, out: Float64Array, skip: ReadonlyMap<number, number> | null): void {
  for (let x = 0; x < b.ids.length; x++) {
    const k = b.ids[x]!;
    if (k >= index.postings.length || skip?.has(k)) continue;
    const p = index.postings[k]!, c = b.counts[x]!, w = idf[k]!;
    for (let y = 0; y < p.clause.length; y++) out[p.clause[y]!]! += w * Math.min(c, p.count[y]!);
  }
}
