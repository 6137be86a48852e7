/**
 * The trainer's tour as the view shows it: each step of `insights.tour` with the facts its caption
 * is composed from (names, numbers, ids: never prose), the deep link that opens it in the app, and
 * the evidence to put on screen. Pure.
 */
import type { Analysis, CentralStatus, Clause, ClauseResult, ProvenanceLink, Role } from '../../core/types.ts';
import type { TourStep, TourStepKind } from '../../core/tour.ts';
import type { InsightsBundle, ParentDocument } from '../insights/insights-compute.ts';
import { clauseRoute, type Route } from '../route/route.ts';
import { documentsByLag } from './combine-document-rows.ts';
import { issuerName, shortName } from '../doc-label.ts';
import { rulesOfClause, type RulePhrase } from './combine-rules.ts';
import { parentOf } from './combine-provenance.ts';

/** What a step puts on screen. */
export type TourEvidence =
  | { readonly type: 'pair'; readonly local: ClauseResult; readonly central: readonly Clause[]; readonly rules: readonly RulePhrase[] }
  | { readonly type: 'source'; readonly local: Clause; readonly link: ProvenanceLink; readonly parent: ParentDocument | null }
  | { readonly type: 'across'; readonly central: Clause; readonly rows: readonly { readonly doc: string; readonly name: string; readonly role: Role | null; readonly status: CentralStatus | null }[] }
  | { readonly type: 'forwarding'; readonly number: string | null; readonly date: string | null; readonly lagDays: number | null; readonly issuer: string; readonly issuerEn: string; readonly title: string | null; readonly carried: number; readonly total: number; readonly clauses: number }
  | { readonly type: 'none' };

/** One step. */
export interface TourStepView {
  /** 1-based, as in the URL. */
  readonly index: number;
  readonly kind: TourStepKind;
  /** Facts for the caption: the core's facts plus names ("doc", "central", "clause", "unit"…). */
  readonly vars: Readonly<Record<string, string | number>>;
  /** The view in the app that shows this step. */
  readonly link: Route;
  readonly evidence: TourEvidence;
}

const isImpl = (role: Role | null) => role !== 'forwarding';

/** One view per tour step; links keep the interface language of `from`. */
export function combineTour(a: Analysis, bundle: InsightsBundle, from: Route): TourStepView[] {
  const centralName = [a.central.meta.kind, a.central.meta.number].filter(Boolean).join(' ') || shortName(a.central);
  const implCount = a.documents.filter((d) => isImpl(d.doc.meta.role)).length;
  return bundle.insights.tour.map((s, i) => {
    const d = s.doc ? a.documents.find((x) => x.doc.id === s.doc) ?? null : null;
    const result = d && s.clause ? d.clauses.find((r) => r.clause.id === s.clause) ?? null : null;
    const centralClause = s.central ? a.centralClauses.find((c) => c.id === s.central) ?? null : null;
    const vars: Record<string, string | number> = {
      ...s.facts, central: centralName, centralKind: a.central.meta.kind ?? '', centralNumber: a.central.meta.number ?? centralName, total: implCount,
      doc: d ? shortName(d.doc) : '', docNumber: d?.doc.meta.number ?? '', clause: s.clause ?? '', clausePart: result?.clause.part ?? '', centralClause: s.central ?? '',
      unit: typeof s.facts['unit'] === 'string' ? s.facts['unit'] : centralClause?.unit ?? '', part: centralClause?.part ?? 'task',
    };
    if (typeof s.facts['similarity'] === 'number') vars['pct'] = Math.round(s.facts['similarity'] * 100);
    return { index: i + 1, kind: s.kind, vars, link: linkOf(s, from), evidence: evidenceOf(a, bundle, s, d, result, centralClause) };
  });
}

/** The deep link of a step: the pair view at its clause, or the clause view. */
export function linkOf(s: TourStep, from: Route): Route {
  if (s.view === 'clause' && s.central) return clauseRoute(from, s.central, s.doc);
  return { view: 'pair', doc: s.doc, clause: s.clause ? null : s.central, local: s.clause, filter: null, lang: from.lang };
}

function evidenceOf(a: Analysis, bundle: InsightsBundle, s: TourStep, d: Analysis['documents'][number] | null, result: ClauseResult | null, centralClause: Clause | null): TourEvidence {
  switch (s.kind) {
    case 'verbatim-task': case 'localized': case 'moved': case 'weakened': {
      if (!d || !result) return { type: 'none' };
      const central = result.central.map((id) => a.centralClauses.find((c) => c.id === id)).filter((c): c is Clause => c !== undefined);
      const rules = s.kind === 'verbatim-task' ? [] : rulesOfClause(bundle.insights.rules, d.doc.id, result.clause.id);
      return { type: 'pair', local: result, central, rules };
    }
    case 'added-with-source': {
      const p = bundle.insights.provenance.local.find((l) => l.doc === s.doc && l.clause === s.clause);
      if (!result || !p?.source) return { type: 'none' };
      return { type: 'source', local: result.clause, link: p.source, parent: parentOf(bundle, p.source) };
    }
    case 'omitted-by-most': {
      if (!centralClause) return { type: 'none' };
      // Sort keys made once per document, not per comparison (issue 14: 5,000 documents).
      const rows = documentsByLag(a).map(({ d: x, name }) => ({ doc: x.doc.id, name, role: x.doc.meta.role, status: x.central.find((c) => c.id === centralClause.id)?.status ?? null }));
      return { type: 'across', central: centralClause, rows };
    }
    case 'forwarding': {
      if (!d) return { type: 'none' };
      const t = d.coverage.tasks;
      return {
        type: 'forwarding', number: d.doc.meta.number, date: d.doc.meta.date, lagDays: d.lagDays, issuer: issuerName(d.doc), issuerEn: issuerName(d.doc, 'en'),
        title: d.doc.meta.title, carried: t.verbatim + t.adapted, total: t.verbatim + t.adapted + t.omitted, clauses: d.clauses.length,
      };
    }
    default:
      return { type: 'none' };
  }
}

/** The step to show for a 1-based index (clamped), or null when the tour is empty. */
export function stepAt(steps: readonly TourStepView[], n: number | undefined): TourStepView | null {
  if (!steps.length) return null;
  return steps[Math.min(Math.max(1, n ?? 1), steps.length) - 1] ?? null;
}
