/**
 * Errors a user can cause (bad files, bad text). Each carries a typed `code` the UI maps to a
 * Vietnamese message and the CLI prints as one line; they are never shown as stack traces.
 *
 * One failure type end to end: whatever is thrown — here, in a worker, in the CLI — becomes a
 * `Failure` through `toFailure()`, and its `code` is one of `FAILURE_CODES`. The interface looks its
 * message up by that code in a table typed `Record<FailureCode, string>`, so a code added here
 * does not compile until it has a Vietnamese and an English message.
 */

/** Codes of the mistakes an input can hold. */
export const INPUT_ERROR_CODES = [
  'EMPTY_FILE',
  'WHITESPACE_ONLY',
  'BINARY_FILE',
  'TOO_LARGE',
  'UNREADABLE',
  'NOT_FOUND',
  'UNSUPPORTED_FORMAT',
  'CORRUPT_DOCX',
  'CORRUPT_PDF',
  'NO_TEXT_LAYER',
  'HTML_PAGE',
  'NOT_VIETNAMESE',
  'NO_STRUCTURE',
  'NO_CENTRAL',
  'DUPLICATE_NUMBER',
  // Documents that implement each other in a circle (issue 13: a chain must end at a central text).
  'CHAIN_CYCLE',
  // Limits enforced while reading (src/io/limits.ts), before the work they bound is done.
  'TOO_MANY_PARTS',
  'INFLATES_TOO_LARGE',
  'TOO_MANY_PAGES',
  'TOO_MANY_CHARACTERS',
] as const;

export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/**
 * Every failure code: an input's mistake, the built-in corpus that did not load (`CORPUS`), or a
 * bug (`INTERNAL`, never the user's fault).
 */
export const FAILURE_CODES = [...INPUT_ERROR_CODES, 'CORPUS', 'INTERNAL'] as const;

export type FailureCode = (typeof FAILURE_CODES)[number];

/** A failure as plain data: it crosses worker boundaries and is rendered by code, never by `message`. */
export interface Failure {
  readonly code: FailureCode;
  /** The input it concerns (file name, "pasted text", a document number), when there is one. */
  readonly source: string | null;
  /** Extra detail for the message (the duplicated number, the PDF reader's reason); `null` when none. */
  readonly detail: string | null;
  /**
   * The quantity a limit refused, as a number each language writes its own way ("51,0 MB" and
   * "25.000.000" in Vietnamese): bytes for TOO_LARGE and INFLATES_TOO_LARGE, a count for
   * TOO_MANY_PARTS, TOO_MANY_PAGES and TOO_MANY_CHARACTERS. Absent for every other code.
   */
  readonly amount?: number;
  /** English technical message, for logs and the CLI; the interface words the code itself. */
  readonly message: string;
}

/** A problem with one input, named by `source` (file name or "pasted text"). */
export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly source: string;
  /** Extra detail for the message (e.g. the duplicated number). */
  readonly detail: string | null;
  /** The refused quantity of a limit's code (see `Failure.amount`). */
  readonly amount: number | undefined;

  constructor(code: InputErrorCode, source: string, message: string, detail: string | null = null, amount?: number) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.source = source;
    this.detail = detail;
    this.amount = amount;
  }
}

const CODES: ReadonlySet<string> = new Set(FAILURE_CODES);

/** Whether `x` is one of `FAILURE_CODES`. */
export function isFailureCode(x: unknown): x is FailureCode {
  return typeof x === 'string' && CODES.has(x);
}

/** Type guard usable across the worker boundary (where class identity is lost). */
export function isInputError(e: unknown): e is InputError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'InputError'
    && typeof (e as { code?: unknown }).code === 'string';
}

const text = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/**
 * Anything thrown, or sent across a worker boundary, as a `Failure`: an `InputError` or a failure
 * already made keeps its code, source and detail; anything else (a bug) is `INTERNAL`. `source`
 * names the input when the error does not.
 */
export function toFailure(e: unknown, source: string | null = null): Failure {
  if (typeof e === 'object' && e !== null) {
    const o = e as { code?: unknown; source?: unknown; detail?: unknown; amount?: unknown; message?: unknown };
    const code = isFailureCode(o.code) ? o.code : 'INTERNAL';
    const f: Failure = { code, source: text(o.source) ?? source, detail: code === 'INTERNAL' ? null : text(o.detail), message: text(o.message) ?? String(e) };
    return code !== 'INTERNAL' && typeof o.amount === 'number' && Number.isFinite(o.amount) ? { ...f, amount: o.amount } : f;
  }
  return { code: 'INTERNAL', source, detail: null, message: String(e) };
}
