/**
 * The inverted index behind stage 4: the central clauses' features (words and word bigrams) with
 * their posting lists, built once per central text. A document is aligned by walking, for each of
 * its clauses, the postings of that clause's features — the cost grows with the text of the
 * document, not with (local clauses × central clauses × clause length). A feature weighs its IDF
 * per occurrence; two clauses share the multiset intersection of their weights. Bigrams get their
 * own document frequency: a set phrase repeated across the central text ("đẩy lùi sự suy thoái")
 * weighs little even where its words are rarer. Features are interned as numbers (align-bags.ts).
 */
import { chooseSources, SECOND_GAIN, type Alignment } from './align.ts';
import { bagsOf, bagWeight, type Bags, type Features } from './align-bags.ts';
import { idfOf } from './nlp-adapter.ts';

/** The central clauses, indexed. Built by `indexCentral`; read-only afterwards. */
export interface CentralIndex {
  readonly size: number;
  readonly features: Features;
  /** Central document frequency of each feature id. */
  readonly df: Int32Array;
  readonly bags: Bags;
  /**
   * Feature id k → the central clauses holding it, `clause[x]` holding it `count[x]` times for x in
   * `start[k]`..`start[k + 1]`, in clause order.
   */
  readonly postings: { readonly start: Int32Array; readonly clause: Int32Array; readonly count: Float64Array };
}

/** Indexes the central clauses (their words, restated title already masked). */
export function indexCentral(clauses: readonly (readonly string[])[]): CentralIndex {
  const { bags, features, df } = bagsOf(clauses, null);
  const n = features.count, end = bags.start[clauses.length]!;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) start[k + 1] = start[k]! + df[k]!;
  const fill = start.slice(0, n), clause = new Int32Array(end), count = new Float64Array(end);
  for (let j = 0; j < clauses.length; j++) {
    for (let x = bags.start[j]!; x < bags.start[j + 1]!; x++) {
      const y = fill[bags.ids[x]!]!++;
      clause[y] = j;
      count[y] = bags.counts[x]!;
    }
  }
  return { size: clauses.length, features, df, bags, postings: { start, clause, count } };
}

/**
 * Aligns a document's clauses (their words) with the indexed central clauses. IDF is computed over
 * the central clauses and this document's, so a document's result never depends on which other
 * documents are loaded. `partBonus(i, j)`: what the parts of local clause i and central clause j add to the choice (align.ts).
 */
export function alignDocument(index: CentralIndex, local: readonly (readonly string[])[], partBonus: (i: number, j: number) => number): Alignment[] {
  const { bags, features, df: localDf } = bagsOf(local, index.features);
  const n = index.size + local.length, central = index.features.count;
  const idf = new Float64Array(features.count);
  for (let k = 0; k < idf.length; k++) idf[k] = idfOf(n, (k < central ? index.df[k]! : 0) + localDf[k]!);
  const centralTotal = new Float64Array(index.size);
  for (let j = 0; j < index.size; j++) centralTotal[j] = bagWeight(index.bags, j, idf);
  // Scratch reused by every clause: `chooseSources` keeps none of them.
  const ov = new Float64Array(index.size), share = new Float64Array(index.size), carried = new Float64Array(index.size);
  const rest = new Float64Array(index.size), skip = new Uint8Array(central);
  const out: Alignment[] = [];
  for (let i = 0; i < local.length; i++) {
    const total = bagWeight(bags, i, idf);
    ov.fill(0);
    accumulate(index, bags, i, idf, ov, null);
    for (let j = 0; j < index.size; j++) {
      share[j] = total ? ov[j]! / total : 0;
      carried[j] = centralTotal[j] ? ov[j]! / centralTotal[j]! : 0;
    }
    const beyond = (first: number) => {
      // A share beyond the first source is at most the whole share: when no other central clause
      // reaches `SECOND_GAIN` at all (most local clauses copy one), none can be a second source,
      // and the shares themselves answer without walking the postings again.
      if (!share.some((s, j) => j !== first && s >= SECOND_GAIN)) return share;
      rest.fill(0);
      mark(index.bags, first, skip, 1);
      accumulate(index, bags, i, idf, rest, skip);
      mark(index.bags, first, skip, 0);
      for (let j = 0; j < rest.length; j++) rest[j] = total ? rest[j]! / total : 0;
      return rest;
    };
    out.push(chooseSources(total, share, carried, (j) => partBonus(i, j), beyond));
  }
  return out;
}

/** Sets `flags` of the features of clause j's bag to `v`. */
function mark(b: Bags, j: number, flags: Uint8Array, v: number): void {
  for (let x = b.start[j]!; x < b.start[j + 1]!; x++) flags[b.ids[x]!] = v;
}

/**
 * Adds min(local weight, central weight) of every feature local clause i shares with a central
 * clause to `out[central clause]`, but for the features flagged in `skip` (those a first source
 * already explains).
 */
function accumulate(index: CentralIndex, b: Bags, i: number, idf: Float64Array, out: Float64Array, skip: Uint8Array | null): void {
  const { start, clause, count } = index.postings, central = index.features.count, { ids, counts } = b, end = b.start[i + 1]!;
  for (let x = b.start[i]!; x < end; x++) {
    const k = ids[x]!;
    if (k >= central || skip?.[k]) continue;
    const c = counts[x]!, w = idf[k]!, last = start[k + 1]!;
    for (let y = start[k]!; y < last; y++) out[clause[y]!]! += w * Math.min(c, count[y]!);
  }
}
