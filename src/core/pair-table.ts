/**
 * A map from a pair of small non-negative integers to a non-negative integer, open addressing over
 * typed arrays. Alignment numbers its word bigrams with it: they were a `Map` keyed by
 * `a × 2²¹ + b`, which past word id 511 is no small integer, so a lookup boxed a heap number and
 * hashed it (bag building, with a `Map` of counts per clause, was 8.3 % of the analysis of a
 * document, the whole alignment stage 18.2 %).
 */
export class PairTable {
  private first: Int32Array;
  private second: Int32Array;
  private values: Int32Array;
  private mask: number;
  /** Number of pairs held. */
  size = 0;

  /** Room for `expected` pairs before the first growth. */
  constructor(expected = 8) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.first = new Int32Array(cap).fill(-1);
    this.second = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The value of (a, b), or -1. */
  get(a: number, b: number): number {
    for (let s = slot(a, b, this.mask); ; s = (s + 1) & this.mask) {
      const f = this.first[s]!;
      if (f < 0) return -1;
      if (f === a && this.second[s] === b) return this.values[s]!;
    }
  }

  /** Sets (a, b) to `value`; (a, b) must not be held yet. */
  add(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let s = slot(a, b, this.mask);
    while (this.first[s]! >= 0) s = (s + 1) & this.mask;
    this.first[s] = a;
    this.second[s] = b;
    this.values[s] = value;
    this.size++;
  }

  private grow(): void {
    const { first, second, values } = this;
    const cap = first.length * 2;
    this.first = new Int32Array(cap).fill(-1);
    this.second = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let s = 0; s < first.length; s++) if (first[s]! >= 0) this.add(first[s]!, second[s]!, values[s]!);
  }
}

/** Both halves multiplied by odd constants, then the high bits folded down (murmur3's finalizer), kept within `mask`. */
function slot(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) & mask;
}
