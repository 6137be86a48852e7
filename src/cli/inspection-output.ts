/**
 * `analyze` for the inspection workflow (issue 11): a reviews file applied to the analysis, and
 * the outputs built on the reviewed answers — reference alignments (`--format gold`), the
 * workbook (`--format xlsx`), the one-document report (`--format docx`), the document table
 * (`--format csv --table documents`) and headers in a language (`--lang`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Analysis, ParsedDocument } from '../core/types.ts';
import type { ReviewsFile } from '../core/review-types.ts';
import { parseReviews } from '../core/reviews-file.ts';
import { applyReviews } from '../core/reviews.ts';
import { toReport, type Report } from '../core/report.ts';
import { goldFiles } from '../core/gold-writer.ts';
import { documentsNamed } from '../core/review-anchor.ts';
import { conclusionFor, inspectionReport } from '../core/inspection-report.ts';
import { clauseTable, documentTable } from '../export/tables.ts';
import { tableCsv } from '../export/table-csv.ts';
import type { Args } from './args.ts';
import { UsageError } from './args.ts';
import { langOf } from './inspection-args.ts';
import type { Output } from './output.ts';
import { render } from './render.ts';
import { reviewsProblemMessage, unmatchedMessage } from './review-messages.ts';

/** Where lines for the user go (stderr in the command). */
export type Say = (line: string) => void;

/**
 * Reads and checks `--reviews FILE`: a refused file is a `UsageError` (one line, exit code 2),
 * before any document is analysed.
 */
export function loadReviews(file: string, args: Args): ReviewsFile {
  const lang = langOf(args.inspection);
  let text: string, bytes: number;
  try {
    bytes = fs.statSync(file).size;
    text = bytes > 20 * 1024 * 1024 ? '' : fs.readFileSync(file, 'utf8');
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code === 'ENOENT' ? (lang === 'vi' ? 'không có tệp này' : 'no such file') : (e as Error).message;
    throw new UsageError(reviewsProblemMessage({ code: 'REVIEWS_UNREADABLE', values: { detail } }, file, lang));
  }
  const r = parseReviews(text, bytes);
  if (!r.ok) throw new UsageError(reviewsProblemMessage(r.error, file, lang));
  return r.reviews;
}

/** The analysis with the reviews applied; each decision that matches nothing named on one line. */
export function reviewed(a: Analysis, reviews: ReviewsFile | null, args: Args, say: Say): Analysis {
  if (!reviews) return a;
  const { analysis, unmatched } = applyReviews(a, reviews.decisions);
  for (const u of unmatched) say(`doichieu: ${unmatchedMessage(u, langOf(args.inspection))}`);
  return analysis;
}

/** Writes the output of a finished (reviewed) analysis in `args.format`. */
export async function writeAnalysis(a: Analysis, args: Args, parents: readonly ParsedDocument[], reviews: ReviewsFile | null, out: Output, say: Say): Promise<void> {
  const lang = langOf(args.inspection);
  if (args.format === 'gold') return writeGold(toReport(a), args, out, say);
  if (args.format === 'xlsx') {
    const { tablesXlsx } = await import('../export/xlsx-tables.ts');
    const r = toReport(a);
    return out.writeBytes(await tablesXlsx([documentTable(r, lang), clauseTable(r, lang)]));
  }
  if (args.format === 'docx') {
    const doc = pickDocument(a, args.inspection.document);
    const report = inspectionReport(a, doc.doc.id, { date: today(), conclusion: conclusionFor(reviews?.conclusions ?? [], doc) });
    const { inspectionDocx } = await import('../export/inspection-docx.ts');
    return out.writeBytes(await inspectionDocx(report, lang));
  }
  if (args.format === 'csv' && (args.inspection.table === 'documents' || args.inspection.lang)) return out.write(tableOf(toReport(a), args));
  if (args.format === 'partial' || args.format === 'parquet') throw new UsageError(`--format ${args.format} streams documents and is not written from a whole analysis`);
  out.write(render(a, args.format, parents, args.lang));
}

/** A csv table in `--lang` (or with column keys when no language was given). */
export function tableOf(r: Report, args: Args): string {
  const headers = args.inspection.lang ?? 'keys';
  return tableCsv(args.inspection.table === 'documents' ? documentTable(r, headers) : clauseTable(r, headers), headers === 'keys');
}

/**
 * One reference alignment per document: to stdout or the `--out` file for one document, into the
 * `--out` folder (created when missing) for several, named after each document's number.
 */
function writeGold(r: Report, args: Args, out: Output, say: Say): void {
  const golds = goldFiles(r);
  for (const g of golds) if (g.skipped.length) say(`doichieu: ${g.gold.document}: ${g.skipped.length} clause(s) repeat an earlier clause word for word and are left out of the reference alignment (${g.skipped.join(', ')})`);
  const folder = args.out !== null && (golds.length > 1 || args.out.endsWith('/') || isFolder(args.out));
  if (!folder) {
    if (golds.length !== 1) throw new UsageError(`--format gold wrote nothing: ${golds.length ? `${golds.length} documents need --out FOLDER` : 'no document was analysed'}`);
    return out.write(`${JSON.stringify(golds[0]!.gold, null, 1)}\n`);
  }
  fs.mkdirSync(args.out!, { recursive: true });
  const used = new Set<string>();
  for (const g of golds) {
    let name = slug(g.gold.document);
    for (let n = 2; used.has(name); n++) name = `${slug(g.gold.document)}-${n}`;
    used.add(name);
    fs.writeFileSync(path.join(args.out!, `${name}.gold.json`), `${JSON.stringify(g.gold, null, 1)}\n`);
  }
  if (!args.quiet) say(`doichieu: ${golds.length} reference alignment(s) written to ${args.out}`);
}

/** The document of a one-document report: the only one, or the one `key` names. */
function pickDocument(a: Analysis, key: string | null) {
  if (key === null) {
    if (a.documents.length === 1) return a.documents[0]!;
    throw new UsageError(`--format docx reports on one document and ${a.documents.length} were analysed: name one with --document NUMBER (${a.documents.map((d) => d.doc.meta.number ?? d.doc.source).join(', ')})`);
  }
  const found = documentsNamed(a.documents.map((d) => d.doc), key);
  if (found.length !== 1) throw new UsageError(`--document ${key}: ${found.length ? `${found.length} documents have this number` : 'no analysed document has this number or file name'}`);
  return a.documents[found[0]!]!;
}

const isFolder = (p: string) => { try { return fs.statSync(p).isDirectory(); } catch { return false; } };
const slug = (s: string) => s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').toLowerCase() || 'document';

/** Today as yyyy-mm-dd on this machine's clock (the report's signature date unless the conclusion is dated). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
