/**
 * `s` as a string of its own, equal to it. A slice of a longer string (a line split off a file's
 * text, a clause's text) is kept by V8 as a view that holds the whole parent alive; a value kept
 * long after its source should be such a copy. The concatenation makes a new string that the
 * slice then views, and it holds only `s`.
 */
export function ownString(s: string): string {
  return `${s} `.slice(0, -1);
}
