/**
 * Beyond the word diff: provenance through the parent documents, localization rules, citations and
 * the trainer's tour, computed from an analysis. Pure, like every stage; the app runs it in the worker.
 */
import type { Analysis, ParsedDocument, ProvenanceReport } from './types.ts';
import { traceProvenance } from './provenance.ts';
import { mineRules, type RulesReport } from './rules.ts';
import { citationReport, type CitationReport } from './citation-report.ts';
import { buildTour, type TourStep } from './tour.ts';

export interface Insights {
  readonly provenance: ProvenanceReport;
  readonly rules: RulesReport;
  readonly citations: CitationReport;
  readonly tour: readonly TourStep[];
}

/** Computes the insights; `parents` are the documents the central text descends from (KL 21 for KL 54). */
export function computeInsights(a: Analysis, parents: readonly ParsedDocument[]): Insights {
  const provenance = traceProvenance(a, parents);
  const rules = mineRules(a);
  return { provenance, rules, citations: citationReport(a, parents), tour: buildTour(a, provenance, rules) };
}
