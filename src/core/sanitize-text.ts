/**
 * Characters that change how text looks or reads without being text, removed from the raw text
 * before parsing. A right-to-left override (U+202E) before "LẠNG SƠN" in the header is invisible
 * in an editor yet becomes part of the detected issuer; a pasted control byte does the same.
 * Removed: the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * and C0 controls and DEL, except tab, line feed and carriage return (line structure), form feed
 * and vertical tab (white space to the parser: pdftotext ends each page with a form feed).
 */

/** How many characters `sanitizeText` removed, of each kind. */
export interface RemovedChars {
  readonly bidi: number;
  readonly control: number;
}

const BIDI = /[\u202a-\u202e\u2066-\u2069]/gu;
// eslint-disable-next-line no-control-regex -- these control characters are what is removed
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/gu;

/** `raw` without direction and control characters, and how many of each were removed. */
export function sanitizeText(raw: string): { readonly text: string; readonly removed: RemovedChars } {
  let bidi = 0, control = 0;
  const text = raw.replace(BIDI, () => { bidi++; return ''; }).replace(CONTROL, () => { control++; return ''; });
  return { text, removed: { bidi, control } };
}

/** The code of the metadata note that says characters were removed. */
export const CONTROL_CHARS_REMOVED = 'CONTROL_CHARS_REMOVED';

/**
 * The note a document carries when characters were removed from its file's text, as data: the
 * code and its values, "CONTROL_CHARS_REMOVED bidi=1 control=0" (the app words it; see `readControlNote`).
 */
export function controlNote(removed: RemovedChars): string {
  return `${CONTROL_CHARS_REMOVED} bidi=${removed.bidi} control=${removed.control}`;
}

/** The values of a note written by `controlNote`, or `null` for any other note. */
export function readControlNote(note: string): RemovedChars | null {
  const m = /^CONTROL_CHARS_REMOVED bidi=(\d+) control=(\d+)$/u.exec(note);
  return m ? { bidi: Number(m[1]), control: Number(m[2]) } : null;
}
