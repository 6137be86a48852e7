/**
 * The effects stage over a whole document, for `analyze()` to call once the alignment is done:
 * each local clause's effects, and each central clause's effects gathered from the clauses that
 * carry it.
 */
import type { Clause, ClauseResult } from './types.ts';
import { hasWeakening, type Effect } from './effects.ts';
import { pairEffects } from './effect-memo.ts';
import { centralOrder } from './central-order.ts';
import { sharedPct } from './classify-splits.ts';
import { emptyList, mapped } from './packed.ts';

/**
 * Effects of every local clause of a document, in clause order (empty for added clauses). The
 * central tokens are the clause's sources in central order (as `classify` diffs them); siblings
 * are the other local clauses that carry one of the same central clauses.
 */
export function documentEffects(doc: { readonly clauses: readonly ClauseResult[] }, centralClauses: readonly Clause[]): Effect[][] {
  const order = centralOrder(centralClauses);
  const carriers = new Map<string, number[]>();
  doc.clauses.forEach((r, i) => { for (const id of r.central) { const list = carriers.get(id); if (list) list.push(i); else carriers.set(id, [i]); } });
  // The added clauses with a nearest source, listed once rather than searched for every clause.
  const addedNear: number[] = [];
  doc.clauses.forEach((o, k) => { if (o.class === 'added' && o.nearest) addedNear.push(k); });
  return doc.clauses.map((r, i) => {
    // Without a substantive change `effectsOf` finds nothing: sources and siblings are not looked up.
    if (!r.diff || !r.diff.substantive || !r.central.length) return emptyList<Effect>();
    const sources = r.central.length === 1 ? r.central : [...r.central].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const clauses: Clause[] = [];
    for (const id of sources) { const c = centralClauses[order.get(id)!]; if (c !== undefined) clauses.push(c); }
    const others = new Set<number>();
    for (const id of r.central) for (const k of carriers.get(id) ?? []) others.add(k);
    // An added clause of the same unit nearest the same source carries its split-off rest
    // (Nghệ An IV.2: "…đôn đốc việc triển khai thực hiện Kế hoạch này;" / "định kỳ báo cáo kết quả…").
    for (const k of addedNear) { const o = doc.clauses[k]!; if (r.central.includes(o.nearest!) && o.clause.unit === r.clause.unit) others.add(k); }
    others.delete(i);
    const siblings = mapped([...others].sort((a, b) => a - b), (k) => doc.clauses[k]!.clause.tokens);
    const central = clauses.length === 1 ? clauses[0]!.tokens : clauses.flatMap((c) => c.tokens);
    return pairEffects(centralClauses, mapped(clauses, (c) => c.id), { central, local: r.clause.tokens, diff: r.diff, siblings, part: r.clause.part });
  });
}

/**
 * The clauses with their effects. A weakening is never plain verbatim (the legend's promise:
 * nguyên văn changes only spelling, tone marks and case): Quảng Ngãi's "xử lý nghiêm, kịp thời…"
 * for KL 54's "xử lý nghiêm minh, kịp thời…" changes one word, and that word softens the sanction.
 */
export function applyEffects(results: readonly ClauseResult[], centralClauses: readonly Clause[]): ClauseResult[] {
  const effects = documentEffects({ clauses: results }, centralClauses);
  return results.map((r, i) => {
    const e = effects[i] ?? [];
    if (r.class === 'verbatim' && hasWeakening(e)) {
      const words = e.filter((x) => x.kind === 'weakened').map((x) => x.evidence.central).filter(Boolean).join('; ');
      const evidence = e.filter((x) => x.kind === 'weakened').map((x) => x.evidence.central).filter(Boolean);
      const shared = sharedPct(r);
      return {
        ...r, class: 'adapted', effects: e, reason: `adapted: weakens the central wording (${words}) (${shared}% of words shared)`,
        why: { code: 'weakens', values: { central: r.central, shared, words: evidence } },
      };
    }
    return e.length ? { ...r, effects: e } : r;
  });
}

/** Per central clause id: the effects of the local clauses that carry it (a clause with two sources gives its effects to both). */
export function effectsByCentral(results: readonly ClauseResult[]): Record<string, Effect[]> {
  const out: Record<string, Effect[]> = {};
  for (const r of results) for (const id of r.central) if (r.effects?.length) (out[id] ??= []).push(...r.effects);
  return out;
}
