/** Looking up and filling dictionary strings. */
import type { Lang } from '../../state/route/route.ts';
import { vi, type Dict, type DictKey } from './dict-vi.ts';
import { en } from './dict-en.ts';

const DICTS: Readonly<Record<Lang, Dict>> = { vi, en };

/** A translator bound to one language. */
export type T = (key: DictKey, vars?: Vars) => string;

/** Values for a string's `{name}` placeholders. */
export type Vars = Readonly<Record<string, string | number>>;

/** `template` with its `{name}` placeholders filled from `vars` (a placeholder without a value stays). */
export function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/gu, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function translate(lang: Lang, key: DictKey, vars?: Vars): string {
  return fill(DICTS[lang][key], vars);
}

/** A translator for `lang`. */
export function translator(lang: Lang): T {
  return (key, vars) => translate(lang, key, vars);
}
