/**
 * A quick "certainly none of these words" test to run before a `Map` lookup that mostly misses.
 * A word is reduced to its length and a few of its code units, hashed into a bit set: a word of
 * the set always passes, another word passes only when its hash meets a set word's (a Bloom
 * filter with one hash). Alignment's features look every word of every clause up in the central
 * title and in two phrase tries; three in four title lookups and nine in ten trie lookups miss.
 * Without the sieves the features stage took 12 % longer (alternating runs, 300 documents).
 */
export class WordSieve {
  private readonly bits = new Int32Array(1 << 11);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const k = key(w);
      this.bits[k >>> 5]! |= 1 << (k & 31);
    }
  }

  /** `false` when `w` is certainly not one of the words; `true` when it may be. */
  mayHold(w: string): boolean {
    const k = key(w);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}

/** 16 bits from the length and the first, second and last code units. */
function key(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const h = Math.imul(w.charCodeAt(0) ^ (n << 16), 0x9e3779b1) ^ Math.imul(w.charCodeAt(n - 1) ^ (w.charCodeAt(n > 1 ? 1 : 0) << 16), 0x85ebca6b);
  return (h ^ (h >>> 16)) & 0xffff;
}
