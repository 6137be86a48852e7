/**
 * The insights of an analysis (provenance through the parent documents, localization rules,
 * citations, the trainer's tour) with a short description of each parent document. The worker runs
 * this right after the analysis; the page runs it only when the worker could not.
 */
import type { Analysis, ParsedDocument } from '../../core/types.ts';
import { arrange, findDocument } from '../../core/corpus.ts';
import { computeInsights, type Insights } from '../../core/insights.ts';
import type { CorpusInput } from '../slices/corpus-slice.ts';
import { shortName } from '../doc-label.ts';
import { arrangeWorkspace } from '../workspace/workspace-arrange.ts';
import { parseTolerant } from '../workspace/parse-tolerant.ts';
import { familiesOf } from '../families/families-registry.ts';

/** A parent document (KL 21 for KL 54, or one the user marked): enough to name it. */
export interface ParentDocument {
  readonly id: string;
  /** Number as printed ("21-KL/TW"); provenance links name the parent by it, or by `id` when it has none. */
  readonly number: string | null;
  readonly kind: string | null;
  readonly title: string | null;
  readonly issuer: string | null;
  readonly date: string | null;
  /** Short name for tables ("21-KL/TW", "Lạng Sơn"). */
  readonly name: string;
}

/** What the store keeps next to the analysis. Plain data (crosses the worker boundary). */
export interface InsightsBundle {
  readonly insights: Insights;
  readonly parents: readonly ParentDocument[];
}

/** Describes a parent document. */
export function describeParent(d: ParsedDocument): ParentDocument {
  const m = d.meta;
  return { id: d.id, number: m.number, kind: m.kind, title: m.title, issuer: m.issuer, date: m.date, name: m.number ?? shortName(d) };
}

/**
 * Computes the insights of `analysis` from the input it was made from. The parents are arranged as
 * the analysis arranged them: the manifest's parents (number or id: KL 21, and documents the user
 * marked), through the user's workspace when there is one.
 */
export function insightsFor(input: CorpusInput, analysis: Analysis): InsightsBundle {
  // With several central texts (issue 13), the parents (KL 21 for KL 54) are the main central text's: none for another family.
  const fam = familiesOf(analysis);
  if (fam && fam.shown !== fam.families[0]?.key) return { insights: computeInsights(analysis, []), parents: [] };
  const docs = parseTolerant(input.files).docs;
  const parents = input.workspace
    ? arrangeWorkspace(docs, input.manifest, input.workspace).parents
    : arrange(docs, findDocument(docs, input.manifest.central), input.manifest.parents).parents;
  return { insights: computeInsights(analysis, parents), parents: parents.map(describeParent) };
}
