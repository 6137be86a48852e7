/** The translator for the language in the URL. */
import { useMemo } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import { translator, type T } from './translate.ts';

/** Returns `t(key, vars)` in the current interface language. */
export function useT(): T {
  const lang = useAppStore((s) => s.route.lang);
  return useMemo(() => translator(lang), [lang]);
}
