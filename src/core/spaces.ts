/** White space collapsing without a regex pass for the common line that needs none. */

/** `\s` of a `u` regex (and what `String.prototype.trim` removes): WhiteSpace and LineTerminator. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * `s.replace(/\s+/gu, ' ').trim()`. A line whose only white space is single ASCII spaces is only
 * trimmed; any other white space (a tab, a run, a no-break space) takes the regex.
 */
export function collapseSpaces(s: string): string {
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 && !prev) { prev = true; continue; }
    if (isSpace(c)) return s.replace(/\s+/gu, ' ').trim();
    prev = false;
  }
  return s.trim();
}
