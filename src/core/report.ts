/**
 * The JSON report `doichieu.report/1`: the contract the app, the tests and researchers share.
 * Fields may be added; none are renamed.
 */
import type { Analysis, CentralStatus, ColumnRole, LocalClass, ParsedDocument, Part, ProvenanceReport, Role, Signer } from './types.ts';
import type { QualityReport } from './quality.ts';
import type { EffectKind } from './effects.ts';
import type { Note, Reason } from './reasons.ts';
import type { Insights } from './insights.ts';
import type { RulesReport } from './rules.ts';
import type { CitationReport } from './citation-report.ts';
import { spreadsheetText } from './spreadsheet-safe.ts';
import { chainFields, originFields, type ReportChain } from './chain-report.ts';
import type { Origin } from './chain.ts';
import type { RouteReason } from './route.ts';
import type { CentralReview, ClauseReview, ReviewedCounts, UnmatchedDecision } from './review-types.ts';
import { reviewColumns } from './review-columns.ts';

export interface ReportClause {
  readonly id: string; readonly part: Part; readonly unit: string; readonly text: string;
  /** For a clause of a table row: the row's number and its other cells by column role ("lead": "Bộ Tài chính"). */
  readonly table?: { readonly row: string | null; readonly columns: Readonly<Partial<Record<ColumnRole, string>>> };
}
export interface ReportLocalClause extends ReportClause {
  readonly class: LocalClass; readonly central: readonly string[]; readonly similarity: number; readonly reason: string;
  /** `reason` as data: a code and its values (core/reasons.ts), for a reader's language. */
  readonly why: Reason;
  /** Added with issue 12: what the change does, with the words on each side (codes and values). */
  readonly effects?: readonly ReportEffect[];
  /** Added with issue 13, for a document whose parent is another analysed document: where the clause comes from, and its parent clauses. */
  readonly origin?: Origin; readonly parentClauses?: readonly string[];
  /** Added with issue 11: the reviewer's answer replaced the machine's (kept in `review.machine`). */
  readonly review?: ClauseReview;
}
/** An effect as the report carries it (offsets left out). */
export interface ReportEffect {
  readonly kind: EffectKind; readonly code: string; readonly values: Readonly<Record<string, string>>;
  readonly evidence: { readonly central: string; readonly local: string };
}
export interface ReportDocument {
  readonly id: string; readonly number: string | null; readonly kind: string | null; readonly issuer: string | null;
  readonly date: string | null; readonly lagDays: number | null; readonly signer: string | null;
  readonly implements: string | null; readonly role: Role | null; readonly source: string; readonly notes: readonly string[];
  /** `notes` as data, in the same order. */
  readonly noteCodes: readonly Note[];
  /** Added with issue 10: how much of the text survived its conversion (codes and values; the CLI adds messages). */
  readonly quality?: QualityReport;
  readonly title?: string | null; readonly place?: string | null; readonly attachment?: string | null;
  readonly signers?: readonly Signer[];
  readonly clauses: readonly ReportLocalClause[];
  readonly central: readonly { readonly id: string; readonly status: CentralStatus; readonly by: readonly string[]; readonly effects?: readonly EffectKind[]; readonly review?: CentralReview }[];
  /** Added with issue 11: how many answers are a reviewer's (present when reviews were applied). */
  readonly reviewed?: ReviewedCounts;
  /** Added with issue 12: local clauses per effect kind. */
  readonly effectCounts?: Readonly<Record<EffectKind, number>>;
  /** Added with issue 13: why the document joined its family; its local parent's id and the comparison with it. */
  readonly route?: RouteReason; readonly parent?: string; readonly chain?: ReportChain;
  readonly units: readonly { readonly unit: string; readonly central: readonly { readonly unit: string; readonly share: number }[] }[];
  readonly coverage: {
    readonly tasks: Readonly<Record<CentralStatus, number>>;
    readonly local: Readonly<Record<LocalClass, number>>;
    readonly localWords: Readonly<Record<LocalClass, number>>;
  };
}
export interface Report {
  readonly schema: 'doichieu.report/1';
  readonly central: {
    readonly id: string; readonly number: string | null; readonly kind: string | null; readonly title: string | null;
    readonly issuer: string | null; readonly date: string | null; readonly clauses: readonly ReportClause[];
    readonly quality?: QualityReport;
  };
  readonly documents: readonly ReportDocument[];
  /** Added with the insights (issue "Beyond word diff"); absent when they were not computed. */
  readonly provenance?: ProvenanceReport;
  readonly rules?: RulesReport;
  readonly citations?: CitationReport;
  /** Added with issue 11: the reviewer's decisions that matched nothing (present when reviews were applied). */
  readonly reviewsUnmatched?: readonly UnmatchedDecision[];
}

