/**
 * What a batch keeps of one file, shaped where the file was analysed (in its worker), so that only
 * what the output needs is copied to the main thread: a full analysis (clause tokens, word diffs)
 * costs about a quarter of its analysis time to copy; its report object a fiftieth.
 */
import type { ReportDocument } from '../core/report.ts';
import type { Clause, ParsedDocument } from '../core/types.ts';
import type { FileDocument, FileError, FileOutcome } from './analyze-file.ts';
import type { SourceWarning } from './load.ts';
import { ndjsonLines } from './ndjson.ts';
import { reportDocuments } from './report-parts.ts';

/**
 * `lines`: the file's ndjson lines (ndjson); `reports`: its report documents (csv, md);
 * `analyses`: its analyses (json, whose corpus-wide insights need the clauses' tokens and diffs).
 */
export type Emit = 'lines' | 'reports' | 'analyses';

export interface FileResult {
  readonly path: string;
  readonly error: FileError | null;
  /** Files read anyway with something to say (INVALID_UTF8), printed on stderr. */
  readonly warnings: readonly SourceWarning[];
  /** Documents analysed (the central text found in the file is not one). */
  readonly documents: number;
  /** With `analyses`: every document parsed from the file, in file order; otherwise empty. */
  readonly analyses: readonly FileDocument[];
  /** With `reports`: the same, as report documents; otherwise empty. */
  readonly reports: readonly FileDocument<ReportDocument>[];
  /** With `lines`: the file's ndjson lines (an error line for a failed file); otherwise empty. */
  readonly lines: string;
}

/** Reduces `outcome` to what `emit` needs; pure, so the worker and the main thread give the same result. */
export function toFileResult(outcome: FileOutcome, emit: Emit, central: ParsedDocument, centralClauses: readonly Clause[]): FileResult {
  const docs = 'docs' in outcome ? outcome.docs : [];
  let reports: FileDocument<ReportDocument>[] = [];
  if (emit === 'reports') {
    const built = reportDocuments(central, centralClauses, docs.flatMap((d) => (d.value ? [d.value] : [])));
    let k = 0;
    reports = docs.map((d) => ({ id: d.id, value: d.value ? built[k++]! : null }));
  }
  return {
    path: outcome.path,
    error: 'error' in outcome ? outcome.error : null,
    warnings: 'warnings' in outcome ? outcome.warnings : [],
    documents: docs.filter((d) => d.value).length,
    analyses: emit === 'analyses' ? docs : [],
    reports,
    lines: emit === 'lines' ? ndjsonLines(central, centralClauses, outcome) : '',
  };
}
