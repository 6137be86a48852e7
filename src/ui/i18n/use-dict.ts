/**
 * One hook factory for every feature's strings file (ws, families, reviews, fields, scale): each
 * used to write the same five lines binding its dictionaries to the URL's language.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import type { Lang } from '../../state/route/route.ts';
import { makeTranslator, type Strings, type Translator } from './translate.ts';

/** Dictionaries of one feature, key for key in both languages. */
export type Dicts<K extends string> = Readonly<Record<Lang, Strings<K>>>;

/** A hook giving the translator of `dicts` for the interface language in the URL (memoised per language). */
export function dictHook<K extends string>(dicts: Dicts<K>): () => Translator<K> {
  return function useDict(): Translator<K> {
    const lang = useAppStore((s) => s.route.lang);
    return useMemo(() => makeTranslator(lang, dicts[lang]), [lang]);
  };
}
