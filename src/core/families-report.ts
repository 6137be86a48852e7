/**
 * The JSON of several families, `doichieu.families/1`: one `doichieu.report/1` per central text
 * (its documents carry `route`, and `parent`/`chain`/clause `origin` below the first level), and
 * the documents that implement none of them with their reason. Fields may be added; none renamed.
 */
import type { Analysis } from './types.ts';
import type { FamiliesAnalysis } from './families.ts';
import type { Insights } from './insights.ts';
import type { RouteReason } from './route.ts';
import { toReport, type Report } from './report.ts';

/** A document left out of every family. */
export interface UnroutedEntry {
  readonly source: string;
  readonly id: string;
  readonly number: string | null;
  readonly kind: string | null;
  readonly issuer: string | null;
  readonly reason: RouteReason;
}

export interface FamiliesReport {
  readonly schema: 'doichieu.families/1';
  readonly families: readonly Report[];
  readonly unrouted: readonly UnroutedEntry[];
}

/** The families report; `insights`, when given, adds each family's provenance, rules and citations. */
export function toFamiliesReport(fa: FamiliesAnalysis, insights?: (family: Analysis) => Insights): FamiliesReport {
  return {
    schema: 'doichieu.families/1',
    families: fa.families.map((a) => toReport(a, insights?.(a))),
    unrouted: fa.unrouted.map((u) => ({
      source: u.doc.source, id: u.doc.id, number: u.doc.meta.number, kind: u.doc.meta.kind, issuer: u.doc.meta.issuer, reason: u.reason,
    })),
  };
}
