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
    const ws = clauses[i]!, known = base && baseIds(base, ws);
    let prev = -1;
    for (let x = 0; x < ws.length; x++) {
      const w = ws[x]!;
      let k = known ? known.words[x]! : base?.words.get(w) ?? -1;
      if (k < 0 && (k = own.get(w) ?? -1) < 0) own.set(w, (k = next++));
      tally(k);
      if (prev >= 0) {
        let p = known ? known.bigrams[x]! : base ? base.bigrams.get(prev, k) : -1;
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

/** A clause's words and bigrams as numbered by a base (−1 where the base has none): see `baseIds`. */
interface BaseIds { readonly words: Int32Array; readonly bigrams: Int32Array }

const numbered = new WeakMap<Features, WeakMap<readonly string[], BaseIds>>();

/**
 * The base's ids of a clause's words and of each word's bigram with the one before, per words
 * array: the analysis hands the same array for a clause text it read before (analyze.ts), and
 * such a clause is then numbered without a lookup by string. A word or bigram the base lacks is
 * −1: the document numbers it (a bigram with a word the base lacks is never the base's).
 */
function baseIds(base: Features, ws: readonly string[]): BaseIds {
  let byWords = numbered.get(base);
  if (!byWords) numbered.set(base, (byWords = new WeakMap()));
  let ids = byWords.get(ws);
  if (!ids) {
    const words = new Int32Array(ws.length), bigrams = new Int32Array(ws.length).fill(-1);
    for (let x = 0; x < ws.length; x++) {
      words[x] = base.words.get(ws[x]!) ?? -1;
      if (x > 0 && words[x - 1]! >= 0 && words[x]! >= 0) bigrams[x] = base.bigrams.get(words[x - 1]!, words[x]!);
    }
    byWords.set(ws, (ids = { words, bigrams }));
  }
  return ids;
}

/** Σ count × idf over clause i's bag. */
export function bagWeight(b: Bags, i: number, idf: Float64Array): number {
  const { ids, counts } = b, end = b.start[i + 1]!;
  let s = 0;
  for (let x = b.start[i]!; x < end; x++) s += counts[x]! * idf[ids[x]!]!;
  return s;
}
