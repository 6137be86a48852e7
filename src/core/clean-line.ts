/**
 * Parsing, step 1b: one line of converted text cleaned (`prepareText`): markdown emphasis and
 * heading marks, `<sup>` footnote markers, escapes and formatting tags removed, white space collapsed.
 */
import { isBoldLine, stripFormattingTags } from './line-scan.ts';
import { collapseSpaces } from './spaces.ts';

/** What `cleanLine` removes or reads besides white space. */
const MARKS = /[#*<\\]/u;
/**
 * A line `cleanLine` has to change: a mark, or white space other than single spaces between words
 * (the class is `\s` but the space, spelt out: without the `u` flag the search runs 1.5 times as
 * fast). Most lines have neither, and come back as they are after this one search: a search for
 * the marks and a loop over every character for the spaces were 4 % of parsing.
 */
const TO_CLEAN = /[#*<\\\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/**
 * Strips markdown emphasis/heading marks and escapes from one line; reports whether it was
 * all-bold/heading. `plain`: the caller knows the line holds no mark, no double space and no white
 * space but spaces (`prepareText` searched its whole text), so only its ends can need a change.
 */
export function cleanLine(line: string, plain = false): { text: string; marked: boolean } {
  // Most lines hold no mark at all: without "#", "*", "<" or "\\" every step below but the white
  // space collapse leaves the line as it is.
  if (plain ? !line.length || (line.charCodeAt(0) !== 32 && line.charCodeAt(line.length - 1) !== 32) : !TO_CLEAN.test(line)) return { text: line, marked: false };
  if (!MARKS.test(line)) return { text: collapseSpaces(line), marked: false };
  let s = line.replace(/\t/gu, ' ');
  const heading = /^\s*#{1,6}\s+/u.test(s);
  s = s.replace(/^\s*#{1,6}\s+/u, '');
  const t = s.trim();
  const bold = isBoldLine(t);
  // Only formatting tags a conversion leaves behind; anything else is the document's own text
  // (a letter quoting "<script>…" must show it, as text).
  s = stripFormattingTags(s.replace(/<sup>\s*\d+\s*<\/sup>/giu, ''))
    .replace(/\\([*_#\\[\]()>-])/gu, '$1')
    .replace(/\*{1,3}(?=\S)|(?<=\S)\*{1,3}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (s === '*' || s === '* *') s = '*';
  return { text: s, marked: heading || bold };
}
