/**
 * Tables as one `.xlsx` workbook, a sheet per table, with exceljs (pinned; loaded only when a
 * workbook is written, so it never enters the app's first screen). Runs in Node and in the
 * browser: the result is bytes, the caller saves or downloads them.
 *
 * Text goes into cells as text, never as a formula: exceljs writes a string "=1+2" as a shared
 * string, which Excel shows and does not run (the CSV needs the quote, .xlsx does not; the clause
 * rows carry it anyway, being built once for both).
 */
import type { Table } from './tables.ts';

/** Column widths in characters by kind; long texts wrap. */
const WIDTH = { text: 16, long: 60, number: 10, share: 10, date: 12 } as const;

/** The workbook of `tables` (sheet names cut to Excel's 31 characters). */
export async function tablesXlsx(tables: readonly Table[], meta: { readonly creator?: string } = {}): Promise<Uint8Array> {
  const mod: typeof import('exceljs') & { readonly default?: typeof import('exceljs') } = await import('exceljs');
  // The Node build exports the class on `default`; the browser bundle (UMD) as the namespace itself.
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? 'Đối chiếu';
  for (const t of tables) {
    const ws = wb.addWorksheet(t.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((c) => ({
      header: c.header, key: c.key, width: Math.max(WIDTH[c.kind], Math.min(24, c.header.length + 2)),
      style: c.kind === 'long' ? { alignment: { vertical: 'top', wrapText: true } } : c.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : c.kind === 'share' ? { numFmt: '0%' } : {},
    }));
    for (const r of t.rows) {
      ws.addRow(Object.fromEntries(t.columns.map((c) => {
        const v = r[c.key] ?? null;
        if (c.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v)) return [c.key, new Date(`${v}T00:00:00Z`)];
        return [c.key, v];
      })));
    }
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    if (t.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
