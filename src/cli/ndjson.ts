/**
 * `--format ndjson`: one JSON object per line, written in input order as files finish, so a batch can be
 * watched, interrupted, split across machines and concatenated.
 */
import { basename } from 'node:path';
import type { ReportDocument } from '../core/report.ts';
import type { Clause, DocumentAnalysis, ParsedDocument } from '../core/types.ts';
import type { FileOutcome } from './analyze-file.ts';
import { reportDocuments } from './report-parts.ts';
import { renameAnalysis, withUniqueIds } from './unique-ids.ts';
import { numbered, runIds, type Sink } from './sink.ts';

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

/**
 * `--format ndjson` as a sink: each file's lines in input order. A batch's worker builds the lines
 * (`lines`); a merge of shards (merge.ts) builds them from the report documents it read, numbered
 * within the file as a batch numbers them.
 */
export function ndjsonSink(out: { readonly write: (text: string) => void }, central: ParsedDocument): Sink {
  const centralNumber = central.meta.number;
  return {
    file: (result) => {
      if (result.lines) { out.write(result.lines); return; }
      if (result.error) {
        const line: ErrorLine = { source: basename(result.path), path: result.path, error: result.error, centralNumber };
        out.write(`${JSON.stringify(line)}\n`);
        return;
      }
      const next = runIds();
      for (const { entry } of numbered(result.reports, next)) out.write(`${JSON.stringify({ ...entry, centralNumber } satisfies DocumentLine)}\n`);
    },
    end: async () => {},
  };
}
