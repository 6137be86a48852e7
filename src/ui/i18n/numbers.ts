/**
 * Numbers as the interface language writes them, in one place: "1.000" and "51,0 MB" in
 * Vietnamese, "1,000" and "51.0 MB" in English. Results and failures carry numbers as values;
 * only the interface (and the exports, in their own language) turn them into digits.
 */
import type { Lang } from '../../state/route/route.ts';

const LOCALES: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };
const COUNTS = new Map<Lang, Intl.NumberFormat>();
const TENTHS = new Map<Lang, Intl.NumberFormat>();

function formatter(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(lang);
  if (!f) cache.set(lang, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/** A count (or any number) with the language's digit grouping: "25.000.000" / "25,000,000". */
export function formatCount(lang: Lang, n: number): string {
  return formatter(COUNTS, lang, {}).format(n);
}

/** A size in bytes as megabytes with one decimal: "51,0 MB" / "51.0 MB". */
export function formatMegabytes(lang: Lang, bytes: number): string {
  return `${formatter(TENTHS, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
