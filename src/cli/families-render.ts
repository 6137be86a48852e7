/**
 * The output of a families run: `doichieu.families/1` JSON; a CSV clause table whose every row
 * names its central text (and, below the first level, the clause's parent and origin); ndjson
 * document lines (each with `centralNumber`) and one line per unrouted document; a Markdown
 * summary per family; the researchers' totals per issuer.
 */
import Papa from 'papaparse';
import { computeInsights } from '../core/insights.ts';
import { toFamiliesReport } from '../core/families-report.ts';
import type { FamiliesAnalysis } from '../core/families.ts';
import { clauseRows, CLAUSE_COLUMNS, toReport, type Report } from '../core/report.ts';
import { spreadsheetText } from '../core/spreadsheet-safe.ts';
import type { ParsedDocument } from '../core/types.ts';
import type { Format } from './args.ts';
import type { Lang } from '../messages/words.ts';
import { markdownText as md } from './md-text.ts';
import { documentLines } from './ndjson.ts';
import { toMarkdown } from './markdown.ts';
import { routeText } from '../messages/route-words.ts';
import { totalsCsv } from './totals-csv.ts';

/** Columns of the families clause table: the central text's number first, the chain's parent and origin last. */
export const FAMILY_COLUMNS = ['central', ...CLAUSE_COLUMNS, 'parent', 'origin'] as const;

/** The whole output for `format`; `parents` gives each central text's own parents (provenance, JSON only). */
export function renderFamilies(fa: FamiliesAnalysis, format: Format, parents: (central: ParsedDocument) => readonly ParsedDocument[], lang: Lang = 'vi'): string {
  if (format === 'json') return `${JSON.stringify(toFamiliesReport(fa, (a) => computeInsights(a, parents(a.central))), null, 2)}\n`;
  if (format === 'ndjson') {
    const docs = fa.families.flatMap((a) => documentLines(a.central, a.centralClauses, a.documents));
    const unrouted = toFamiliesReport({ families: [], unrouted: fa.unrouted }).unrouted.map((u) => ({ ...u, centralNumber: null }));
    return [...docs, ...unrouted].map((l) => `${JSON.stringify(l)}\n`).join('');
  }
  const reports = fa.families.map((a) => toReport(a));
  if (format === 'totals') return totalsCsv(reports);
  if (format === 'csv') return familiesCsv(reports);
  const out = reports.map((r) => toMarkdown(r, lang));
  if (fa.unrouted.length) {
    out.push(lang === 'vi' ? '# Không thuộc văn bản Trung ương nào' : '# In no family', '');
    for (const u of fa.unrouted) out.push(`- ${md(u.doc.meta.issuer ?? u.doc.source)} — ${md(u.doc.meta.number ?? (lang === 'vi' ? 'không số' : 'no number'))}: ${md(routeText(u.reason, lang))}`);
    out.push('');
  }
  return out.join('\n');
}

/** The clause tables of every family in one, with the central number on every row; a BOM for spreadsheets. */
export function familiesCsv(reports: readonly Report[]): string {
  const rows = reports.flatMap((r) => {
    const extra = r.documents.flatMap((d) => d.clauses.map((c) => ({ parent: d.parent ?? '', origin: c.origin ?? '' })));
    return clauseRows(r).map((row, i) => ({ central: spreadsheetText(r.central.number ?? r.central.id), ...row, ...extra[i]! }));
  });
  return `\ufeff${Papa.unparse({ fields: [...FAMILY_COLUMNS], data: rows.map((row) => FAMILY_COLUMNS.map((k) => row[k])) })}\n`;
}
