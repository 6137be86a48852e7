/**
 * Where a run's documents go, file by file in input order (issue 14): every streamed format is a
 * `Sink` fed by the batch (or by `analyze merge` reading shards), so a run and a merge of its
 * shards write the same bytes.
 */
import type { ReportDocument } from '../core/report.ts';
import type { FileDocument } from './analyze-file.ts';
import type { FileResult } from './file-result.ts';
import { renameReport } from './unique-ids.ts';

/** A consumer of file results in input order; `end` writes what needs every document (totals, insights). */
export interface Sink {
  readonly file: (result: FileResult) => void;
  readonly end: () => Promise<void>;
}

/**
 * Ids unique across the run, numbered in run order by the rule of `withUniqueIds` (unique-ids.ts):
 * the n-th document with an id already seen becomes "<id>-n"; the central text found in a file
 * counts too. Returns the id to use for the next document named `id`.
 */
export function runIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n ? `${id}-${n + 1}` : id;
  };
}

/** The analysed documents of a file under their run-wide ids, with their index in the file; the central text is left out. */
export function* numbered(reports: readonly FileDocument<ReportDocument>[], next: (id: string) => string): Generator<{ entry: ReportDocument; at: number }> {
  for (const [at, d] of reports.entries()) {
    const id = next(d.id);
    if (d.value) yield { entry: id === d.id ? d.value : renameReport(d.value, id), at };
  }
}

/** `JSON.stringify(v, null, 2)` as it appears `depth` levels deep in an indented document. */
export const indented = (v: unknown, depth: number) => JSON.stringify(v, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
