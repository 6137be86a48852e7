/**
 * What a batch keeps of one file, shaped where the file was analysed (in its worker): ndjson needs
 * only the finished lines, so the analysis itself — clause tokens, word diffs — does not have to
 * be copied to the main thread; a report (json, csv, md) needs the analyses.
 */
import type { Clause, ParsedDocument } from '../core/types.ts';
import type { FileDocument, FileError, FileOutcome } from './analyze-file.ts';
import { ndjsonLines } from './ndjson.ts';

/** `lines`: the file's ndjson lines; `analysis`: its documents, for a report built at the end. */
export type Emit = 'lines' | 'analysis';

export interface FileResult {
  readonly path: string;
  readonly error: FileError | null;
  /** Documents analysed (the central text found in the file is not one). */
  readonly documents: number;
  /** With `analysis`: every document parsed from the file, in file order; otherwise empty. */
  readonly docs: readonly FileDocument[];
  /** With `lines`: the file's ndjson lines (an error line for a failed file); otherwise empty. */
  readonly lines: string;
}

/** Reduces `outcome` to what `emit` needs; pure, so the worker and the main thread give the same result. */
export function toFileResult(outcome: FileOutcome, emit: Emit, central: ParsedDocument, centralClauses: readonly Clause[]): FileResult {
  const error = 'error' in outcome ? outcome.error : null;
  const docs = 'docs' in outcome ? outcome.docs : [];
  return {
    path: outcome.path,
    error,
    documents: docs.filter((d) => d.analysis).length,
    docs: emit === 'analysis' ? docs : [],
    lines: emit === 'lines' ? ndjsonLines(central, centralClauses, outcome) : '',
  };
}
