/**
 * One unit of a batch: read, decode, parse and analyse one file against the central text. Runs in
 * a worker thread or in the main thread (`--jobs 1`); the result is plain data either way, so it
 * crosses `postMessage` unchanged.
 */
import { analyzeDocument } from '../core/analyze.ts';
import { toFailure, type FailureCode } from '../core/errors.ts';
import type { Clause, DocumentAnalysis, ParsedDocument } from '../core/types.ts';
import { readDocuments, type SourceWarning } from './load.ts';

/**
 * A document of the file: its id as parsed (numbered across the run later, see unique-ids.ts) and
 * what the run keeps of it — its analysis, or its report object — `null` for the central text itself.
 */
export interface FileDocument<T = DocumentAnalysis> {
  readonly id: string;
  readonly value: T | null;
}

/** Why a file yielded no document: an `InputError` code, or INTERNAL for a bug (never a user's mistake). */
export interface FileError {
  readonly code: FailureCode;
  /** The one line printed on stderr (without the "doichieu: " prefix). */
  readonly message: string;
}

/** The result for one path: its documents in file order (and what was noticed reading it), or the error that stopped it. */
export type FileOutcome =
  | { readonly path: string; readonly docs: readonly FileDocument[]; readonly warnings: readonly SourceWarning[] }
  | { readonly path: string; readonly error: FileError };

/** The one line that names a failed input; an `InputError`'s message names its file already or gets it prefixed. */
export function describeError(e: unknown): FileError {
  const f = toFailure(e);
  if (f.code === 'INTERNAL') return { code: f.code, message: `internal error: ${f.message}` };
  return { code: f.code, message: f.source === null || f.message.includes(f.source) ? f.message : `${f.source}: ${f.message}` };
}

/**
 * Analyses every document of `path` except the central text (a file may hold both, as seed 000
 * holds the cover letter 652-CV/ĐU and KL 54 itself). Never throws: failures become `error`.
 */
export async function analyzeFile(path: string, central: ParsedDocument, centralClauses: readonly Clause[]): Promise<FileOutcome> {
  try {
    const { docs, warnings } = await readDocuments(path);
    return {
      path,
      warnings,
      docs: docs.map((d) => ({ id: d.id, value: isCentral(d, central, docs.length > 1) ? null : analyzeDocument(central, centralClauses, d) })),
    };
  } catch (e) {
    const error = describeError(e);
    // The INTERNAL message should still say which file triggered the bug.
    return { path, error: error.code === 'INTERNAL' ? { ...error, message: `${path}: ${error.message}` } : error };
  }
}

/**
 * The central text found again among the inputs: the same number, and either the same file or a
 * copy carried inside a file that holds another document too (a document without number never
 * is). Seed 000 forwards KL 54 whole under the 652-CV/ĐU letter: that copy is the central text, not
 * a document carrying it out. A file that holds only another version of it — the .pdf of a letter
 * given as .docx with `--central`, a draft beside the issued text — is compared with it (issue 13).
 */
export function isCentral(d: ParsedDocument, central: ParsedDocument, forwarded = false): boolean {
  return d.meta.number !== null && d.meta.number === central.meta.number && (d.source === central.source || forwarded);
}
