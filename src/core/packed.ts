/**
 * Lists of strings or objects built to be of one array map. V8 gives an array made by `[]` (and by
 * `[].map(f)`) the elements kind of small integers, and `xs.map(f)` a holey kind when the caller is
 * optimized (TurboFan's inlined `map` fills a `new Array(n)`) but a packed one when not: on the
 * benchmark two thirds of the memo's sources and diff parts were holey, a third packed, and code
 * optimized on one kind was thrown away ("wrong map") at the first of the other and compiled again.
 * Lists built here are always packed lists of objects.
 */
const NONE: readonly never[] = ['' as never].slice(0, 0);

/** An empty list, shared: never to be written to (its type says so). */
export const none = <T>(): readonly T[] => NONE;

/**
 * `xs.map(f)` for `f` returning strings or objects, always a packed list of objects (`none()` when
 * `xs` is empty or missing). Pushed one by one: `push` keeps an array packed.
 */
export function mapped<T, U>(xs: readonly T[] | undefined, f: (x: T) => U): readonly U[] {
  if (!xs?.length) return none<U>();
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!));
  return out;
}

/** A fresh empty list of the packed kind of objects, for a caller that may push to it. */
export const emptyList = <T>(): T[] => NONE.slice() as T[];

/** `xs.map(f)` as a fresh packed list of objects, even when empty (for callers that may push to it). */
export function listOf<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out = emptyList<U>();
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!));
  return out;
}
