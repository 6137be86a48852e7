/**
 * The pool of added text: clauses of the real local documents and of the parent text (KL 21) that
 * do not derive from the central text. A clause qualifies when no central clause shares more than
 * 15% of its word bigrams — a criterion of its own, independent of the product's aligner — and
 * it has at least eight words.
 */
import { segmentClauses } from '../core/segment-clauses.ts';
import type { Clause } from '../core/types.ts';
import type { BenchBase } from './types.ts';
import { normWords } from './word-edits.ts';

const MAX_SHARED_BIGRAMS = 0.15;
const MIN_WORDS = 8;

const bigrams = (words: readonly string[]) => new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));

/** Texts a generated document may add, in corpus order (deduplicated). */
export function addedPool(base: BenchBase): string[] {
  const central = segmentClauses(base.central).map((c) => bigrams(normWords(c.text)));
  const seen = new Set<string>();
  const out: string[] = [];
  const candidates: Clause[] = [...base.locals, ...base.parents].flatMap((d) => segmentClauses(d));
  for (const c of candidates) {
    const words = normWords(c.text);
    const key = words.join(' ');
    if (words.length < MIN_WORDS || seen.has(key) || /^[\p{Ll}]/u.test(c.text)) continue;
    const own = bigrams(words);
    const worst = Math.max(...central.map((cb) => [...own].filter((b) => cb.has(b)).length / own.size));
    if (worst > MAX_SHARED_BIGRAMS) continue;
    seen.add(key);
    out.push(c.text.replace(/\s+/gu, ' '));
  }
  return out;
}
