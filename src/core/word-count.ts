/**
 * How many of a run of tokens are words (not punctuation). Classify, the split check and two
 * metrics each count a clause's words; `tokens.filter((t) => t.word).length` built a throwaway
 * array of the words every time.
 */
import type { Token } from './types.ts';

/** The number of word tokens in `tokens` (from `from` to `to`, exclusive; the whole array by default). */
export function wordCount(tokens: readonly Token[], from = 0, to = tokens.length): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.word) n++;
  return n;
}
