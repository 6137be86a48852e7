/**
 * Parsing, step 1a: the raw converted text made plain — NFC, line ends unified, direction and
 * control characters removed (sanitize-text.ts), form feeds made paragraph breaks, no-break spaces
 * made spaces, zero-width characters removed.
 */
import { sanitizeText, type RemovedChars } from './sanitize-text.ts';

/** A character one of the replaces in `plainText` acts on (or a control character kept: a vertical tab). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const TO_CLEAN = /[\u0000-\u0008\u000b-\u001f\u007f\u00a0\u2007\u202f\u200b-\u200d\ufeff\u202a-\u202e\u2066-\u2069]/;

/**
 * `raw` made plain, and what `sanitizeText` removed. Most files hold none of these characters: one
 * search of the text tells, and the six replaces run only on a file that does. `isNfc`: the caller
 * knows `raw` is NFC already (the parser's own normalized text, when nothing was repaired in it);
 * normalizing it again copied and read the whole text to return it unchanged, 1.5 % of parsing.
 */
export function plainText(raw: string, isNfc = false): { readonly text: string; readonly removed: RemovedChars } {
  const nfc = isNfc ? raw : raw.normalize('NFC');
  if (!TO_CLEAN.test(nfc)) return { text: nfc, removed: { bidi: 0, control: 0 } };
  const { text: clean, removed } = sanitizeText(nfc.replace(/\r\n?/gu, '\n'));
  const text = clean.replace(/\f/gu, '\n\n').replace(/[\u00a0\u2007\u202f]/gu, ' ').replace(/\u200b|\u200c|\u200d|\ufeff/gu, '');
  return { text, removed };
}
