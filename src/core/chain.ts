/**
 * Chains (issue 13): a document that implements another local document — the Lương Minh commune
 * plan following the Quảng Ninh province guide, which follows NQLT 102 — is compared with its
 * direct parent, and each of its clauses gets an origin:
 *
 * - `central`: carried from the root through the parent — it derives from a parent clause that
 *   itself derives from the root (directly, or through the parent's own parent);
 * - `parent`: it derives only from what the parent (or an ancestor) added to the root;
 * - `own`: added against the parent.
 *
 * Omissions are counted against the parent (its task clauses the child does not carry) and,
 * through it, against the root (the root's task clauses no clause of the child reaches through the
 * parent). `analyze()` is unchanged: a child's `DocumentAnalysis` still aligns it with the root
 * directly, and `chain` adds the comparison with the parent.
 */
import type { Clause, DocumentAnalysis, ParsedDocument } from './types.ts';
import { analyzeDocument } from './analyze.ts';
import { chainOrder, findParents } from './route-parent.ts';

export type Origin = 'central' | 'parent' | 'own';

/** Where one clause of a child document comes from. */
export interface ClauseOrigin {
  /** The child's clause id. */
  readonly clause: string;
  readonly origin: Origin;
  /** Parent clause ids it derives from, best first (empty for `own`). */
  readonly parent: readonly string[];
  /** Root clause ids it reaches through the parent (empty unless `central`). */
  readonly root: readonly string[];
}

/** A document compared with its direct parent. */
export interface ChainAnalysis {
  /** Id of the parent document. */
  readonly parent: string;
  /** Levels below the root: 2 for a child of a document that implements the root directly. */
  readonly depth: number;
  /** The child aligned with its parent as the central text (the pair view's child ↔ parent). */
  readonly pair: DocumentAnalysis;
  /** One per clause of the child, in its order. */
  readonly origins: readonly ClauseOrigin[];
  /** Task clause ids (parts task and implementation) not carried. */
  readonly omitted: {
    /** The parent's task clauses the child does not carry. */
    readonly parent: readonly string[];
    /** The root's task clauses no clause of the child reaches through the parent. */
    readonly root: readonly string[];
    /** Of those, the ones the parent carries: dropped at this level. */
    readonly dropped: readonly string[];
  };
}

const TASK_PARTS = new Set(['task', 'implementation']);

/** The root clause ids each clause of `d` reaches (through its chain when it has one); null when it does not derive from the root. */
function rootReach(d: DocumentAnalysis): Map<string, readonly string[] | null> {
  const out = new Map<string, readonly string[] | null>();
  if (d.chain) for (const o of d.chain.origins) out.set(o.clause, o.origin === 'central' ? o.root : null);
  else for (const r of d.clauses) out.set(r.clause.id, r.class === 'added' ? null : r.central);
  return out;
}

const pairClauses = new WeakMap<DocumentAnalysis, readonly Clause[]>();

/**
 * Compares `child` with `parent` (the parent's analysis against the root, with its own `chain`
 * when it is itself a child). `rootClauses` are the root's clauses, for the omissions.
 */
export function analyzeChain(parent: DocumentAnalysis, child: ParsedDocument, rootClauses: readonly Clause[]): ChainAnalysis {
  // One clause array per parent: the alignment index is built once per array (analyze.ts).
  let clauses = pairClauses.get(parent);
  if (!clauses) pairClauses.set(parent, (clauses = parent.clauses.map((r) => r.clause)));
  const pair = analyzeDocument(parent.doc, clauses, child);
  const reach = rootReach(parent);
  const origins = pair.clauses.map((r): ClauseOrigin => {
    if (r.class === 'added') return { clause: r.clause.id, origin: 'own', parent: [], root: [] };
    const traced = r.central.map((id) => reach.get(id)).filter((x): x is readonly string[] => Boolean(x));
    return traced.length
      ? { clause: r.clause.id, origin: 'central', parent: r.central, root: [...new Set(traced.flat())] }
      : { clause: r.clause.id, origin: 'parent', parent: r.central, root: [] };
  });
  const parentTasks = new Set(clauses.filter((c) => TASK_PARTS.has(c.part)).map((c) => c.id));
  const reached = new Set(origins.flatMap((o) => o.root));
  const parentReached = new Set([...reach.values()].flatMap((x) => x ?? []));
  const rootTasks = rootClauses.filter((c) => TASK_PARTS.has(c.part)).map((c) => c.id);
  const root = rootTasks.filter((id) => !reached.has(id));
  return {
    parent: parent.doc.id,
    depth: (parent.chain?.depth ?? 1) + 1,
    pair,
    origins,
    omitted: {
      parent: pair.central.filter((s) => s.status === 'omitted' && parentTasks.has(s.id)).map((s) => s.id),
      root,
      dropped: root.filter((id) => parentReached.has(id)),
    },
  };
}

/**
 * The family's analyses with `chain` set on every document whose parent is another of them:
 * `parents` maps a document id to its parent's id (routing's), else they are found as
 * `findParents` does. Parents are compared before their children; a circle throws InputError
 * CHAIN_CYCLE. Order and every other field are kept.
 */
export function withChains(documents: readonly DocumentAnalysis[], rootClauses: readonly Clause[], parents?: ReadonlyMap<string, string>): DocumentAnalysis[] {
  const docs = documents.map((d) => d.doc);
  const links = parents
    ? new Map([...parents].map(([k, v]) => [k, { parent: v, by: 'number' as const, cited: null }]))
    : findParents(docs);
  if (!links.size) return [...documents];
  const byId = new Map(documents.map((d) => [d.doc.id, d]));
  for (const doc of chainOrder(docs, links)) {
    const link = links.get(doc.id);
    const parent = link ? byId.get(link.parent) : undefined;
    if (!parent) continue;
    byId.set(doc.id, { ...byId.get(doc.id)!, chain: analyzeChain(parent, doc, rootClauses) });
  }
  return documents.map((d) => byId.get(d.doc.id)!);
}

/**
 * The lineage of one clause up the chain, for the chain view: the clause itself, then the clauses
 * it derives from at each level up to the root (`doc` null for the root). Empty levels end it.
 */
export function clauseLineage(documents: readonly DocumentAnalysis[], docId: string, clauseId: string): { readonly doc: string | null; readonly clauses: readonly string[] }[] {
  const byId = new Map(documents.map((d) => [d.doc.id, d]));
  const out: { doc: string | null; clauses: readonly string[] }[] = [{ doc: docId, clauses: [clauseId] }];
  let d = byId.get(docId);
  let ids: readonly string[] = [clauseId];
  const seen = new Set<string>();
  while (d && ids.length && !seen.has(d.doc.id)) {
    seen.add(d.doc.id);
    const chain = d.chain;
    const up: readonly string[] = chain
      ? [...new Set(chain.origins.filter((o) => ids.includes(o.clause)).flatMap((o) => o.parent))]
      : [...new Set(d.clauses.filter((r) => ids.includes(r.clause.id)).flatMap((r) => r.central))];
    out.push({ doc: chain ? chain.parent : null, clauses: up });
    if (!chain) break;
    d = byId.get(chain.parent);
    ids = up;
  }
  return out;
}
