/** The content of the printable inspection report: per document, coverage, added clauses and omitted tasks. Pure. */
import { oncePer } from './once-per.ts';
import type { Analysis, Part, Role } from '../../core/types.ts';
import type { Effect } from '../../core/effects.ts';
import type { QualityReport } from '../../core/quality.ts';
import { byLag } from './combine-document-rows.ts';
import { issuerName, shortName } from '../doc-label.ts';

export interface InspectionClause {
  readonly id: string;
  readonly part: Part;
  readonly unit: string;
  readonly text: string;
}

export interface InspectionDoc {
  readonly id: string;
  readonly name: string;
  readonly issuer: string;
  /** The issuer for the English interface. */
  readonly issuerEn: string;
  readonly kind: string | null;
  readonly number: string | null;
  readonly date: string | null;
  readonly lagDays: number | null;
  readonly role: Role | null;
  /** Central task clauses (tasks and implementation) by status. */
  readonly verbatim: number;
  readonly adapted: number;
  readonly omitted: number;
  readonly total: number;
  /** Local clauses by class. */
  readonly localClauses: number;
  readonly added: readonly InspectionClause[];
  /** Central task clauses this document does not carry. */
  readonly omittedClauses: readonly InspectionClause[];
  /** Local clauses that weaken the central text, with the weakenings (issue 12) and the central clauses they carry. */
  readonly weakened: readonly WeakenedClause[];
  /** Damage of the text, `null` when not reported (issue 10). */
  readonly quality: QualityReport | null;
}

/** A local clause that weakens the central text: its weakening effects only. */
export interface WeakenedClause extends InspectionClause {
  readonly central: readonly string[];
  readonly effects: readonly Effect[];
}

const TASK_PARTS: readonly Part[] = ['task', 'implementation'];

/** One entry per local document, in order of issuance. */
export function combineInspection(a: Analysis): InspectionDoc[] {
  const central = new Map(a.centralClauses.map((c) => [c.id, c]));
  return a.documents.map((d): InspectionDoc => {
    const t = d.coverage.tasks;
    return {
      id: d.doc.id, name: shortName(d.doc), issuer: issuerName(d.doc), issuerEn: issuerName(d.doc, 'en'), kind: d.doc.meta.kind, number: d.doc.meta.number,
      date: d.doc.meta.date, lagDays: d.lagDays, role: d.doc.meta.role,
      verbatim: t.verbatim, adapted: t.adapted, omitted: t.omitted, total: t.verbatim + t.adapted + t.omitted,
      localClauses: d.clauses.length,
      added: d.clauses.filter((r) => r.class === 'added').map((r) => ({ id: r.clause.id, part: r.clause.part, unit: r.clause.unit, text: r.clause.text })),
      weakened: d.clauses.flatMap((r) => {
        const effects = (r.effects ?? []).filter((e) => e.kind === 'weakened');
        return effects.length ? [{ id: r.clause.id, part: r.clause.part, unit: r.clause.unit, text: r.clause.text, central: r.central, effects }] : [];
      }),
      quality: d.doc.quality ?? null,
      omittedClauses: d.central.filter((s) => s.status === 'omitted').flatMap((s) => {
        const c = central.get(s.id);
        return c && TASK_PARTS.includes(c.part) ? [{ id: c.id, part: c.part, unit: c.unit, text: c.text }] : [];
      }),
    };
  }).sort(byLag);
}

/** `combineInspection` once per analysis (the report opened again reads it: issue 14). */
export const inspectionOf = oncePer(combineInspection);
