/**
 * Links into and out of benchmark mode. They change the page's query (`?bench=N`), so following
 * one reloads the page: the benchmark corpus and the user's workspace never share a store.
 */
import { benchSearch, withoutBench, BENCH_DEFAULT } from '../../state/corpus/bench-mode.ts';
import { formatHash, HOME, type Lang } from '../../state/route/route.ts';

const here = () => (typeof window === 'undefined' ? { pathname: '/', search: '' } : window.location);

/** The overview of the benchmark corpus with `n` documents. */
export function enterBenchHref(lang: Lang, n: number = BENCH_DEFAULT): string {
  return `${here().pathname}${benchSearch(n)}${formatHash({ ...HOME, lang })}`;
}

/** The overview of the user's own corpus (the flag removed, other query parameters kept). */
export function exitBenchHref(lang: Lang): string {
  const { pathname, search } = here();
  return `${pathname}${withoutBench(search)}${formatHash({ ...HOME, lang })}`;
}
