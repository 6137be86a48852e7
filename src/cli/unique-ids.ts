/** Document ids unique across a run whose files were parsed one by one. */
import type { DocumentAnalysis } from '../core/types.ts';
import type { FileDocument } from './analyze-file.ts';

/**
 * The ids of `docs` (in run order) made unique by the rule of `parseSources` in core/corpus.ts:
 * the n-th document with an id already seen becomes "<id>-n". Applied to every parsed document,
 * the central text included, so a batch numbers ids exactly as one read of all files did.
 * Returns the analyses (central text left out) with their final ids.
 */
export function withUniqueIds(docs: readonly FileDocument[]): DocumentAnalysis[] {
  const seen = new Map<string, number>();
  const out: DocumentAnalysis[] = [];
  for (const { id, analysis } of docs) {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (!analysis) continue;
    out.push(n ? { ...analysis, doc: { ...analysis.doc, id: `${id}-${n + 1}` } } : analysis);
  }
  return out;
}
