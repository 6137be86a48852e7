/**
 * One document with a reviewer's answers in place of the machine's, and everything derived from
 * them recomputed: word diffs and effects of the pairs whose counterparts changed, central
 * statuses, coverage, unit links and effect counts.
 */
import type { Analysis, CentralResult, Clause, ClauseResult, DocumentAnalysis, LocalClass, Token } from './types.ts';
import type { ClauseReview } from './review-types.ts';
import { centralStatuses } from './classify.ts';
import { documentEffects, effectsByCentral } from './effect-document.ts';
import { effectCounts } from './effects.ts';
import { coverage, unitLinks } from './metrics.ts';
import { wordDiff } from './word-diff.ts';

type Who = Pick<ClauseReview, 'by' | 'at' | 'note'>;

/** A decision found in a document: on local clause `clause` (an index), or on central clauses `central` (ids). */
export type Placement =
  | { readonly kind: 'clause'; readonly clause: number; readonly class: LocalClass; readonly central: readonly string[]; readonly review: Who }
  | { readonly kind: 'central'; readonly central: readonly string[]; readonly status: 'carried' | 'omitted'; readonly by: readonly string[]; readonly review: Who };

/** A placement with the position of its decision in the list applied. */
export type Placed = Placement & { readonly index: number };

/** `doc` with the placements applied in order (a later one on the same clause wins). */
export function reviewDocument(a: Pick<Analysis, 'central' | 'centralClauses'>, doc: DocumentAnalysis, placed: readonly Placed[]): DocumentAnalysis {
  const { centralClauses } = a;
  const clauses = [...doc.clauses];
  const changed = new Set<number>();
  for (const p of placed) {
    if (p.kind !== 'clause') continue;
    const before = doc.clauses[p.clause]!;
    const machine = before.review?.machine ?? { class: before.class, central: before.central, reason: before.reason };
    const cur = clauses[p.clause]!;
    const moved = !sameIds(cur.central, p.central);
    const { effects: _e, gains: _g, ...rest } = cur;
    const next: ClauseResult = {
      ...rest,
      class: p.class,
      central: p.central,
      reason: `reviewed by ${p.review.by}: ${machine.class}${machine.central.length ? ` ${machine.central.join('+')}` : ''} → ${p.class}${p.central.length ? ` ${p.central.join('+')}` : ''}`,
      review: { ...p.review, machine },
      ...(moved ? { diff: p.central.length ? pairDiff(centralClauses, a.central.text, p.central, cur.clause.tokens, doc.doc.text) : null } : {}),
      ...(!moved && cur.effects ? { effects: cur.effects } : {}),
      ...(!moved && cur.gains ? { gains: cur.gains } : {}),
    };
    if (moved) changed.add(p.clause);
    clauses[p.clause] = next;
  }
  if (changed.size) {
    const effects = documentEffects({ clauses }, centralClauses);
    for (const i of changed) if (effects[i]?.length) clauses[i] = { ...clauses[i]!, effects: effects[i]! };
  }
  const byCentral = effectsByCentral(clauses);
  const statuses: CentralResult[] = centralStatuses(centralClauses, clauses).map((s) => (byCentral[s.id]?.length ? { ...s, effects: byCentral[s.id]! } : s));
  for (const p of placed) {
    if (p.kind !== 'central') continue;
    for (const id of p.central) {
      // A later decision giving a local clause this counterpart says the clause carries it: it wins.
      if (placed.some((q) => q.kind === 'clause' && q.index > p.index && q.central.includes(id))) continue;
      const k = statuses.findIndex((s) => s.id === id);
      const before = doc.central.find((s) => s.id === id);
      if (k < 0 || !before) continue;
      const machine = before.review?.machine ?? { status: before.status, by: before.by };
      const s = statuses[k]!;
      const { effects: _e, ...rest } = s;
      statuses[k] = p.status === 'omitted'
        ? { ...rest, status: 'omitted', by: [], similarity: 0, review: { ...p.review, machine } }
        : { ...s, status: s.status === 'omitted' ? 'adapted' : s.status, by: [...new Set([...s.by, ...p.by])], review: { ...p.review, machine } };
    }
  }
  const gains = new Map(clauses.flatMap((r) => (r.gains ? [[r.clause.id, r.gains] as const] : [])));
  return {
    ...doc,
    clauses,
    central: statuses,
    units: changed.size ? unitLinks(centralClauses, clauses, gains) : doc.units,
    coverage: coverage(centralClauses, statuses, clauses),
    ...(doc.effectCounts ? { effectCounts: effectCounts(clauses.map((r) => r.effects ?? [])) } : {}),
    reviewed: { clauses: clauses.filter((r) => r.review).length, central: statuses.filter((s) => s.review).length },
  };
}

/** The word diff of a local clause against new counterparts, sources in central order (as `classify` diffs them). */
function pairDiff(centralClauses: readonly Clause[], centralText: string, ids: readonly string[], local: readonly Token[], localText: string) {
  const sources = centralClauses.filter((c) => ids.includes(c.id));
  return wordDiff(sources.flatMap((c) => c.tokens), local, centralText, localText);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
