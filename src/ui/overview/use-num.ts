/** Counts as the reader writes them: "1.000" in Vietnamese, "1,000" in English. */
import { useMemo } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import { formatCount } from '../i18n/numbers.ts';

/** A formatter for the interface language. */
export function useNum(): (n: number) => string {
  const lang = useAppStore((s) => s.route.lang);
  return useMemo(() => (n: number) => formatCount(lang, n), [lang]);
}
