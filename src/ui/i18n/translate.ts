/** Looking up and filling dictionary strings. */
import { fillParts, fillText, type Lang, type Part, type Piece } from '../../messages/words.ts';
import { vi, type Dict, type DictKey } from './dict-vi.ts';
import { en } from './dict-en.ts';

const DICTS: Readonly<Record<Lang, Dict>> = { vi, en };

/** A dictionary of one language: a string for every key. */
export type Strings<K extends string> = Readonly<Record<K, string>>;

/** Values for a string's `{name}` placeholders. */
export type Vars = Readonly<Record<string, string | number>>;

/** A translator of one dictionary, bound to one language, which it names (for wording that is not in a dictionary). */
export type Translator<K extends string> = ((key: K, vars?: Vars) => string) & {
  readonly lang: Lang;
  /** The string as parts, values that are pieces keeping their document text marked (see ../shared/worded.tsx). */
  readonly parts: (key: K, vars: Readonly<Record<string, number | Piece>>) => Part[];
};

/** A translator of the interface's main dictionary. */
export type T = Translator<DictKey>;

/** `template` with its `{name}` placeholders filled from `vars` (a placeholder without a value stays). */
export const fill = fillText;

/** A translator of `dict` (the dictionary of `lang`). */
export function makeTranslator<K extends string>(lang: Lang, dict: Strings<K>): Translator<K> {
  return Object.assign((key: K, vars?: Vars) => fill(dict[key], vars), {
    lang,
    parts: (key: K, vars: Readonly<Record<string, number | Piece>>) => fillParts(dict[key], vars),
  });
}

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function translate(lang: Lang, key: DictKey, vars?: Vars): string {
  return fill(DICTS[lang][key], vars);
}

/** A translator for `lang`. */
export function translator(lang: Lang): T {
  return makeTranslator(lang, DICTS[lang]);
}
