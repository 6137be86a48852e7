/**
 * `--format ndjson`: one JSON object per line, written as each file finishes, so a batch can be
 * watched, interrupted, split across machines and concatenated.
 */
import { basename } from 'node:path';
import type { ReportDocument } from '../core/report.ts';
import type { Clause, DocumentAnalysis, ParsedDocument } from '../core/types.ts';
import type { FileOutcome } from './analyze-file.ts';
import { reportDocuments } from './report-parts.ts';
import { renameAnalysis, withUniqueIds } from './unique-ids.ts';

/**
 * A document line: exactly `report.documents[i]` of `doichieu.report/1` (same builder) plus
 * `centralNumber`, the number of the central text it was compared with — what a line needs to
 * stand on its own once batches against different central texts are concatenated.
 */
export type DocumentLine = ReportDocument & { readonly centralNumber: string | null };

/** A line for a file that yielded no document: `source` is the file name as in document lines, `path` as given. */
export interface ErrorLine {
  readonly source: string;
  readonly path: string;
  readonly error: { readonly code: string; readonly message: string };
  readonly centralNumber: string | null;
}

/** The lines of one file's outcome, each ending in "\n". */
export function ndjsonLines(central: ParsedDocument, centralClauses: readonly Clause[], outcome: FileOutcome): string {
  const centralNumber = central.meta.number;
  if ('error' in outcome) {
    const line: ErrorLine = { source: basename(outcome.path), path: outcome.path, error: outcome.error, centralNumber };
    return `${JSON.stringify(line)}\n`;
  }
  // Ids are numbered within the file only: lines leave as files finish, before the other files'
  // ids are known; `source` + `id` is the key across a batch.
  const documents = withUniqueIds(outcome.docs, renameAnalysis);
  return documentLines(central, centralClauses, documents).map((l) => `${JSON.stringify(l)}\n`).join('');
}

/** Document lines for analyses of `central` (also used for the built-in corpus). */
export function documentLines(central: ParsedDocument, centralClauses: readonly Clause[], documents: readonly DocumentAnalysis[]): DocumentLine[] {
  return reportDocuments(central, centralClauses, documents).map((d) => ({ ...d, centralNumber: central.meta.number }));
}
