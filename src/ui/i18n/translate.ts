/** Looking up and filling dictionary strings. */
import type { Lang } from '../../state/route/route.ts';
import { vi, type Dict, type DictKey } from './dict-vi.ts';
import { en } from './dict-en.ts';

const DICTS: Readonly<Record<Lang, Dict>> = { vi, en };

/** A translator bound to one language. */
export type T = (key: DictKey, vars?: Readonly<Record<string, string | number>>) => string;

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function translate(lang: Lang, key: DictKey, vars?: Readonly<Record<string, string | number>>): string {
  const s = DICTS[lang][key];
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/gu, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A translator for `lang`. */
export function translator(lang: Lang): T {
  return (key, vars) => translate(lang, key, vars);
}
