/**
 * Vietnamese-locale case mapping of short strings (document numbers, ids), remembered: a
 * `toLocale…Case('vi')` call costs some 400 ns (the locale is resolved each time), and citation
 * reading compares every number with every other in capitals.
 */
import { boundedMemo } from './bounded-memo.ts';

/** `s.toLocaleUpperCase('vi')`. */
export const upperVi = boundedMemo(20_000, (s) => s.toLocaleUpperCase('vi'));

/** `s.toLocaleLowerCase('vi')`. */
export const lowerVi = boundedMemo(20_000, (s) => s.toLocaleLowerCase('vi'));
