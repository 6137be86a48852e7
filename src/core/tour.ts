/**
 * A trainer's tour: a guided walk-through of how a directive gets localized, built from the
 * analysis (never hard-coded text), so another corpus picks its own examples. Each step names a
 * view, the documents and clauses to open, and facts the UI turns into a caption.
 */
import type { Analysis, DocumentAnalysis } from './types.ts';
import type { ProvenanceReport } from './types.ts';
import type { RulesReport } from './rules.ts';
import { isWeakeningOnly } from './effects.ts';

export type TourStepKind = 'verbatim-task' | 'localized' | 'added-with-source' | 'moved' | 'omitted-by-most' | 'forwarding' | 'weakened';

export interface TourStep {
  readonly kind: TourStepKind;
  readonly view: 'pair' | 'clause';
  /** Local document id (pair view). */
  readonly doc: string | null;
  /** Local clause to select (pair view). */
  readonly clause: string | null;
  /** Central clause to select (pair view) or show (clause view). */
  readonly central: string | null;
  /** Facts for the caption (numbers, units, phrases from the documents). */
  readonly facts: Readonly<Record<string, string | number>>;
}

const isTask = (unit: string) => /^\d/u.test(unit);

/** Builds the tour; steps whose kind has no example in this corpus are left out. */
export function buildTour(a: Analysis, provenance: ProvenanceReport, rules: RulesReport): TourStep[] {
  const impl = a.documents.filter((d) => d.doc.meta.role !== 'forwarding');
  return [
    verbatimTask(a, impl), localized(a, rules), addedWithSource(a, provenance), moved(impl), omittedByMost(a, impl), forwarding(a), weakened(impl),
  ].filter((s): s is TourStep => s !== null);
}

function verbatimTask(a: Analysis, impl: readonly DocumentAnalysis[]): TourStep | null {
  // The central task whose clauses the implementation documents carry verbatim most often.
  const score = new Map<string, number>();
  for (const c of a.centralClauses) if (c.part === 'task' && isTask(c.unit)) {
    const n = impl.reduce((s, d) => s + (d.central.find((x) => x.id === c.id)?.status === 'verbatim' ? 1 : 0), 0);
    score.set(c.unit, (score.get(c.unit) ?? 0) + n / a.centralClauses.filter((x) => x.unit === c.unit).length);
  }
  const best = [...score.entries()].sort((x, y) => y[1] - x[1])[0];
  if (!best || best[1] === 0) return null;
  const first = a.centralClauses.find((c) => c.unit === best[0])!;
  const doc = [...impl].sort((x, y) => verbatimIn(y, best[0]) - verbatimIn(x, best[0]))[0]!;
  const carrier = doc.central.find((s) => s.id === first.id)?.by[0] ?? null;
  return { kind: 'verbatim-task', view: 'pair', doc: doc.doc.id, clause: carrier, central: first.id, facts: { unit: best[0], documents: Math.round(best[1]) } };
}

const verbatimIn = (d: DocumentAnalysis, unit: string) => d.central.filter((s) => s.id.startsWith(`${unit}-`) && s.status === 'verbatim').length;

function localized(a: Analysis, rules: RulesReport): TourStep | null {
  const partOf = (doc: string, clause: string) => a.documents.find((d) => d.doc.id === doc)?.clauses.find((r) => r.clause.id === clause);
  const pick = [...rules.localized].sort((x, y) => Number(partOf(y.doc, y.clause)?.clause.part === 'task') - Number(partOf(x.doc, x.clause)?.clause.part === 'task'))[0];
  const ex = pick ?? (rules.rules[0] ? { ...rules.rules[0].examples[0]!, rules: [rules.rules[0].id] } : null);
  if (!ex) return null;
  const r = partOf(ex.doc, ex.clause);
  const rule = rules.rules.find((x) => x.id === ex.rules[0]);
  return {
    kind: 'localized', view: 'pair', doc: ex.doc, clause: ex.clause, central: r?.central[0] ?? null,
    facts: { from: rule ? `${rule.context ? `${rule.context} ` : ''}${rule.from}` : '', to: rule ? `${rule.context ? `${rule.context} ` : ''}${rule.to}` : '', rules: ex.rules.length },
  };
}

/** A clause that opens by citing another document ("Kết luận số 01-KL/TW…") borrows its title, not a task. */
const CITES = /^(Kết luận|Nghị quyết|Quyết định|Chỉ thị|Quy định|Hướng dẫn|Kế hoạch|Luật)\s+(số\s+)?\d/u;

