/** The output formats of an analysis: JSON report, CSV clause table, Markdown summary (markdown.ts), ndjson lines. */
import Papa from 'papaparse';
import { computeInsights } from '../core/insights.ts';
import { clauseRows, CLAUSE_COLUMNS, toReport, type Report } from '../core/report.ts';
import type { Analysis, ParsedDocument } from '../core/types.ts';
import type { TextFormat } from './args.ts';
import { documentLines } from './ndjson.ts';
import { toMarkdown } from './markdown.ts';
import type { Lang } from '../messages/words.ts';
import { totalsCsv } from './totals-csv.ts';

/**
 * The whole output of `analyze` for a finished analysis. Only JSON carries the corpus-wide insights
 * (provenance in the `parents`, localization rules, citations), so only JSON pays for them.
 */
export function render(a: Analysis, format: TextFormat, parents: readonly ParsedDocument[], lang: Lang = 'vi'): string {
  if (format === 'json') return `${JSON.stringify(toReport(a, computeInsights(a, parents)), null, 2)}\n`;
  if (format === 'ndjson') return documentLines(a.central, a.centralClauses, a.documents).map((l) => `${JSON.stringify(l)}\n`).join('');
  if (format === 'totals') return totalsCsv([toReport(a)]);
  return renderTable(toReport(a), format, lang);
}

/** The clause table (csv) or the summary (md, in `lang`) of a report. */
export function renderTable(r: Report, format: 'csv' | 'md', lang: Lang = 'vi'): string {
  return format === 'csv' ? toCsv(r) : toMarkdown(r, lang);
}

/** The clause table; a BOM so spreadsheet programs read the Vietnamese as UTF-8. */
export function toCsv(r: Report): string {
  const rows = clauseRows(r);
  return `\ufeff${rows.length ? Papa.unparse(rows) : Papa.unparse({ fields: [...CLAUSE_COLUMNS], data: [] })}\n`;
}
