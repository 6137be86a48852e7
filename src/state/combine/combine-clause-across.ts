/** Clause view: one central clause across all documents — how each carries it, with the diffs. Pure. */
import type { Analysis, CentralResult, CentralStatus, Clause, ClauseResult, DocumentAnalysis, Role } from '../../core/types.ts';
import { documentsByLag } from './combine-document-rows.ts';

/** A local document and its status for one central clause (clause view, lineage). */
export interface CarrierDoc {
  readonly doc: string;
  readonly name: string;
  readonly number: string | null;
  readonly role: Role | null;
  readonly lagDays: number | null;
  readonly status: CentralStatus | null;
}

/** Every local document with its status for central clause `id` and what `more` adds, in order of issuance. */
export function carrierDocs<X>(a: Analysis, id: string, more: (d: DocumentAnalysis, r: CentralResult | undefined) => X): (CarrierDoc & X)[] {
  // In the analysis's order of issuance, sorted once (the same order a sort of these rows gives).
  return documentsByLag(a).map(({ d, name }) => {
    const r = d.central.find((x) => x.id === id);
    return { doc: d.doc.id, name, number: d.doc.meta.number, role: d.doc.meta.role, lagDays: d.lagDays, status: r?.status ?? null, ...more(d, r) };
  });
}

/** One local document in the clause view. */
export interface AcrossRow extends CarrierDoc {
  readonly similarity: number;
  /** Local clauses carrying the central clause, with their diffs. */
  readonly carriers: readonly ClauseResult[];
}

/** The clause view model. */
export interface ClauseAcross {
  readonly clause: Clause;
  readonly heading: string | null;
  readonly rows: readonly AcrossRow[];
  readonly counts: Readonly<Record<CentralStatus, number>>;
  /** Neighbouring central clauses (reading order), for previous/next. */
  readonly prev: string | null;
  readonly next: string | null;
}

/** The clause across documents, or `null` when the id is not a central clause. */
export function combineClauseAcross(a: Analysis, clauseId: string): ClauseAcross | null {
  const i = a.centralClauses.findIndex((c) => c.id === clauseId);
  const clause = a.centralClauses[i];
  if (!clause) return null;
  const counts: Record<CentralStatus, number> = { verbatim: 0, adapted: 0, omitted: 0 };
  const rows: AcrossRow[] = carrierDocs(a, clauseId, (d, r) => ({
    similarity: r?.similarity ?? 0,
    carriers: (r?.by ?? []).map((id) => d.clauses.find((c) => c.clause.id === id)).filter((c): c is ClauseResult => c !== undefined),
  }));
  for (const row of rows) if (row.status) counts[row.status]++;
  const heading = a.central.blocks.find((b) => b.unit === clause.unit && b.heading)?.heading ?? null;
  return {
    clause, heading, rows, counts,
    prev: a.centralClauses[i - 1]?.id ?? null,
    next: a.centralClauses[i + 1]?.id ?? null,
  };
}
