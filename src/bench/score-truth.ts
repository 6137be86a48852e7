/**
 * Scores an analysis against the generator's truth. Truth clauses and analysed clauses are matched
 * by their words (the damage changes layout, never words), in document order: each truth clause
 * takes the best unmatched analysed clause among the next few, or anywhere when none fits.
 */
import type { CentralStatus, LocalClass, Token } from '../core/types.ts';
import type { DocTruth, TruthScore } from './types.ts';
import { normWords } from './word-edits.ts';

/** Minimum share of common words (of the longer clause) for a match. */
const MATCH = 0.6;
const WINDOW = 6;

function overlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) { common++; counts.set(w, n - 1); }
  }
  return common / Math.max(a.length, b.length, 1);
}

/** What is scored of a document's analysis (a `DocumentAnalysis`, or the naive aligner's verdicts). */
export interface Scorable {
  readonly clauses: readonly { readonly clause: { readonly tokens: readonly Token[] }; readonly class: LocalClass; readonly central: readonly string[] }[];
  readonly central: readonly { readonly id: string; readonly status: CentralStatus }[];
}

/** Per-document tallies, summed by `scoreTruth`. */
interface Tally { clauses: number; label: number; derived: number; align: number; omitTrue: number; omitFound: number; omitReported: number; spurious: number }

function tallyDocument(d: Scorable, truth: DocTruth): Tally {
  const words = d.clauses.map((r) => r.clause.tokens.filter((t) => t.word).map((t) => t.norm));
  const used = new Uint8Array(d.clauses.length);
  const t: Tally = { clauses: 0, label: 0, derived: 0, align: 0, omitTrue: 0, omitFound: 0, omitReported: 0, spurious: 0 };
  let cursor = 0;
  for (const tc of truth.clauses) {
    const tw = normWords(tc.text);
    const best = (from: number, to: number) => {
      let at = -1, score = MATCH;
      for (let k = from; k < to; k++) {
        if (used[k]) continue;
        const s = overlap(tw, words[k]!);
        if (s >= score) { at = k; score = s; }
      }
      return at;
    };
    let k = best(cursor, Math.min(d.clauses.length, cursor + WINDOW));
    if (k < 0) k = best(0, d.clauses.length);
    t.clauses++;
    if (tc.central) t.derived++;
    if (k < 0) continue;
    used[k] = 1;
    cursor = k + 1;
    const r = d.clauses[k]!;
    if (r.class === tc.label) t.label++;
    if (tc.central && r.central[0] === tc.central) t.align++;
  }
  t.spurious = used.length - used.reduce((s, x) => s + x, 0);
  const reported = new Set(d.central.filter((c) => c.status === 'omitted').map((c) => c.id));
  t.omitTrue = truth.omitted.length;
  t.omitReported = reported.size;
  t.omitFound = truth.omitted.filter((id) => reported.has(id)).length;
  return t;
}

/** Agreement of analysed documents with their truth (same order). */
export function scoreTruth(docs: readonly Scorable[], truths: readonly DocTruth[]): TruthScore {
  const sum: Tally = { clauses: 0, label: 0, derived: 0, align: 0, omitTrue: 0, omitFound: 0, omitReported: 0, spurious: 0 };
  docs.forEach((d, i) => {
    const t = tallyDocument(d, truths[i]!);
    for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k];
  });
  const share = (a: number, b: number) => (b ? a / b : 1);
  return {
    clauses: sum.clauses,
    label: share(sum.label, sum.clauses),
    align: share(sum.align, sum.derived),
    omissionRecall: share(sum.omitFound, sum.omitTrue),
    omissionPrecision: share(sum.omitFound, sum.omitReported),
    spurious: sum.spurious,
  };
}
