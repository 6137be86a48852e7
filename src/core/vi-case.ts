/**
 * Vietnamese-locale case mapping of short strings (document numbers, ids), remembered: a
 * `toLocale…Case('vi')` call costs some 400 ns (the locale is resolved each time), and citation
 * reading compares every number with every other in capitals.
 */

const upper = new Map<string, string>();
const lower = new Map<string, string>();
const MEMO_MAX = 20_000;

function remembered(memo: Map<string, string>, s: string, map: (s: string) => string): string {
  let r = memo.get(s);
  if (r === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(s, (r = map(s)));
  }
  return r;
}

/** `s.toLocaleUpperCase('vi')`. */
export const upperVi = (s: string): string => remembered(upper, s, (x) => x.toLocaleUpperCase('vi'));

/** `s.toLocaleLowerCase('vi')`. */
export const lowerVi = (s: string): string => remembered(lower, s, (x) => x.toLocaleLowerCase('vi'));
