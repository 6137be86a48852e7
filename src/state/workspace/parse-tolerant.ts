/**
 * Parsing a workspace's files one by one, so that one document the parser cannot read is set apart
 * with its reason instead of failing the whole analysis: "Importing a workspace holding one document
 * of a single 12-million-character line leaves the overview at an internal error and the Documents
 * page at 'Đang đọc…' with no way to delete it" (issue 16). The analysis, its insights and the
 * documents page use it alike, so the page lists as failed exactly what the analysis left out.
 */
import type { SourceFile } from '../../core/corpus.ts';
import { toFailure, type Failure } from '../../core/errors.ts';
import { parseDocuments } from '../../core/parse-document.ts';
import type { ParsedDocument } from '../../core/types.ts';

/** A file that could not be parsed: its name and the failure (code INTERNAL for a parser bug). */
export interface FailedSource {
  readonly source: string;
  readonly failure: Failure;
}

/** The documents of every file that parsed, and the files that did not. */
export interface TolerantParse {
  readonly docs: ParsedDocument[];
  readonly failed: FailedSource[];
}

/** `parseSources` file by file: same documents and ids when every file parses; a failing file is left out and named. */
export function parseTolerant(files: readonly SourceFile[]): TolerantParse {
  const parsed: ParsedDocument[] = [];
  const failed: FailedSource[] = [];
  for (const f of files) {
    try {
      parsed.push(...parseDocuments(f.name, f.text));
    } catch (e) {
      failed.push({ source: f.name, failure: toFailure(e, f.name) });
    }
  }
  // Ids unique as parseSources makes them: the n-th repeat of an id becomes "<id>-n".
  const seen = new Map<string, number>();
  const docs = parsed.map((d) => {
    const n = seen.get(d.id) ?? 0;
    seen.set(d.id, n + 1);
    return n ? { ...d, id: `${d.id}-${n + 1}` } : d;
  });
  return { docs, failed };
}
