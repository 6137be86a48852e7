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
 * `TO_CLEAN`, or white space other than the space and the line feed (`\s` less those two): a text
 * holding none comes back as it is, and `plainSpaces` tells `prepareText` its lines need no search
 * for such white space.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const TO_CLEAN_OR_SPACE = /[\u0000-\u0009\u000b-\u001f\u007f\u00a0\u1680\u2000-\u200d\u2028\u2029\u202a-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;

/**
 * `raw` made plain, and what `sanitizeText` removed; `plainSpaces` when its only white space is
 * spaces and line feeds. Most files hold none of these characters: one
 * search of the text tells, and the six replaces run only on a file that does. `isNfc`: the caller
 * knows `raw` is NFC already (the parser's own normalized text, when nothing was repaired in it);
 * normalizing it again copied and read the whole text to return it unchanged, 1.5 % of parsing.
 */
export function plainText(raw: string, isNfc = false): { readonly text: string; readonly removed: RemovedChars; readonly plainSpaces: boolean } {
  const nfc = isNfc ? raw : raw.normalize('NFC');
  // The same search answers `plainSpaces` too: most files hold neither kind of character.
  if (!TO_CLEAN_OR_SPACE.test(nfc)) return { text: nfc, removed: { bidi: 0, control: 0 }, plainSpaces: true };
  if (!TO_CLEAN.test(nfc)) return { text: nfc, removed: { bidi: 0, control: 0 }, plainSpaces: false };
  const { text: clean, removed } = sanitizeText(nfc.replace(/\r\n?/gu, '\n'));
  const text = clean.replace(/\f/gu, '\n\n').replace(/[\u00a0\u2007\u202f]/gu, ' ').replace(/\u200b|\u200c|\u200d|\ufeff/gu, '');
  return { text, removed, plainSpaces: false };
}
