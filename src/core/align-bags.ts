/**
 * Clauses as bags of numbered features for alignment (align-index.ts): each word and each pair of
 * adjacent words (a bigram) becomes a feature id, counted per clause. No string is built per token:
 * a word is looked up once, a bigram is the pair of its words' ids.
 */
import { PairTable } from './pair-table.ts';

/**
 * The feature counts of a list of clauses, in one run: clause i holds `ids[x]` (`counts[x]` times)
 * for x in `start[i]`..`start[i + 1]`, in the order the features first occur in the clause.
 */
export interface Bags {
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly counts: Float64Array;
}

/** How features are numbered: word → id, (word id, word id) → bigram id, ids 0..count-1. */
export interface Features {
  readonly words: ReadonlyMap<string, number>;
  readonly bigrams: PairTable;
  readonly count: number;
}

/**
 * The bags of `clauses`, and the number of clauses holding each feature id (`df`, indexed up to
 * `features.count`). Over a `base` numbering (the central index's), the base's features keep
 * their ids and new ones (a document's own words) are numbered after them, privately: `features`
 * then holds only the new words and bigrams, and `count` counts the base's too.
 */
export function bagsOf(clauses: readonly (readonly string[])[], base: Features | null): { bags: Bags; features: Features; df: Int32Array } {
  let words = 0;
  for (const ws of clauses) words += ws.length;
  const own = new Map<string, number>(), pairs = new PairTable(words);
  let next = base?.count ?? 0;
  // A clause of w words has at most 2w - 1 features, and the document at most 2 × words new ones.
  const start = new Int32Array(clauses.length + 1), ids = new Int32Array(2 * words), counts = new Float64Array(2 * words);
  // Feature id → its position in the current clause's bag, -1 outside it: a Map of counts per
  // clause, copied into typed arrays, made bag building nearly half of the alignment stage.
  const at = new Int32Array(next + 2 * words).fill(-1), df = new Int32Array(next + 2 * words);
  let len = 0;
  const tally = (k: number) => {
    const x = at[k]!;
    if (x >= 0) counts[x]!++;
    else { at[k] = len; ids[len] = k; counts[len++] = 1; df[k]!++; }
  };
  for (let i = 0; i < clauses.length; i++) {
    start[i] = len;
    let prev = -1;
    for (const w of clauses[i]!) {
      let k = base?.words.get(w) ?? own.get(w);
      if (k === undefined) own.set(w, (k = next++));
      tally(k);
      if (prev >= 0) {
        let p = base ? base.bigrams.get(prev, k) : -1;
        if (p < 0 && (p = pairs.get(prev, k)) < 0) pairs.add(prev, k, (p = next++));
        tally(p);
      }
      prev = k;
    }
    for (let x = start[i]!; x < len; x++) at[ids[x]!] = -1;
  }
  start[clauses.length] = len;
  return { bags: { start, ids, counts }, features: { words: own, bigrams: pairs, count: next }, df };
}

/** Σ count × idf over clause i's bag. */
export function bagWeight(b: Bags, i: number, idf: Float64Array): number {
  const { ids, counts } = b, end = b.start[i + 1]!;
  let s = 0;
  for (let x = b.start[i]!; x < end; x++) s += counts[x]! * idf[ids[x]!]!;
  return s;
}
