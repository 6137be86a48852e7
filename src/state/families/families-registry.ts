/**
 * The families summary of an analysis, kept beside it (as insights are): the worker sends it with
 * the analysis, the on-page fallback records it itself, and the interface looks it up by the
 * analysis object the store holds.
 */
import type { Analysis } from '../../core/types.ts';
import type { FamiliesSummary } from './families-types.ts';

const summaries = new WeakMap<Analysis, FamiliesSummary>();

/** Records the families summary of `analysis`. */
export function rememberFamilies(analysis: Analysis, summary: FamiliesSummary): void {
  summaries.set(analysis, summary);
}

/** The families summary of `analysis`; `null` for a one-family analysis (or none). */
export function familiesOf(analysis: Analysis | null | undefined): FamiliesSummary | null {
  return (analysis && summaries.get(analysis)) ?? null;
}
