/**
 * The JSON report in parts, so workers can build each file's documents and the main thread only
 * assembles them — always through `toReport`, the one builder of `doichieu.report/1`.
 */
import { carriedBy } from '../core/metrics.ts';
import { toReport, type Report, type ReportDocument } from '../core/report.ts';
import type { Clause, DocumentAnalysis, ParsedDocument } from '../core/types.ts';

/** `report.documents` for these analyses of `central`, as `toReport` builds them. */
export function reportDocuments(central: ParsedDocument, centralClauses: readonly Clause[], documents: readonly DocumentAnalysis[]): readonly ReportDocument[] {
  return toReport({ central, centralClauses, documents, carriedBy: carriedBy(centralClauses, documents) }).documents;
}

/**
 * The report (without insights) holding `documents` already built by `reportDocuments`: its
 * schema and central part come from `toReport` itself, so it equals `toReport` of the whole analysis.
 */
export function reportOf(central: ParsedDocument, centralClauses: readonly Clause[], documents: readonly ReportDocument[]): Report {
  return { ...toReport({ central, centralClauses, documents: [], carriedBy: {} }), documents };
}
