/**
 * Files the user takes away: the `doichieu.report/1` JSON (the same report as `analyze`, with the
 * insights when the store has them) and the clause table as CSV (the same columns as
 * `analyze --format csv`: one row per local clause). The report code and papaparse load on demand.
 */
import type { Analysis } from '../../core/types.ts';
import type { Insights } from '../../core/insights.ts';
import type { Report } from '../../core/report.ts';

/** A generated file. */
export interface ExportFile {
  readonly name: string;
  readonly text: string;
  readonly type: string;
}

/** "doichieu-54-kl-tw" from the central text's number. */
export function exportBase(a: Analysis): string {
  return `doichieu-${(a.central.meta.number ?? a.central.id).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').toLocaleLowerCase('vi')}`;
}

async function report(a: Analysis, insights: Insights | null): Promise<Report> {
  const { toReport } = await import('../../core/report.ts');
  return insights ? toReport(a, insights) : toReport(a);
}

/** The JSON report. */
export async function reportJsonFile(a: Analysis, insights: Insights | null = null): Promise<ExportFile> {
  return { name: `${exportBase(a)}.json`, text: `${JSON.stringify(await report(a, insights), null, 2)}\n`, type: 'application/json' };
}

/** The clause table; a BOM so spreadsheet programs read the Vietnamese as UTF-8. */
export async function clauseCsvFile(a: Analysis): Promise<ExportFile> {
  const [r, { default: Papa }, { clauseRows, CLAUSE_COLUMNS }] = await Promise.all([report(a, null), import('papaparse'), import('../../core/report.ts')]);
  const rows = clauseRows(r);
  const text = rows.length ? Papa.unparse(rows) : Papa.unparse({ fields: [...CLAUSE_COLUMNS], data: [] });
  return { name: `${exportBase(a)}.csv`, text: `\ufeff${text}\n`, type: 'text/csv' };
}
