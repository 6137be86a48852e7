/** The output formats of an analysis: JSON report, CSV clause table, Markdown summary, ndjson lines. */
import Papa from 'papaparse';
import { computeInsights } from '../core/insights.ts';
import { clauseRows, CLAUSE_COLUMNS, toReport, type Report } from '../core/report.ts';
import type { Analysis, ParsedDocument } from '../core/types.ts';
import type { TextFormat } from './args.ts';
import { markdownText as md } from './md-text.ts';
import { documentLines } from './ndjson.ts';

/**
 * The whole output of `analyze` for a finished analysis. Only JSON carries the corpus-wide insights
 * (provenance in the `parents`, localization rules, citations), so only JSON pays for them.
 */
export function render(a: Analysis, format: TextFormat, parents: readonly ParsedDocument[]): string {
  if (format === 'json') return `${JSON.stringify(toReport(a, computeInsights(a, parents)), null, 2)}\n`;
  if (format === 'ndjson') return documentLines(a.central, a.centralClauses, a.documents).map((l) => `${JSON.stringify(l)}\n`).join('');
  return renderTable(toReport(a), format);
}

/** The clause table (csv) or the summary (md) of a report. */
export function renderTable(r: Report, format: 'csv' | 'md'): string {
  return format === 'csv' ? toCsv(r) : toMarkdown(r);
}

/** The clause table; a BOM so spreadsheet programs read the Vietnamese as UTF-8. */
export function toCsv(r: Report): string {
  const rows = clauseRows(r);
  return `\ufeff${rows.length ? Papa.unparse(rows) : Papa.unparse({ fields: [...CLAUSE_COLUMNS], data: [] })}\n`;
}

const pct = (n: number, total: number) => (total ? `${Math.round((n / total) * 100)}%` : '—');
const date = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : 'không rõ / unknown');

/** A readable summary per document; every text from a document goes through `markdownText` (no HTML, no script links). */
export function toMarkdown(r: Report): string {
  const out: string[] = [`# Đối chiếu — ${md(r.central.kind ?? '')} ${md(r.central.number ?? r.central.id)} (${date(r.central.date)})`, ''];
  for (const d of r.documents) {
    const t = d.coverage.tasks, totalT = t.verbatim + t.adapted + t.omitted;
    const l = d.coverage.localWords, totalL = l.verbatim + l.adapted + l.added;
    out.push(`## ${md(d.issuer ?? d.id)} — ${md(d.number ?? 'không số')} (${date(d.date)}${d.lagDays !== null ? `, ${d.lagDays} ngày sau` : ''})`, '');
    out.push(`- Vai trò / role: ${d.role ?? '—'}; thực hiện / implements: ${md(d.implements ?? '—')}`);
    out.push(`- Nhiệm vụ Trung ương / central task clauses: ${t.verbatim} nguyên văn (${pct(t.verbatim, totalT)}), ${t.adapted} điều chỉnh (${pct(t.adapted, totalT)}), ${t.omitted} không có (${pct(t.omitted, totalT)})`);
    out.push(`- Văn bản địa phương theo số từ / local text by words: ${pct(l.verbatim, totalL)} nguyên văn, ${pct(l.adapted, totalL)} điều chỉnh, ${pct(l.added, totalL)} bổ sung`);
    if (d.reviewed) out.push(`- Kết quả do người kiểm tra quyết định / reviewer's answers: ${d.reviewed.clauses + d.reviewed.central} (${d.reviewed.clauses} câu địa phương / local clauses, ${d.reviewed.central} câu Trung ương / central clauses)`);
    out.push('');
    const added = d.clauses.filter((c) => c.class === 'added');
    if (added.length) out.push('### Bổ sung / added', '', ...added.map((c) => `- [${md(c.unit)}] ${md(c.text)}`), '');
    const omitted = d.central.filter((c) => c.status === 'omitted').map((c) => r.central.clauses.find((x) => x.id === c.id));
    if (omitted.length) out.push('### Không triển khai / omitted', '', ...omitted.map((c) => `- [${md(c?.unit ?? '')}] ${md(c?.text ?? '')}`), '');
  }
  return out.join('\n');
}
