/**
 * Errors a user can cause (bad files, bad text). Each carries a typed `code` the UI maps to a
 * Vietnamese message and the CLI prints as one line; they are never shown as stack traces.
 */
export type InputErrorCode =
  | 'EMPTY_FILE'
  | 'WHITESPACE_ONLY'
  | 'BINARY_FILE'
  | 'TOO_LARGE'
  | 'UNREADABLE'
  | 'NOT_FOUND'
  | 'UNSUPPORTED_FORMAT'
  | 'CORRUPT_DOCX'
  | 'CORRUPT_PDF'
  | 'NO_TEXT_LAYER'
  | 'HTML_PAGE'
  | 'NOT_VIETNAMESE'
  | 'NO_STRUCTURE'
  | 'NO_CENTRAL'
  | 'DUPLICATE_NUMBER'
  // Documents that implement each other in a circle (issue 13: a chain must end at a central text).
  | 'CHAIN_CYCLE'
  // Limits enforced while reading (src/io/limits.ts), before the work they bound is done.
  | 'TOO_MANY_PARTS'
  | 'INFLATES_TOO_LARGE'
  | 'TOO_MANY_PAGES'
  | 'TOO_MANY_CHARACTERS';

/** A problem with one input, named by `source` (file name or "pasted text"). */
export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly source: string;
  /** Extra detail for the message (e.g. size in MB, the duplicated number). */
  readonly detail: string | null;

  constructor(code: InputErrorCode, source: string, message: string, detail: string | null = null) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.source = source;
    this.detail = detail;
  }
}

/** Type guard usable across the worker boundary (where class identity is lost). */
export function isInputError(e: unknown): e is InputError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'InputError'
    && typeof (e as { code?: unknown }).code === 'string';
}
