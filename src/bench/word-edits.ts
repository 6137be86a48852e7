/**
 * The generator's own count of how far a rewording moved from the central clause: words inserted
 * and deleted by a longest common subsequence of normalized words. It decides the true label
 * (verbatim = "a word or two" changed, the product's definition) independently of the product's
 * aligner and diff.
 */
import { tokenize } from '../core/normalize.ts';

/** Normalized words of a text (case, tone placement and punctuation do not count). */
export function normWords(text: string): string[] {
  return tokenize(text.normalize('NFC')).filter((t) => t.word).map((t) => t.norm);
}

/** Words inserted and deleted going from `from` to `to`. */
export function wordEdits(from: readonly string[], to: readonly string[]): { inserted: number; deleted: number } {
  const n = from.length, m = to.length;
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      cur[j] = from[i - 1] === to[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  const lcs = prev[m]!;
  return { inserted: m - lcs, deleted: n - lcs };
}
