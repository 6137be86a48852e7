/**
 * Beyond the word diff: provenance through the parent documents, localization rules, citations and
 * the trainer's tour, computed from an analysis. Pure, like every stage; the app runs it in the worker.
 * The corpus-wide parts go through the per-document statistics (insight-stats.ts), the one path
 * the command line's streaming and sharded runs take too.
 */
import type { Analysis, ParsedDocument, ProvenanceReport } from './types.ts';
import type { RulesReport } from './rules.ts';
import type { CitationReport } from './citation-report.ts';
import { buildTour, type TourStep } from './tour.ts';
import { addDocument, documentStats, emptyStats, finishInsights, statsContext } from './insight-stats.ts';

export interface Insights {
  readonly provenance: ProvenanceReport;
  readonly rules: RulesReport;
  readonly citations: CitationReport;
  readonly tour: readonly TourStep[];
}

/** Computes the insights; `parents` are the documents the central text descends from (KL 21 for KL 54). */
export function computeInsights(a: Analysis, parents: readonly ParsedDocument[]): Insights {
  const ctx = statsContext(a.central, a.centralClauses, parents);
  const acc = emptyStats();
  for (const d of a.documents) addDocument(acc, d.doc.id, documentStats(ctx, d));
  const { provenance, rules, citations } = finishInsights(ctx, acc);
  return { provenance, rules, citations, tour: buildTour(a, provenance, rules) };
}
