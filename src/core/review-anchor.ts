/**
 * Finding what a decision (or a reference alignment) names: a document by number, else by file
 * name; a clause by its text or a distinctive part of it. Texts are compared after the folding of
 * `../shared/tools/eval-gold.mjs` (case, diacritics, quotes, markdown marks, white space), so a
 * decision written against "tự chuyển hoá" still finds "tự chuyển hóa", "**Ban Bí thư**" finds
 * "Ban Bí thư", and a snippet a reviewer pasted from the app finds the clause after a re-parse.
 */
import type { Clause, ParsedDocument } from './types.ts';

/** The gold evaluator's folding, character for character (keep both in step). */
export function foldAnchor(s: string): string {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
    .replace(/[“”"‘’'*#\\]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The evaluator's second rule: a snippet may also hold the whole of a clause longer than this
 * (folded characters), so a decision written before a re-parse split its clause still finds it.
 */
export const CONTAINED_MIN = 20;

/** Indices of the documents `key` names: by number first; when no number matches, by source file name. */
export function documentsNamed(docs: readonly Pick<ParsedDocument, 'meta' | 'source'>[], key: string): number[] {
  const k = foldAnchor(key);
  if (!k) return [];
  const byNumber = docs.flatMap((d, i) => (d.meta.number && foldAnchor(d.meta.number) === k ? [i] : []));
  if (byNumber.length) return byNumber;
  const file = foldAnchor(key.split(/[\\/]/u).at(-1) ?? key);
  return docs.flatMap((d, i) => (foldAnchor(d.source) === file ? [i] : []));
}

/** Where a text reference led: one clause, several (ambiguous), or none. */
export type Found = { readonly kind: 'one'; readonly index: number } | { readonly kind: 'many'; readonly indices: readonly number[] } | { readonly kind: 'none' };

/**
 * The clause `snippet` names among `texts` (folded already by `foldTexts`). A clause whose text
 * equals the snippet wins (the `occurrence`-th when a sentence is repeated); else the one clause
 * holding it; else the one clause it holds whole (longer than CONTAINED_MIN). Two candidates at
 * the same step are ambiguous: a decision is never applied to a clause picked by chance.
 */
export function findClause(folded: readonly string[], snippet: string, occurrence = 1): Found {
  const s = foldAnchor(snippet);
  if (!s) return { kind: 'none' };
  const equal = indicesWhere(folded, (t) => t === s);
  if (equal.length) return equal[occurrence - 1] !== undefined ? { kind: 'one', index: equal[occurrence - 1]! } : { kind: 'none' };
  return pick(indicesWhere(folded, (t) => t.includes(s))) ?? pick(indicesWhere(folded, (t) => t.length > CONTAINED_MIN && s.includes(t))) ?? { kind: 'none' };
}

/**
 * The central clauses a reference names: an id ("3-1") as is; otherwise by text as `findClause`,
 * except that a reference holding several clauses whole names them all (a decision written
 * against one long central sentence that a new parser cuts in two still names both halves).
 */
export function findCentral(central: readonly Clause[], folded: readonly string[], ref: string): Found | { readonly kind: 'ids'; readonly indices: readonly number[] } {
  const byId = central.findIndex((c) => c.id === ref.trim());
  if (byId >= 0) return { kind: 'one', index: byId };
  const s = foldAnchor(ref);
  if (!s) return { kind: 'none' };
  const equal = indicesWhere(folded, (t) => t === s);
  if (equal.length) return { kind: 'one', index: equal[0]! };
  const holding = pick(indicesWhere(folded, (t) => t.includes(s)));
  if (holding) return holding;
  const held = indicesWhere(folded, (t) => t.length > CONTAINED_MIN && s.includes(t));
  return held.length ? { kind: 'ids', indices: held } : { kind: 'none' };
}

/** Folded texts of clauses, once per list. */
export const foldTexts = (clauses: readonly { readonly text: string }[]): string[] => clauses.map((c) => foldAnchor(c.text));

function indicesWhere(texts: readonly string[], test: (t: string) => boolean): number[] {
  const out: number[] = [];
  texts.forEach((t, i) => { if (test(t)) out.push(i); });
  return out;
}

function pick(indices: readonly number[]): Found | null {
  if (!indices.length) return null;
  return indices.length === 1 ? { kind: 'one', index: indices[0]! } : { kind: 'many', indices };
}
