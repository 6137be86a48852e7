/**
 * The chain of a document for the pair view (issue 13): what it does with its parent (origins of
 * its clauses, omissions against the parent and through it the root), and the lineage of one
 * clause — the clause, the parent's clauses it derives from, the root's they reach — with texts.
 */
import type { Analysis } from '../../core/types.ts';
import { clauseLineage, type Origin } from '../../core/chain.ts';

/** One level of a clause's lineage, from the document itself up to the root. */
export interface ChainLevel {
  readonly role: 'self' | 'parent' | 'root';
  /** Document id (the central text's for the root). */
  readonly doc: string;
  readonly number: string | null;
  readonly kind: string | null;
  readonly issuer: string | null;
  readonly clauses: readonly { readonly id: string; readonly text: string }[];
}

export interface ChainSummary {
  readonly parent: { readonly id: string; readonly number: string | null; readonly kind: string | null; readonly issuer: string | null };
  readonly depth: number;
  readonly origins: Readonly<Record<Origin, number>>;
  readonly omitted: { readonly parent: number; readonly root: number; readonly dropped: number };
}

/** The chain of `docId` in `analysis`; null when it implements no other local document. */
export function chainSummary(analysis: Analysis, docId: string): ChainSummary | null {
  const d = analysis.documents.find((x) => x.doc.id === docId);
  const c = d?.chain;
  if (!c) return null;
  const p = analysis.documents.find((x) => x.doc.id === c.parent)?.doc;
  const origins: Record<Origin, number> = { central: 0, parent: 0, own: 0 };
  for (const o of c.origins) origins[o.origin]++;
  return {
    parent: { id: c.parent, number: p?.meta.number ?? null, kind: p?.meta.kind ?? null, issuer: p?.meta.issuer ?? null },
    depth: c.depth, origins,
    omitted: { parent: c.omitted.parent.length, root: c.omitted.root.length, dropped: c.omitted.dropped.length },
  };
}

/** The origin of one clause of a chained document, or null. */
export function clauseOrigin(analysis: Analysis, docId: string, clauseId: string): Origin | null {
  return analysis.documents.find((x) => x.doc.id === docId)?.chain?.origins.find((o) => o.clause === clauseId)?.origin ?? null;
}

/** The lineage of a clause with its texts: the document, its parent (and theirs), the root; [] without a chain. */
export function chainLevels(analysis: Analysis, docId: string, clauseId: string): ChainLevel[] {
  const byId = new Map(analysis.documents.map((d) => [d.doc.id, d]));
  if (!byId.get(docId)?.chain) return [];
  return clauseLineage(analysis.documents, docId, clauseId).map((l, i): ChainLevel => {
    const d = l.doc === null ? null : byId.get(l.doc);
    const doc = d ? d.doc : analysis.central;
    const texts = new Map(d ? d.clauses.map((r) => [r.clause.id, r.clause.text]) : analysis.centralClauses.map((c) => [c.id, c.text]));
    return {
      role: l.doc === null ? 'root' : i === 0 ? 'self' : 'parent',
      doc: doc.id, number: doc.meta.number, kind: doc.meta.kind, issuer: doc.meta.issuer,
      clauses: l.clauses.map((id) => ({ id, text: texts.get(id) ?? '' })),
    };
  });
}
