/**
 * Linear-time replacements for the parser's regexes that ran over a whole line or paragraph.
 * A conversion can leave a whole document on one line (11 million characters in issue 16's test):
 * with the `u` flag, `.*`, `[\s\S]*` and `[^*]*` match one or two code units per step, so V8's
 * regex engine keeps a backtrack entry per character and overflows the stack ("Maximum call stack
 * size exceeded"); `(\s[^>]*)?` retried from every "<i " of a line without ">" took quadratic time
 * (100,000 characters: 13 s). Each function here says which regex it replaces and matches exactly
 * what that regex matched (`test/line-scan.test.ts` compares them on random strings).
 */

/** What `.` does not match, with or without the `u` flag. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/** Length of the run of `ch` starting at `from` (forward) or ending just before `from` (backward). */
function runLength(s: string, ch: string, from: number, backward = false): number {
  let n = 0;
  if (backward) while (from - n - 1 >= 0 && s[from - n - 1] === ch) n++;
  else while (from + n < s.length && s[from + n] === ch) n++;
  return n;
}

/** One code point at `i`: two code units for a surrogate pair, else one. */
function codePointLength(s: string, i: number): number {
  const c = s.codePointAt(i);
  return c !== undefined && c > 0xffff ? 2 : 1;
}

/**
 * `/^\*{2,3}[^*].*[^*]\*{2,3}$/u.test(t) || /^\*{2,3}[^*]\*{2,3}$/u.test(t)`: the line is wrapped
 * in exactly two or three stars on each side, with text between them ("**TỈNH ỦY LẠNG SƠN**").
 */
export function isBoldLine(t: string): boolean {
  const lead = runLength(t, '*', 0);
  const trail = runLength(t, '*', t.length, true);
  if (lead < 2 || lead > 3 || trail < 2 || trail > 3 || lead + trail >= t.length) return false;
  const inner = t.slice(lead, t.length - trail);
  if (codePointLength(inner, 0) === inner.length) return true; // one code point: the second regex
  // First and last code points are `[^*]`; what lies between them is `.*`, which stops at line ends.
  return !LINE_TERMINATOR.test(inner.slice(1, -1));
}

/** `/^(#{1,6}\s*)?\*{2,3}[\s\S]*\*{2,3}$/u.test(s)`: a paragraph opening and closing with bold marks. */
function opensAndClosesBold(s: string): boolean {
  let i = 0;
  const hashes = runLength(s, '#', 0);
  if (hashes > 6) return false;
  if (hashes > 0) {
    i = hashes;
    while (i < s.length && /\s/u.test(s[i]!)) i++;
  }
  return s[i] === '*' && s[i + 1] === '*' && s.length - i >= 4 && s.endsWith('**');
}

/**
 * `/\*{2,3}\s*[^*\s][^*]*\s\*{2,3}[^*]+\*{2,3}/u.test(s)`: a bold run closed after a space and then
 * reopened after more text ("**Kết luận** của **Ban Bí thư**"), so the paragraph is not all bold.
 * Splits `s` into runs of stars and star-free segments and looks for run ≥ 2, a segment with a
 * non-space ending in a space, a run of exactly 2–3, a non-empty segment, a run ≥ 2.
 */
function reopensBold(s: string): boolean {
  const parts: string[] = []; // alternately star-free segment, star run, segment, run…
  let at = 0;
  while (at <= s.length) {
    let next = s.indexOf('*', at);
    if (next < 0) next = s.length;
    parts.push(s.slice(at, next));
    if (next === s.length) break;
    const run = runLength(s, '*', next);
    parts.push(s.slice(next, next + run));
    at = next + run;
  }
  // parts[0], parts[2]… are segments; parts[1], parts[3]… are runs. A segment between two runs is
  // never empty, so `[^*]+` always has its text.
  for (let r = 1; r + 4 < parts.length; r += 2) {
    const segment = parts[r + 1]!, closing = parts[r + 2]!, reopening = parts[r + 4]!;
    if (parts[r]!.length >= 2 && /\S/u.test(segment) && /\s$/u.test(segment)
      && closing.length >= 2 && closing.length <= 3 && reopening.length >= 2) return true;
  }
  return false;
}

/**
 * The whole paragraph is one bold run (possibly after a markdown heading mark): the test of
 * `prepareText`'s `flush`, `opensAndClosesBold(joined) && !reopensBold(joined.slice(3))`.
 */
export function isAllBold(joined: string): boolean {
  return opensAndClosesBold(joined) && !reopensBold(joined.slice(3));
}

/** A formatting tag name from conversions and what may follow it (`[\s/>]`), at one position. */
const TAG_HEAD = /<\/?(?:b|i|u|em|strong|span|font|sub|sup|br|p|div|a|small|big|mark|s|strike)(?=[\s/>])/iuy;

/**
 * `s.replace(/<\/?(b|i|u|…|strike)(\s[^>]*)?\/?>/giu, '')`: removes the formatting tags a
 * conversion leaves behind ("<strong>", "</span>", "<br/>", "<font face=…>"). A tag with
 * attributes ends at the first ">" after it; without one it is text and stays.
 */
export function stripFormattingTags(s: string): string {
  if (!s.includes('<')) return s;
  let out = '';
  let kept = 0; // s[kept…] not yet copied to `out`
  let gt = -2; // index of the next ">" at or after the scan position (-1: none left)
  for (let lt = s.indexOf('<'); lt >= 0; lt = s.indexOf('<', lt + 1)) {
    TAG_HEAD.lastIndex = lt;
    if (!TAG_HEAD.test(s)) continue;
    const h = TAG_HEAD.lastIndex;
    let end = -1;
    if (s[h] === '>') end = h + 1;
    else if (s[h] === '/') end = s[h + 1] === '>' ? h + 2 : -1;
    else {
      if (gt !== -1 && gt < h) gt = s.indexOf('>', h);
      if (gt >= 0) end = gt + 1;
    }
    if (end < 0) continue;
    out += s.slice(kept, lt);
    kept = end;
    lt = end - 1;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

/** `/^\p{Lu}+$/u.test(word)`: a non-empty word of capitals only. */
export function isAllCapitals(word: string): boolean {
  return word !== '' && !/[^\p{Lu}]/u.test(word);
}

/**
 * `(.*)$` after a marker regex: the rest of `text` from `from`, or `null` when it holds a line
 * terminator (which `.` does not match).
 */
export function restOfLine(text: string, from: number): string | null {
  const rest = text.slice(from);
  return LINE_TERMINATOR.test(rest) ? null : rest;
}
