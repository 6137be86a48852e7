/**
 * The inspection report of one document (issue 11) as data: what an inspector signs after
 * reading one province's letter against the central text. Findings first — central tasks the
 * document does not carry, clauses whose change weakens the directive, clauses it adds — then the
 * clause table, the reviewer's decisions with their reasons, the conclusion and the signature
 * block. Codes and values only: `src/export/inspection-docx.ts` and the app word it.
 */
import type { Analysis, CentralStatus, DocumentAnalysis, LocalClass, Part, Role } from './types.ts';
import type { Effect, EffectCode, EffectKind } from './effects.ts';
import type { ReviewConclusion, UnmatchedDecision } from './review-types.ts';
import { documentsNamed } from './review-anchor.ts';

export const INSPECTION_SCHEMA = 'doichieu.inspection/1';

export interface ClauseRef {
  readonly id: string;
  readonly part: Part;
  readonly unit: string;
  readonly text: string;
}

/** A clause whose change weakens the central wording, with the central clause(s) and the evidence. */
export interface WeakenedFinding {
  readonly clause: ClauseRef;
  readonly central: readonly ClauseRef[];
  readonly effects: readonly { readonly code: EffectCode; readonly values: Readonly<Record<string, string>>; readonly evidence: Effect['evidence'] }[];
}

/** A decision in force on the document, the machine's answer beside the reviewer's. */
export type DecisionEntry = {
  readonly by: string; readonly at: string; readonly note: string;
} & (
  | { readonly target: 'clause'; readonly clause: ClauseRef; readonly machine: { readonly class: LocalClass; readonly central: readonly string[] }; readonly answer: { readonly class: LocalClass; readonly central: readonly string[] } }
  | { readonly target: 'central'; readonly clause: ClauseRef; readonly machine: { readonly status: CentralStatus; readonly by: readonly string[] }; readonly answer: { readonly status: CentralStatus; readonly by: readonly string[] } }
);

export interface InspectionRow {
  readonly id: string; readonly unit: string; readonly part: Part; readonly text: string;
  readonly class: LocalClass; readonly central: readonly string[];
  readonly effects: readonly EffectKind[];
  readonly reviewed: boolean;
}

export interface InspectionReport {
  readonly schema: typeof INSPECTION_SCHEMA;
  readonly document: {
    readonly id: string; readonly number: string | null; readonly kind: string | null; readonly issuer: string | null;
    readonly date: string | null; readonly place: string | null; readonly title: string | null; readonly source: string;
    readonly signer: string | null; readonly lagDays: number | null; readonly role: Role | null;
  };
  readonly central: { readonly number: string | null; readonly kind: string | null; readonly issuer: string | null; readonly date: string | null; readonly title: string | null; readonly source: string };
  readonly summary: {
    readonly tasks: Readonly<Record<CentralStatus, number>> & { readonly total: number };
    readonly local: Readonly<Record<LocalClass, number>>;
    readonly effects: Readonly<Record<EffectKind, number>> | null;
    /** Answers that are a reviewer's, of all answers (local classes + central statuses). */
    readonly reviewed: number;
    readonly answers: number;
  };
  readonly findings: {
    /** Central task clauses (task and implementation parts) the document does not carry. */
    readonly omitted: readonly ClauseRef[];
    readonly weakened: readonly WeakenedFinding[];
    readonly added: readonly ClauseRef[];
  };
  readonly clauses: readonly InspectionRow[];
  readonly decisions: readonly DecisionEntry[];
  /** The reviewer's decisions on this document that match nothing ("không còn khớp"). */
  readonly unmatched: readonly UnmatchedDecision[];
  readonly conclusion: string | null;
  readonly signature: { readonly place: string | null; readonly date: string; readonly signer: string | null; readonly title: string | null };
}

export interface InspectionOptions {
  /** The reviewer's conclusion, place and signer (from the reviews file or the app). */
  readonly conclusion?: ReviewConclusion | null;
  /** Date of the report, ISO (yyyy-mm-dd): the caller's today, unless the conclusion is dated. */
  readonly date: string;
}

const TASK_PARTS: readonly Part[] = ['task', 'implementation'];

