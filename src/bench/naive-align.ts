/**
 * The baseline `npm run bench` compares against: every local clause diffed word by word against
 * every central clause (jsdiff's `diffArrays`, no edit cap), the closest one taken. It is what one
 * writes first; its cost is local clauses × central clauses × a full diff.
 */
import { diffArrays } from 'diff';
import { segmentClauses } from '../core/segment-clauses.ts';
import type { Clause, LocalClass, ParsedDocument } from '../core/types.ts';
import type { Scorable } from './score-truth.ts';

/** Below this Dice similarity (2 × common words / words of both) a clause is called added. */
const NAIVE_ADDED_BELOW = 0.5;

/** The naive aligner's verdict on one local clause. */
export interface NaiveResult {
  readonly clause: Clause;
  readonly class: LocalClass;
  readonly central: string | null;
  readonly similarity: number;
}

const words = (c: Clause) => c.tokens.filter((t) => t.word).map((t) => t.norm);

/** Aligns each clause of `doc` with the closest of `central` by a full word diff against every one. */
export function naiveAlign(central: readonly Clause[], doc: ParsedDocument): NaiveResult[] {
  const cw = central.map(words);
  return segmentClauses(doc).map((clause) => {
    const lw = words(clause);
    let best = { index: -1, dice: 0, inserted: 0, deleted: 0 };
    cw.forEach((w, index) => {
      let common = 0, inserted = 0, deleted = 0;
      for (const part of diffArrays(w, lw)) {
        if (part.added) inserted += part.count ?? part.value.length;
        else if (part.removed) deleted += part.count ?? part.value.length;
        else common += part.count ?? part.value.length;
      }
      const dice = (2 * common) / (w.length + lw.length || 1);
      if (dice > best.dice) best = { index, dice, inserted, deleted };
    });
    const derived = best.index >= 0 && best.dice >= NAIVE_ADDED_BELOW;
    const cls: LocalClass = !derived ? 'added' : Math.max(best.inserted, best.deleted) <= 2 ? 'verbatim' : 'adapted';
    return { clause, class: cls, central: derived ? central[best.index]!.id : null, similarity: best.dice };
  });
}

/** The naive verdicts in the scorer's shape: central clauses no clause chose are omitted. */
export function naiveScorable(central: readonly Clause[], results: readonly NaiveResult[]): Scorable {
  const chosen = new Set(results.map((r) => r.central));
  return {
    clauses: results.map((r) => ({ clause: r.clause, class: r.class, central: r.central ? [r.central] : [] })),
    central: central.map((c) => ({ id: c.id, status: chosen.has(c.id) ? 'adapted' : 'omitted' })),
  };
}
