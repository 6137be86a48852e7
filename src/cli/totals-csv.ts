/** `--format totals`: the researchers' totals per issuer (core/totals.ts) as CSV. */
import Papa from 'papaparse';
import type { Report } from '../core/report.ts';
import { issuerTotals, totalsRows, TOTALS_COLUMNS } from '../core/totals.ts';

/** One row per issuer over every report given (one per family); a BOM so spreadsheet programs read the Vietnamese as UTF-8. */
export function totalsCsv(reports: readonly Report[]): string {
  const rows = totalsRows(issuerTotals(reports));
  return `\ufeff${Papa.unparse({ fields: [...TOTALS_COLUMNS], data: rows.map((row) => TOTALS_COLUMNS.map((k) => row[k])) })}\n`;
}