/** Builds the JSON report of an analysis; insights, when given, add `provenance`, `rules` and `citations`. */
export function toReport(a: Analysis, insights?: Insights): Report {
  const m = a.central.meta;
  return {
    schema: 'doichieu.report/1',
    central: {
      id: a.central.id, number: m.number, kind: m.kind, title: m.title, issuer: m.issuer, date: m.date,
      clauses: a.centralClauses.map((c) => ({ id: c.id, part: c.part, unit: c.unit, text: c.text, ...tableOf(a.central, c.block) })),
      ...(a.central.quality ? { quality: a.central.quality } : {}),
    },
    documents: a.documents.map((d) => ({
      id: d.doc.id, number: d.doc.meta.number, kind: d.doc.meta.kind, issuer: d.doc.meta.issuer, date: d.doc.meta.date,
      lagDays: d.lagDays, signer: d.doc.meta.signer, implements: d.doc.meta.implements, role: d.doc.meta.role,
      source: d.doc.source, notes: d.doc.meta.notes, noteCodes: d.doc.meta.noteCodes,
      ...(d.doc.quality ? { quality: d.doc.quality } : {}),
      title: d.doc.meta.title, place: d.doc.meta.place, attachment: d.doc.meta.attachment ?? null, signers: d.doc.meta.signers ?? [],
      clauses: d.clauses.map((r) => ({
        id: r.clause.id, part: r.clause.part, unit: r.clause.unit, text: r.clause.text, ...tableOf(d.doc, r.clause.block),
        class: r.class, central: r.central, similarity: r.similarity, reason: r.reason, why: r.why,
        ...(r.effects?.length ? { effects: r.effects.map((e) => ({ kind: e.kind, code: e.code, values: e.values, evidence: e.evidence })) } : {}),
        ...originFields(d, r.clause.id),
        ...(r.review ? { review: r.review } : {}),
      })),
      central: d.central.map((s) => ({ id: s.id, status: s.status, by: s.by, ...(s.effects?.length ? { effects: [...new Set(s.effects.map((e) => e.kind))] } : {}), ...(s.review ? { review: s.review } : {}) })),
      ...(d.effectCounts ? { effectCounts: d.effectCounts } : {}),
      ...chainFields(d),
      ...(d.reviewed ? { reviewed: d.reviewed } : {}),
      units: d.units.map((u) => ({ unit: u.unit, central: u.central.map((c) => ({ unit: c.unit, share: Math.round(c.share * 1000) / 1000 })) })),
      coverage: { tasks: d.coverage.tasks, local: d.coverage.local.counts, localWords: d.coverage.local.words },
    })),
    ...(insights ? { provenance: insights.provenance, rules: insights.rules, citations: insights.citations } : {}),
    ...(a.reviewsUnmatched ? { reviewsUnmatched: a.reviewsUnmatched } : {}),
  };
}

/** A table row's other cells, for the clauses of that row. */
function tableOf(doc: ParsedDocument, block: number): Pick<ReportClause, 'table'> {
  const row = doc.blocks[block]?.row;
  if (!row) return {};
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const c of row.cells) if (c.role !== 'index') columns[c.role] = columns[c.role] ? `${columns[c.role]}; ${c.text}` : c.text;
  return { table: { row: row.index, columns } };
}

/** Columns of the clause table (`analyze --format csv` and the app's CSV export). */
export const CLAUSE_COLUMNS = ['document', 'issuer', 'clause', 'unit', 'part', 'class', 'similarity', 'central_clause', 'central_unit', 'local_text', 'central_text', 'reason',
  // Issue 11 (review-columns.ts): the effects and the reviewer's answer beside the machine's.
  'effects', 'reviewer', 'reviewed_at', 'review_note', 'machine_class', 'machine_central'] as const;

/**
 * One row per local clause: document, issuer, clause, unit, part, class, similarity, central clause(s)
 * and unit(s), texts, reason, effects, the reviewer's answer (who, when, why, the machine's class and counterparts). Every text cell is spreadsheet-safe (`spreadsheetText`): a clause
 * starting "=1+2" is written "'=1+2", so neither the CLI's CSV nor the app's runs as a formula.
 */
export function clauseRows(r: Report): Record<(typeof CLAUSE_COLUMNS)[number], string | number>[] {
  const central = new Map(r.central.clauses.map((c) => [c.id, c]));
  const safe = (row: Record<(typeof CLAUSE_COLUMNS)[number], string | number>) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? spreadsheetText(v) : v])) as typeof row;
  return r.documents.flatMap((d) => d.clauses.map((c) => safe({
    document: d.number ?? d.id,
    issuer: d.issuer ?? '',
    clause: c.id,
    unit: c.unit,
    part: c.part,
    class: c.class,
    similarity: c.similarity,
    central_clause: c.central.join(' '),
    central_unit: [...new Set(c.central.map((id) => central.get(id)?.unit ?? ''))].join(' '),
    local_text: c.text,
    central_text: c.central.map((id) => central.get(id)?.text ?? '').join(' '),
    reason: c.reason,
    ...reviewColumns(c),
  })));
}
