/**
 * The characters a word-list pattern can start with, read from its regular-expression source, so
 * that the effects stage tries at a position only the entries that can start with the character
 * there (the bodies table has a hundred; trying each cost a quarter of the effects stage). The
 * reading is conservative: anything it does not follow (classes, escapes, lookarounds, a pattern
 * that can match nothing) gives null, "any character", and the entry is always tried.
 */

/** First characters of `src` (a pattern as `compile` builds it, without its anchors), or null when any may start it. */
export function firstChars(src: string): ReadonlySet<string> | null {
  const r = alternatives(src, 0);
  return r && r.end === src.length && !r.empty ? r.first : null;
}

interface Read { readonly first: Set<string>; readonly empty: boolean; readonly end: number }

/** Alternatives `a|b|…` from `at` up to an unmatched `)` or the end. */
function alternatives(src: string, at: number): Read | null {
  const first = new Set<string>();
  let empty = false, i = at;
  for (;;) {
    const seq = sequence(src, i);
    if (!seq) return null;
    seq.first.forEach((c) => first.add(c));
    empty ||= seq.empty;
    i = seq.end;
    if (src[i] !== '|') return { first, empty, end: i };
    i++;
  }
}

/** A sequence of items: the first characters of its first item that cannot match nothing, and those before it. */
function sequence(src: string, at: number): Read | null {
  const first = new Set<string>();
  let i = at, open = true; // `open`: every item so far can match nothing
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const item = atom(src, i);
    if (!item) return null;
    i = item.end;
    const q = src[i];
    let optional = item.empty;
    if (q === '?' || q === '*') { optional = true; i++; } else if (q === '+') i++;
    else if (q === '{') { const m = /^\{(\d+)(,\d*)?\}/u.exec(src.slice(i)); if (!m) return null; optional ||= m[1] === '0'; i += m[0].length; }
    if (src[i] === '?') return null; // lazy quantifiers: not in the lists, not followed
    if (open) item.first.forEach((c) => first.add(c));
    if (!optional) open = false;
  }
  return { first, empty: open, end: i };
}

/** One atom: a literal character, an escaped punctuation character, or a group. */
function atom(src: string, at: number): Read | null {
  const c = src[at]!;
  if (c === '(') {
    let i = at + 1;
    if (src.startsWith('?:', i)) i += 2;
    else if (src[i] === '?') { const m = /^\?<\w+>/u.exec(src.slice(i)); if (!m) return null; i += m[0].length; } // lookarounds: null
    const inner = alternatives(src, i);
    if (!inner || src[inner.end] !== ')') return null;
    return { first: inner.first, empty: inner.empty, end: inner.end + 1 };
  }
  if (c === '\\') {
    const e = src[at + 1];
    return e !== undefined && /[.*+?^${}()|[\]\\/-]/u.test(e) ? { first: new Set([e]), empty: false, end: at + 2 } : null;
  }
  if (/[.[\]^$*+?{}|]/u.test(c)) return null;
  const cp = src.codePointAt(at)!;
  const ch = String.fromCodePoint(cp);
  return { first: new Set([ch[0]!]), empty: false, end: at + ch.length };
}
