/**
 * Stage 7: metrics. Coverage of the central tasks per document, the make-up of each document's own
 * text, which central units each local unit draws on, and how many documents carry each central clause.
 */
import type { CentralResult, CentralStatus, Clause, ClauseResult, Coverage, DocumentAnalysis, LocalClass, UnitLink } from './types.ts';
import { wordCount } from './word-count.ts';
import { centralOrder } from './central-order.ts';

const TASK_PARTS = new Set(['task', 'implementation']);

/** Coverage counts of one document. */
export function coverage(central: readonly Clause[], statuses: readonly CentralResult[], results: readonly ClauseResult[]): Coverage {
  const order = centralOrder(central);
  const tasks: Record<CentralStatus, number> = { verbatim: 0, adapted: 0, omitted: 0 };
  const all: Record<CentralStatus, number> = { verbatim: 0, adapted: 0, omitted: 0 };
  for (const s of statuses) {
    all[s.status]++;
    if (TASK_PARTS.has(central[order.get(s.id) ?? -1]?.part ?? '')) tasks[s.status]++;
  }
  const counts: Record<LocalClass, number> = { verbatim: 0, adapted: 0, added: 0 };
  const words: Record<LocalClass, number> = { verbatim: 0, adapted: 0, added: 0 };
  for (const r of results) {
    counts[r.class]++;
    words[r.class] += wordCount(r.clause.tokens);
  }
  return { tasks, all, local: { counts, words } };
}

/**
 * For each local unit, the central units it draws on with shares summing to 1: each derived
 * clause's words are split among its sources in proportion to how much each explains.
 */
export function unitLinks(central: readonly Clause[], results: readonly ClauseResult[], gains: ReadonlyMap<string, readonly number[]>): UnitLink[] {
  const at = centralOrder(central);
  const order: string[] = [];
  const acc = new Map<string, { part: UnitLink['part']; w: Map<string, number> }>();
  for (const r of results) {
    const u = r.clause.unit;
    if (!acc.has(u)) { acc.set(u, { part: r.clause.part, w: new Map() }); order.push(u); }
    if (r.class === 'added') continue;
    const g = gains.get(r.clause.id) ?? r.central.map(() => 1);
    const sum = g.reduce((a, b) => a + b, 0) || 1;
    const words = wordCount(r.clause.tokens);
    r.central.forEach((id, k) => {
      const cu = central[at.get(id) ?? -1]?.unit ?? id;
      const m = acc.get(u)!.w;
      m.set(cu, (m.get(cu) ?? 0) + (words * (g[k] ?? 0)) / sum);
    });
  }
  return order.map((unit) => {
    const { part, w } = acc.get(unit)!;
    const total = [...w.values()].reduce((a, b) => a + b, 0);
    const links = total > 0 ? [...w.entries()].map(([cu, v]) => ({ unit: cu, share: v / total })).sort((a, b) => b.share - a.share) : [];
    return { unit, part, central: links };
  });
}

/** Per central clause: how many documents carry it verbatim, adapted, or omit it. */
export function carriedBy(central: readonly Clause[], docs: readonly DocumentAnalysis[]): Record<string, Record<CentralStatus, number>> {
  const out: Record<string, Record<CentralStatus, number>> = {};
  for (const c of central) out[c.id] = { verbatim: 0, adapted: 0, omitted: 0 };
  for (const d of docs) for (const s of d.central) { const o = out[s.id]; if (o) o[s.status]++; }
  return out;
}

/** Whole days from one ISO date to another; null when either is unknown. */
export function lagDays(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
