/** Writing clauses back into a paragraph so that each still reads (and segments) as a clause. */
import type { Random } from './random.ts';
import type { TruthClause } from './types.ts';

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * Joins clause texts. A clause after a full stop (or first in the paragraph) starts with a capital;
 * a clause ending "sau:" mid-paragraph ends with a full stop; the last clause ends with one. The
 * truth clauses are updated in place to the text as written (only case and final mark change).
 */
export function writeParagraph(clauses: TruthClause[]): string {
  const parts: string[] = [];
  clauses.forEach((c, i) => {
    let t = c.text.trim();
    // A pool clause may come from a heading or a list item without a final mark.
    if (!/[.;:!?…]["”)]*$/u.test(t)) t = `${t}.`;
    const prev = parts[i - 1];
    if (!prev || /[.:]$/u.test(prev)) t = upperFirst(t);
    if (i === clauses.length - 1 || /:$/u.test(t)) t = t.replace(/[;:,]?$/u, (m) => (m === '' && /[.!?]$/u.test(t) ? '' : '.'));
    clauses[i] = { ...c, text: t };
    parts.push(t);
  });
  return parts.join(' ');
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A numbering style for tasks: "1.", "1-" or "I.". */
export function numbering(rnd: Random): (n: number) => string {
  const r = rnd.next();
  if (r < 0.6) return (n) => `${n}.`;
  if (r < 0.85) return (n) => `${n}-`;
  return (n) => `${ROMAN[n - 1] ?? n}.`;
}
