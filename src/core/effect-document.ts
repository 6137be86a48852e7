/**
 * The effects stage over a whole document, for `analyze()` to call once the alignment is done:
 * each local clause's effects, and each central clause's effects gathered from the clauses that
 * carry it.
 */
import type { Clause, DocumentAnalysis } from './types.ts';
import { effectsOf, type Effect } from './effects.ts';

/**
 * Effects of every local clause of a document, in clause order (empty for added clauses). The
 * central tokens are the clause's sources in central order (as `classify` diffs them); siblings
 * are the other local clauses that carry one of the same central clauses.
 */
export function documentEffects(doc: DocumentAnalysis, centralClauses: readonly Clause[]): Effect[][] {
  const order = new Map(centralClauses.map((c, i) => [c.id, i]));
  const carriers = new Map<string, number[]>();
  doc.clauses.forEach((r, i) => { for (const id of r.central) carriers.set(id, [...(carriers.get(id) ?? []), i]); });
  return doc.clauses.map((r, i) => {
    if (!r.diff || !r.central.length) return [];
    const sources = [...r.central].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((id) => centralClauses[order.get(id)!]).filter((c) => c !== undefined);
    const others = new Set(r.central.flatMap((id) => carriers.get(id) ?? []));
    others.delete(i);
    const siblings = [...others].sort((a, b) => a - b).map((k) => doc.clauses[k]!.clause.tokens);
    const central = sources.length === 1 ? sources[0]!.tokens : sources.flatMap((c) => c.tokens);
    return effectsOf({ central, local: r.clause.tokens, diff: r.diff, siblings, part: r.clause.part });
  });
}

/** Per central clause id: the effects of the local clauses that carry it (a clause with two sources gives its effects to both). */
export function effectsByCentral(doc: DocumentAnalysis, effects: readonly (readonly Effect[])[]): Record<string, Effect[]> {
  const out: Record<string, Effect[]> = {};
  doc.clauses.forEach((r, i) => {
    for (const id of r.central) (out[id] ??= []).push(...(effects[i] ?? []));
  });
  return out;
}
