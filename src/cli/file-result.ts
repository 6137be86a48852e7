/**
 * What a batch keeps of one file, shaped where the file was analysed (in its worker), so that only
 * what the output needs is copied to the main thread: a full analysis (clause tokens, word diffs)
 * costs about a quarter of its analysis time to copy; its report object a fiftieth.
 */
import type { ReportDocument } from '../core/report.ts';
import type { Clause, ParsedDocument } from '../core/types.ts';
import { documentStats, type DocStats, type StatsContext } from '../core/insight-stats.ts';
import { acted, type LinkDocument } from '../core/route-parent.ts';
import type { FileDocument, FileError, FileOutcome } from './analyze-file.ts';
import type { SourceWarning } from './load.ts';
import { ndjsonLines } from './ndjson.ts';
import { reportDocuments } from './report-parts.ts';
import { indented } from './sink.ts';

const encoder = new TextEncoder();

/**
 * `lines`: the file's ndjson lines (ndjson); `reports`: its report documents (csv, md);
 * `stats`: its report documents with their insight statistics and chain keys (partial);
 * `json`: the same, each report document already written as the json report prints it (`texts`);
 * `analyses`: its analyses (reviews, gold, xlsx, docx, which need the clauses' tokens and diffs).
 */
export type Emit = 'lines' | 'reports' | 'stats' | 'json' | 'analyses';

/** Whether files are reduced with their insight statistics (`extras`), so the worker needs a `StatsContext`. */
export const withStats = (emit: Emit): boolean => emit === 'stats' || emit === 'json';

/** With `stats`: what the corpus-wide part needs of a document, and what finds its local parent at the end. */
export interface DocExtras {
  readonly stats: DocStats;
  /** Its number, kind, issuer, title and the citations it acts on (id set once numbered across the run). */
  readonly link: LinkDocument['meta'];
}

export interface FileResult {
  readonly path: string;
  readonly error: FileError | null;
  /** Files read anyway with something to say (INVALID_UTF8), printed on stderr. */
  readonly warnings: readonly SourceWarning[];
  /** Documents analysed (the central text found in the file is not one). */
  readonly documents: number;
  /** With `analyses`: every document parsed from the file, in file order; otherwise empty. */
  readonly analyses: readonly FileDocument[];
  /** With `reports`: the same, as report documents; otherwise empty. */
  readonly reports: readonly FileDocument<ReportDocument>[];
  /**
   * With `json`: every document parsed from the file, as `reports` gives it, written as UTF-8 bytes
   * of `indented(entry, 2)` (sink.ts), `reports` left empty. Written in the worker and handed over
   * without a copy, so the main thread neither rebuilds each report object (some 50 KB of json a
   * generated document) nor stringifies it: over 30,000 files its young-generation collections
   * went from 2,235 to 1,629, the output byte for byte the same.
   */
  readonly texts: readonly FileDocument<Uint8Array>[];
  /** With `stats` or `json`: per entry of `reports` (or `texts`), the document's extras (null for the central text). */
  readonly extras: readonly (DocExtras | null)[];
  /** With `lines`: the file's ndjson lines (an error line for a failed file); otherwise empty. */
  readonly lines: string;
}

/** Reduces `outcome` to what `emit` needs; pure, so the worker and the main thread give the same result. */
export function toFileResult(outcome: FileOutcome, emit: Emit, central: ParsedDocument, centralClauses: readonly Clause[], ctx: StatsContext | null = null): FileResult {
  const docs = 'docs' in outcome ? outcome.docs : [];
  let reports: FileDocument<ReportDocument>[] = [];
  if (emit === 'reports' || withStats(emit)) {
    const built = reportDocuments(central, centralClauses, docs.flatMap((d) => (d.value ? [d.value] : [])));
    let k = 0;
    reports = docs.map((d) => ({ id: d.id, value: d.value ? built[k++]! : null }));
  }
  return {
    path: outcome.path,
    error: 'error' in outcome ? outcome.error : null,
    warnings: 'warnings' in outcome ? outcome.warnings : [],
    documents: docs.filter((d) => d.value).length,
    analyses: emit === 'analyses' ? docs : [],
    reports: emit === 'json' ? [] : reports,
    texts: emit === 'json' ? reports.map((d) => ({ id: d.id, value: d.value && encoder.encode(indented(d.value, 2)) })) : [],
    extras: withStats(emit) ? docs.map((d) => (d.value ? { stats: documentStats(ctx!, d.value), link: linkMeta(d.value.doc) } : null)) : [],
    lines: emit === 'lines' ? ndjsonLines(central, centralClauses, outcome) : '',
  };
}

/** The citations a document acts on (the only ones that can make a parent) and what names it. */
function linkMeta(doc: ParsedDocument): LinkDocument['meta'] {
  const { number, kind, issuer, title } = doc.meta;
  const cites = (doc.meta.cites ?? []).filter(acted);
  return { number, kind, issuer, title, cites };
}
