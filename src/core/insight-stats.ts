/**
 * The corpus-wide insights (provenance, localization rules, citations) from compact per-document
 * statistics instead of whole analyses (issue 14): each document is reduced to `DocStats` where it
 * is analysed (clause tokens and word diffs are then dropped), and the report is finished from the
 * statistics of every document in run order. Statistics merge associatively — documents are
 * concatenated in run order and pair counts summed — so shards of a run finish to the same report
 * as the run.
 */
import type { Clause, DocumentAnalysis, ParsedDocument, ProvenanceReport } from './types.ts';
import { addPairCounts, documentProvenance, finishProvenance, provenanceContext, type DocProvenance, type ProvenanceContext } from './provenance.ts';
import { documentRules, finishRules, type DocRules, type RulesReport } from './rules.ts';
import { citationContext, documentCitations, finishCitations, type CitationContext, type CitationReport, type DocCitations } from './citation-report.ts';

/** What one document contributes to the insights. */
export interface DocStats {
  readonly provenance: DocProvenance | null;
  readonly rules: DocRules;
  readonly citations: DocCitations;
}

/** Everything the statistics are computed against: the central text and its parents, prepared once. */
export interface StatsContext {
  readonly central: ParsedDocument;
  readonly centralClauses: readonly Clause[];
  readonly parents: readonly ParsedDocument[];
  readonly provenance: ProvenanceContext | null;
  readonly citations: CitationContext;
}

/** The context of a run against `central` (its clauses and parents), prepared once per thread. */
export function statsContext(central: ParsedDocument, centralClauses: readonly Clause[], parents: readonly ParsedDocument[]): StatsContext {
  return { central, centralClauses, parents, provenance: provenanceContext(central, centralClauses, parents), citations: citationContext(central) };
}

/** One document's statistics; its id is given when it is added (ids are numbered across the run). */
export function documentStats(ctx: StatsContext, d: DocumentAnalysis): DocStats {
  return { provenance: ctx.provenance ? documentProvenance(ctx.provenance, d) : null, rules: documentRules(d), citations: documentCitations(ctx.citations, d.doc) };
}

/** The statistics of documents in run order, with the pair counts summed. */
export interface CorpusStats {
  readonly docs: { readonly id: string; readonly stats: DocStats }[];
  readonly pairs: Map<string, number>;
}

export const emptyStats = (): CorpusStats => ({ docs: [], pairs: new Map() });

/** Adds the next document of the run (its pair counts are summed, then dropped from what is kept). */
export function addDocument(acc: CorpusStats, id: string, stats: DocStats): void {
  if (stats.provenance) addPairCounts(acc.pairs, stats.provenance.pairs);
  acc.docs.push({ id, stats: stats.provenance ? { ...stats, provenance: { added: stats.provenance.added, pairs: {} } } : stats });
}

/** `a` followed by `b` (associative: (a·b)·c = a·(b·c)). */
export function mergeStats(a: CorpusStats, b: CorpusStats): CorpusStats {
  const pairs = new Map(a.pairs);
  addPairCounts(pairs, Object.fromEntries(b.pairs));
  return { docs: [...a.docs, ...b.docs], pairs };
}

/** The report's corpus-wide part. */
export interface CorpusInsights {
  readonly provenance: ProvenanceReport;
  readonly rules: RulesReport;
  readonly citations: CitationReport;
}

export function finishInsights(ctx: StatsContext, acc: CorpusStats): CorpusInsights {
  return {
    provenance: finishProvenance(ctx.provenance, ctx.centralClauses, acc.docs.map((d) => ({ id: d.id, added: d.stats.provenance?.added ?? [] })), acc.pairs),
    rules: finishRules(acc.docs.map((d) => ({ id: d.id, rules: d.stats.rules }))),
    citations: finishCitations(ctx.citations, ctx.central, ctx.parents, acc.docs.map((d) => ({ id: d.id, citations: d.stats.citations }))),
  };
}