function addedWithSource(a: Analysis, p: ProvenanceReport): TourStep | null {
  const text = (doc: string, clause: string) => a.documents.find((d) => d.doc.id === doc)?.clauses.find((r) => r.clause.id === clause)?.clause.text ?? '';
  const sentence = (t: string) => /^\p{Lu}/u.test(t) && !CITES.test(t);
  const hit = p.local.find((l) => l.source && sentence(text(l.doc, l.clause))) ?? p.local.find((l) => l.source);
  if (!hit?.source) return null;
  return { kind: 'added-with-source', view: 'pair', doc: hit.doc, clause: hit.clause, central: null, facts: { parent: hit.source.doc, source: hit.source.clause, similarity: hit.source.similarity, text: hit.source.text } };
}

function moved(impl: readonly DocumentAnalysis[]): TourStep | null {
  const found: { d: DocumentAnalysis; id: string; central: string; from: string; verbatim: boolean; single: boolean; similarity: number }[] = [];
  for (const d of impl) {
    for (const r of d.clauses) {
      if (r.class === 'added' || !isTask(r.clause.unit)) continue;
      const main = d.units.find((u) => u.unit === r.clause.unit)?.central[0]?.unit;
      const from = r.central[0]?.split('-')[0];
      // Moved: the clause's source sits in another central task than the one its local task mostly draws on.
      if (from && main && isTask(from) && from !== main && main === r.clause.unit) {
        found.push({ d, id: r.clause.id, central: r.central[0]!, from, verbatim: r.class === 'verbatim', single: r.central.length === 1, similarity: r.similarity });
      }
    }
  }
  // A sentence moved intact from one place is the clearest example (Quảng Ngãi's "Quan tâm, kịp thời giải quyết…").
  const best = found.sort((x, y) => Number(y.verbatim) - Number(x.verbatim) || Number(y.single) - Number(x.single) || y.similarity - x.similarity)[0];
  if (!best) return null;
  return { kind: 'moved', view: 'pair', doc: best.d.doc.id, clause: best.id, central: best.central, facts: { from: best.from, to: best.id.split('-')[0]! } };
}

function omittedByMost(a: Analysis, impl: readonly DocumentAnalysis[]): TourStep | null {
  let best: { id: string; n: number; words: number } | null = null;
  for (const c of a.centralClauses) {
    if (c.part !== 'task' && c.part !== 'implementation') continue;
    const n = impl.filter((d) => d.central.find((s) => s.id === c.id)?.status === 'omitted').length;
    const words = c.tokens.filter((t) => t.word).length;
    // Ties go to the more substantial clause: a whole mechanism dropped says more than a phrase.
    if (!best || n > best.n || (n === best.n && words > best.words)) best = { id: c.id, n, words };
  }
  if (!best || best.n === 0) return null;
  return { kind: 'omitted-by-most', view: 'clause', doc: null, clause: null, central: best.id, facts: { omitted: best.n, documents: impl.length } };
}

function forwarding(a: Analysis): TourStep | null {
  const d = a.documents.find((x) => x.doc.meta.role === 'forwarding');
  if (!d) return null;
  return { kind: 'forwarding', view: 'pair', doc: d.doc.id, clause: d.clauses[0]?.clause.id ?? null, central: null, facts: { number: d.doc.meta.number ?? d.doc.id, lagDays: d.lagDays ?? '' } };
}

/**
 * A clause that weakens the directive (issue 12): a task clause whose only change weakens it is the
 * clearest example (Quảng Ngãi's "xử lý nghiêm, kịp thời" for KL 54's "nghiêm minh", a dropped
 * "minh" that reads as verbatim at a glance). Facts: the weakening's code and values.
 */
function weakened(impl: readonly DocumentAnalysis[]): TourStep | null {
  const found = impl.flatMap((d) => d.clauses.flatMap((r) => {
    const e = r.effects?.find((x) => x.kind === 'weakened');
    return e && r.central.length ? [{ d, r, e }] : [];
  }));
  const rank = (x: (typeof found)[number]) => [Number(isTask(x.r.clause.unit)), Number(isWeakeningOnly(x.r.effects ?? [])), x.r.similarity];
  const best = found.sort((x, y) => {
    const a = rank(x), b = rank(y);
    return b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!;
  })[0];
  if (!best) return null;
  return { kind: 'weakened', view: 'pair', doc: best.d.doc.id, clause: best.r.clause.id, central: best.r.central[0]!, facts: { ...best.e.values, code: best.e.code } };
}
