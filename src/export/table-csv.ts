/**
 * A table as CSV for a spreadsheet: a BOM so Excel reads the Vietnamese as UTF-8, every text cell
 * neutralised (`spreadsheetText`: a clause starting "=1+2" is written "'=1+2", never run), dates
 * as dd/mm/yyyy once the headers are a person's (keys keep ISO, for scripts).
 */
import Papa from 'papaparse';
import { spreadsheetText } from '../core/spreadsheet-safe.ts';
import { dmy } from './labels.ts';
import type { Cell, Table } from './tables.ts';

/** The CSV text of `table`; `isoDates` keeps dates as yyyy-mm-dd. */
export function tableCsv(table: Table, isoDates = false): string {
  const cell = (v: Cell, kind: string): string | number => {
    if (v === null) return '';
    if (kind === 'date' && !isoDates && typeof v === 'string') return dmy(v);
    return typeof v === 'string' ? spreadsheetText(v) : v;
  };
  const fields = table.columns.map((c) => spreadsheetText(c.header));
  const data = table.rows.map((r) => table.columns.map((c) => cell(r[c.key] ?? null, c.kind)));
  return `\ufeff${Papa.unparse({ fields, data })}\n`;
}
