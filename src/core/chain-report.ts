/**
 * What `doichieu.report/1` carries of routing and chains (issue 13), built by `toReport` from the
 * optional `route` and `chain` of a `DocumentAnalysis`: a document's `route` and `parent`, its
 * `chain` summary, and each clause's `origin` with the parent clauses it derives from.
 */
import type { ChainAnalysis, ClauseOrigin, Origin } from './chain.ts';
import type { CentralStatus, DocumentAnalysis, Role } from './types.ts';
import type { RouteReason } from './route.ts';

/** A chain as the report carries it: the pair's coverage of the parent's task clauses and the omissions (ids). */
export interface ReportChain {
  readonly depth: number;
  /** What the document does with its parent (relate.ts against the parent): a commune plan carrying one task of NQLT 102 directly is still its guide's implementation. */
  readonly role: Role | null;
  /** The parent's task clauses by how this document carries them. */
  readonly tasks: Readonly<Record<CentralStatus, number>>;
  readonly omitted: { readonly parent: readonly string[]; readonly root: readonly string[]; readonly dropped: readonly string[] };
}

/** Report fields of a document's route and chain (none when it has neither). */
export function chainFields(d: DocumentAnalysis): { route?: RouteReason; parent?: string; chain?: ReportChain } {
  const c = d.chain;
  return {
    ...(d.route ? { route: d.route } : {}),
    ...(c ? { parent: c.parent, chain: { depth: c.depth, role: c.pair.doc.meta.role, tasks: c.pair.coverage.tasks, omitted: c.omitted } } : {}),
  };
}

const index = new WeakMap<ChainAnalysis, Map<string, ClauseOrigin>>();

/** Report fields of one clause's origin: `origin` and `parentClauses` (ids in the parent document). */
export function originFields(d: DocumentAnalysis, clause: string): { origin?: Origin; parentClauses?: readonly string[] } {
  const c = d.chain;
  if (!c) return {};
  let m = index.get(c);
  if (!m) index.set(c, (m = new Map(c.origins.map((o) => [o.clause, o]))));
  const o = m.get(clause);
  return o ? { origin: o.origin, parentClauses: o.parent } : {};
}