/** The report of document `docId` of a (reviewed) analysis; throws when the analysis has no such document. */
export function inspectionReport(a: Analysis, docId: string, opts: InspectionOptions): InspectionReport {
  const d = a.documents.find((x) => x.doc.id === docId);
  if (!d) throw new Error(`no document ${docId} in the analysis`);
  const central = new Map(a.centralClauses.map((c) => [c.id, c]));
  const ref = (c: { id: string; part: Part; unit: string; text: string }): ClauseRef => ({ id: c.id, part: c.part, unit: c.unit, text: c.text });
  const localRef = (id: string) => d.clauses.find((r) => r.clause.id === id)?.clause;
  const m = d.doc.meta, cm = a.central.meta;
  const t = d.coverage.tasks;
  const c = opts.conclusion ?? null;
  return {
    schema: INSPECTION_SCHEMA,
    document: { id: d.doc.id, number: m.number, kind: m.kind, issuer: m.issuer, date: m.date, place: m.place, title: m.title, source: d.doc.source, signer: m.signer, lagDays: d.lagDays, role: m.role },
    central: { number: cm.number, kind: cm.kind, issuer: cm.issuer, date: cm.date, title: cm.title, source: a.central.source },
    summary: {
      tasks: { ...t, total: t.verbatim + t.adapted + t.omitted },
      local: d.coverage.local.counts,
      effects: d.effectCounts ?? null,
      reviewed: d.clauses.filter((r) => r.review).length + d.central.filter((s) => s.review).length,
      answers: d.clauses.length + d.central.length,
    },
    findings: {
      omitted: d.central.flatMap((s) => {
        const cc = central.get(s.id);
        return s.status === 'omitted' && cc && TASK_PARTS.includes(cc.part) ? [ref(cc)] : [];
      }),
      weakened: d.clauses.flatMap((r) => {
        const w = (r.effects ?? []).filter((e) => e.kind === 'weakened');
        if (!w.length) return [];
        return [{ clause: ref(r.clause), central: r.central.flatMap((id) => (central.has(id) ? [ref(central.get(id)!)] : [])), effects: w.map((e) => ({ code: e.code, values: e.values, evidence: e.evidence })) }];
      }),
      added: d.clauses.filter((r) => r.class === 'added').map((r) => ref(r.clause)),
    },
    clauses: d.clauses.map((r) => ({
      id: r.clause.id, unit: r.clause.unit, part: r.clause.part, text: r.clause.text, class: r.class, central: r.central,
      effects: [...new Set((r.effects ?? []).map((e) => e.kind))], reviewed: r.review !== undefined,
    })),
    decisions: [
      ...d.clauses.flatMap((r): DecisionEntry[] => (r.review ? [{
        target: 'clause', clause: ref(r.clause), by: r.review.by, at: r.review.at, note: r.review.note,
        machine: { class: r.review.machine.class, central: r.review.machine.central }, answer: { class: r.class, central: r.central },
      }] : [])),
      ...d.central.flatMap((s): DecisionEntry[] => {
        const cc = central.get(s.id);
        return s.review && cc ? [{
          target: 'central', clause: ref(cc), by: s.review.by, at: s.review.at, note: s.review.note,
          machine: s.review.machine, answer: { status: s.status, by: s.by.map((id) => localRef(id)?.id ?? id) },
        }] : [];
      }),
    ].sort((x, y) => Date.parse(x.at) - Date.parse(y.at)),
    unmatched: unmatchedFor(a, d),
    conclusion: c?.text.trim() ? c.text : null,
    signature: { place: c?.place ?? null, date: c?.at?.slice(0, 10) ?? opts.date, signer: c?.signer ?? null, title: c?.signerTitle ?? null },
  };
}

/** The unmatched decisions naming this document (by number, else file name). */
function unmatchedFor(a: Analysis, d: DocumentAnalysis): UnmatchedDecision[] {
  return (a.reviewsUnmatched ?? []).filter((u) => documentsNamed([d.doc], u.decision.document).length > 0
    || (u.decision.source !== undefined && documentsNamed([d.doc], u.decision.source).length > 0));
}

/** The conclusion of `conclusions` that names `d` (the last one written wins). */
export function conclusionFor(conclusions: readonly ReviewConclusion[], d: DocumentAnalysis): ReviewConclusion | null {
  return conclusions.filter((c) => documentsNamed([d.doc], c.document).length > 0).at(-1) ?? null;
}
