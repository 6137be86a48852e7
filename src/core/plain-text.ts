/**
 * Parsing, step 1a: the raw converted text made plain — NFC, line ends unified, direction and
 * control characters removed (sanitize-text.ts), form feeds made paragraph breaks, no-break spaces
 * made spaces, zero-width characters removed.
 */
import { sanitizeText, type RemovedChars } from './sanitize-text.ts';

/** A character one of the replaces in `plainText` acts on (or a control character kept: a vertical tab). */
function needsCleaning(c: number): boolean {
  if (c < 0x20) return c !== 9 && c !== 10;
  if (c < 0x7f) return false;
  return c === 0x7f || c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x200b && c <= 0x200d) || c === 0xfeff
    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * `raw` made plain, and what `sanitizeText` removed. Most files hold none of these characters: one
 * pass over the text tells, and the six replaces run only on a file that does.
 */
export function plainText(raw: string): { readonly text: string; readonly removed: RemovedChars } {
  const nfc = raw.normalize('NFC');
  let dirty = false;
  for (let i = 0; i < nfc.length && !dirty; i++) dirty = needsCleaning(nfc.charCodeAt(i));
  if (!dirty) return { text: nfc, removed: { bidi: 0, control: 0 } };
  const { text: clean, removed } = sanitizeText(nfc.replace(/\r\n?/gu, '\n'));
  const text = clean.replace(/\f/gu, '\n\n').replace(/[\u00a0\u2007\u202f]/gu, ' ').replace(/\u200b|\u200c|\u200d|\ufeff/gu, '');
  return { text, removed };
}
