/** Counts as the reader writes them: "1.000" in Vietnamese, "1,000" in English. */
import { useMemo } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';

const FORMATS = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') } as const;

/** A formatter for the interface language. */
export function useNum(): (n: number) => string {
  const lang = useAppStore((s) => s.route.lang);
  return useMemo(() => (n: number) => FORMATS[lang].format(n), [lang]);
}
