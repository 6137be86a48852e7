/** Rows of the overview's document table. Pure. */
import type { Analysis, Role } from '../core/types.ts';
import { issuerName, shortName } from './doc-label.ts';

/** One local document in the overview table. */
export interface DocumentRow {
  readonly id: string;
  readonly name: string;
  /** Issuer, or the human label the corpus gives a document whose issuer the text does not fully name. */
  readonly issuer: string;
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
  /** How fields not printed in the header were derived. */
  readonly notes: readonly string[];
}

/** Orders by days after the central text; unknown dates last, then by name. */
export function byLag<T extends { lagDays: number | null; name: string }>(a: T, b: T): number {
  if (a.lagDays === null && b.lagDays !== null) return 1;
  if (b.lagDays === null && a.lagDays !== null) return -1;
  return (a.lagDays ?? 0) - (b.lagDays ?? 0) || a.name.localeCompare(b.name, 'vi');
}

/** One row per local document, ordered by issuance. */
export function combineDocumentRows(a: Analysis): DocumentRow[] {
  return a.documents.map((d): DocumentRow => {
    const t = d.coverage.tasks;
    const total = t.verbatim + t.adapted + t.omitted;
    return {
      id: d.doc.id, name: shortName(d.doc), issuer: issuerName(d.doc), number: d.doc.meta.number,
      kind: d.doc.meta.kind, date: d.doc.meta.date, lagDays: d.lagDays, role: d.doc.meta.role, title: d.doc.meta.title,
      verbatim: t.verbatim, adapted: t.adapted, omitted: t.omitted, total,
      carried: total > 0 ? (t.verbatim + t.adapted) / total : 0,
      notes: d.doc.meta.notes,
    };
  }).sort(byLag);
}
