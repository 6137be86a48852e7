/**
 * The inverted index behind stage 4: the central clauses' features (words and word bigrams) with
 * their posting lists, built once per central text. A document is aligned by walking, for each of
 * its clauses, the postings of that clause's features — the cost grows with the text of the
 * document, not with (local clauses × central clauses × clause length). A feature weighs its IDF
 * per occurrence; two clauses share the multiset intersection of their weights. Bigrams get their
 * own document frequency: a set phrase repeated across the central text ("đẩy lùi sự suy thoái")
 * weighs little even where its words are rarer. Features are interned as numbers (a bigram is a
 * pair of word ids): no strings are built per token.
 */
import { chooseSources, type Alignment } from './align.ts';
import { idfOf } from './nlp-adapter.ts';

/** Feature counts of one clause: parallel arrays of feature ids and counts. */
interface Bag { readonly ids: Int32Array; readonly counts: Float64Array }

/** The central clauses, indexed. Built by `indexCentral`; read-only afterwards. */
export interface CentralIndex {
  readonly size: number;
  readonly words: ReadonlyMap<string, number>;
  /** Word-id pair (a × 2²¹ + b) → feature id; word ids are feature ids. */
  readonly bigrams: ReadonlyMap<number, number>;
  /** Number of feature ids (words and bigrams) of the central clauses. */
  readonly features: number;
  /** Central document frequency of each feature id. */
  readonly df: Int32Array;
  readonly bags: readonly Bag[];
  /** Feature id → central clauses holding it, with their counts. */
  readonly postings: readonly { readonly clause: Int32Array; readonly count: Float64Array }[];
  /** Per central clause: feature id → count (to skip what a first source already explains). */
  readonly has: readonly ReadonlyMap<number, number>[];
}

const PAIR = 2 ** 21;

/**
 * Interns words and bigrams as feature ids. Over a `base` index, the base's features keep their
 * ids and new ones (a document's own words) are numbered after them, privately.
 */
class Interner {
  readonly words = new Map<string, number>();
  readonly bigrams = new Map<number, number>();
  next: number;
  constructor(private readonly base: CentralIndex | null = null) { this.next = base?.features ?? 0; }
  word(w: string): number {
    let k = this.base?.words.get(w) ?? this.words.get(w);
    if (k === undefined) this.words.set(w, (k = this.next++));
    return k;
  }
  pair(a: number, b: number): number {
    const key = a * PAIR + b;
    let k = this.base?.bigrams.get(key) ?? this.bigrams.get(key);
    if (k === undefined) this.bigrams.set(key, (k = this.next++));
    return k;
  }
  bag(words: readonly string[]): Bag {
    const counts = new Map<number, number>();
    const add = (k: number) => counts.set(k, (counts.get(k) ?? 0) + 1);
    let prev = -1;
    for (const w of words) { const k = this.word(w); add(k); if (prev >= 0) add(this.pair(prev, k)); prev = k; }
    // Filled by hand: `Int32Array.from(iterator)` cost a third of the alignment stage.
    const ids = new Int32Array(counts.size), n = new Float64Array(counts.size);
    let x = 0;
    for (const [k, c] of counts) { ids[x] = k; n[x++] = c; }
    return { ids, counts: n };
  }
}

/** Indexes the central clauses (their words, restated title already masked). */
export function indexCentral(clauses: readonly (readonly string[])[]): CentralIndex {
  const intern = new Interner();
  const bags = clauses.map((ws) => intern.bag(ws));
  const n = intern.next;
  const lists: { clause: number[]; count: number[] }[] = Array.from({ length: n }, () => ({ clause: [], count: [] }));
  const df = new Int32Array(n);
  bags.forEach((b, j) => b.ids.forEach((k, x) => { lists[k]!.clause.push(j); lists[k]!.count.push(b.counts[x]!); df[k]!++; }));
  const postings = lists.map((l) => ({ clause: Int32Array.from(l.clause), count: Float64Array.from(l.count) }));
  const has = bags.map((b) => new Map([...b.ids].map((k, x) => [k, b.counts[x]!] as const)));
  return { size: clauses.length, words: intern.words, bigrams: intern.bigrams, features: n, df, bags, postings, has };
}

const sum = (b: Bag, idf: Float64Array) => { let s = 0; for (let x = 0; x < b.ids.length; x++) s += b.counts[x]! * idf[b.ids[x]!]!; return s; };

/**
 * Aligns a document's clauses (their words) with the indexed central clauses. IDF is computed over
 * the central clauses and this document's, so a document's result never depends on which other
 * documents are loaded. `partBonus(i, j)`: what the parts of local clause i and central clause j add to the choice (align.ts).
 */
export function alignDocument(index: CentralIndex, local: readonly (readonly string[])[], partBonus: (i: number, j: number) => number): Alignment[] {
  const intern = new Interner(index);
  const bags = local.map((ws) => intern.bag(ws));
  const localDf = new Int32Array(intern.next);
  for (const b of bags) for (const k of b.ids) localDf[k]!++;
  const n = index.size + local.length;
  const idf = new Float64Array(localDf.length);
  for (let k = 0; k < idf.length; k++) idf[k] = idfOf(n, (k < index.features ? index.df[k]! : 0) + localDf[k]!);
  const centralTotal = index.bags.map((b) => sum(b, idf));
  return bags.map((b, i) => {
    const total = sum(b, idf);
    const ov = new Float64Array(index.size);
    accumulate(index, b, idf, ov, null);
    const share = new Float64Array(index.size), carried = new Float64Array(index.size);
    for (let j = 0; j < index.size; j++) {
      share[j] = total ? ov[j]! / total : 0;
      carried[j] = centralTotal[j] ? ov[j]! / centralTotal[j]! : 0;
    }
    const beyond = (first: number) => {
      const rest = new Float64Array(index.size);
      accumulate(index, b, idf, rest, index.has[first]!);
      for (let j = 0; j < rest.length; j++) rest[j] = total ? rest[j]! / total : 0;
      return rest;
    };
    return chooseSources(total, share, carried, (j) => partBonus(i, j), beyond);
  });
}

/** Adds min(local weight, central weight) of every shared feature to `out[central clause]`. */
function accumulate(index: CentralIndex, b: Bag, idf: Float64Array, out: Float64Array, skip: ReadonlyMap<number, number> | null): void {
  for (let x = 0; x < b.ids.length; x++) {
    const k = b.ids[x]!;
    if (k >= index.features || skip?.has(k)) continue;
    const p = index.postings[k]!, c = b.counts[x]!, w = idf[k]!;
    for (let y = 0; y < p.clause.length; y++) out[p.clause[y]!]! += w * Math.min(c, p.count[y]!);
  }
}
