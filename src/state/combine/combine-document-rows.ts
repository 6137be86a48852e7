/** Rows of the overview's document table. Pure. */
import type { Analysis, Role } from '../../core/types.ts';
import type { QualityReport } from '../../core/quality.ts';
import { issuerName, shortName } from '../doc-label.ts';
import { oncePer } from './once-per.ts';

/** A document as a column or heading of an insight table (rules, citations): who it is, by the overview row's fields. */
export type DocColumn = Pick<DocumentRow, 'id' | 'name' | 'number' | 'role'>;

/** One local document in the overview table. */
export interface DocumentRow {
  readonly id: string;
  readonly name: string;
  /** Issuer, or the human label the corpus gives a document whose issuer the text does not fully name. */
  readonly issuer: string;
  /** The issuer for the English interface (front matter's `label-en`; else the same). */
  readonly issuerEn: string;
  readonly number: string | null;
  readonly kind: string | null;
  readonly date: string | null;
  readonly lagDays: number | null;
  readonly role: Role | null;
  readonly title: string | null;
  /** Central task clauses by status in this document. */
  readonly verbatim: number;
  readonly adapted: number;
  readonly omitted: number;
  readonly total: number;
  /** Share of central task clauses carried (verbatim + adapted), 0..1. */
  readonly carried: number;
  /** Words of the local text, and the share of them the document added itself (0..1). */
  readonly words: number;
  readonly addedWords: number;
  readonly addedShare: number;
  /** Issuer, name, number and kind folded for search (see `foldText`). */
  readonly search: string;
  /** How fields not printed in the header were derived. */
  readonly notes: readonly string[];
  /** Local clauses that weaken the central text (`effectCounts.weakened`; 0 when not reported). */
  readonly weakened: number;
  /** Damage of the text (issue 10); `null` when not reported. */
  readonly quality: QualityReport | null;
}

/** One collator for every comparison: `localeCompare(b, 'vi')` builds one per call, which 1,000 rows feel. */
export const VI_COLLATOR = new Intl.Collator('vi');

/** Orders by days after the central text; unknown dates last, then by name. */
export function byLag<T extends { lagDays: number | null; name: string }>(a: T, b: T): number {
  if (a.lagDays === null && b.lagDays !== null) return 1;
  if (b.lagDays === null && a.lagDays !== null) return -1;
  return (a.lagDays ?? 0) - (b.lagDays ?? 0) || VI_COLLATOR.compare(a.name, b.name);
}

/** A local document with the keys of `byLag`. */
export interface ByLag {
  readonly d: Analysis['documents'][number];
  readonly lagDays: number | null;
  readonly name: string;
}

/**
 * The documents of an analysis in order of issuance (`byLag`), sorted once per analysis: every clause
 * view, the rules' columns and the tour sorted the same 5,000 documents again (issue 14).
 */
export const documentsByLag = oncePer((a: Analysis): readonly ByLag[] =>
  a.documents.map((d) => ({ d, lagDays: d.lagDays, name: shortName(d.doc) })).sort(byLag));

/**
 * Lower case without tone marks or diacritics, đ as d: "Tỉnh ủy Lạng Sơn" → "tinh uy lang son", so a
 * search typed without Vietnamese input still finds the document.
 */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

/** One row per local document, ordered by issuance. */
export function combineDocumentRows(a: Analysis): DocumentRow[] {
  return a.documents.map((d): DocumentRow => {
    const t = d.coverage.tasks;
    const total = t.verbatim + t.adapted + t.omitted;
    const w = d.coverage.local.words;
    const words = w.verbatim + w.adapted + w.added;
    const name = shortName(d.doc);
    const issuer = issuerName(d.doc);
    const issuerEn = issuerName(d.doc, 'en');
    const { number, kind } = d.doc.meta;
    return {
      id: d.doc.id, name, issuer, issuerEn, number, kind, date: d.doc.meta.date, lagDays: d.lagDays, role: d.doc.meta.role, title: d.doc.meta.title,
      verbatim: t.verbatim, adapted: t.adapted, omitted: t.omitted, total,
      carried: total > 0 ? (t.verbatim + t.adapted) / total : 0,
      words, addedWords: w.added, addedShare: words > 0 ? w.added / words : 0,
      search: foldText([issuer, issuerEn === issuer ? '' : issuerEn, name, number ?? '', kind ?? ''].join(' ')),
      notes: d.doc.meta.notes,
      weakened: d.effectCounts?.weakened ?? 0, quality: d.doc.quality ?? null,
    };
  }).sort(byLag);
}
