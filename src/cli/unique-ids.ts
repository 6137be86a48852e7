/** Document ids unique across a run whose files were parsed one by one. */
import type { ReportDocument } from '../core/report.ts';
import type { DocumentAnalysis } from '../core/types.ts';
import type { FileDocument } from './analyze-file.ts';

/**
 * The values of `docs` (in run order) with ids made unique by the rule of `parseSources` in
 * core/corpus.ts: the n-th document with an id already seen becomes "<id>-n". Applied to every
 * parsed document, the central text included, so a batch numbers ids exactly as one read of all
 * files did. The central text (`value` null) is left out of the result.
 */
export function withUniqueIds<T>(docs: readonly FileDocument<T>[], rename: (value: T, id: string) => T): T[] {
  const seen = new Map<string, number>();
  const out: T[] = [];
  for (const { id, value } of docs) {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (value !== null) out.push(n ? rename(value, `${id}-${n + 1}`) : value);
  }
  return out;
}

/** An analysis under another document id. */
export const renameAnalysis = (a: DocumentAnalysis, id: string): DocumentAnalysis => ({ ...a, doc: { ...a.doc, id } });
/** A report document under another id (`id` is the only field the report derives from the document id). */
export const renameReport = (d: ReportDocument, id: string): ReportDocument => ({ ...d, id });
