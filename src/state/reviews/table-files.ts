/**
 * The tables people open in a spreadsheet (issue 11), from the reviewed analysis and over the
 * documents the active filter keeps: the document table and the clause table as `.xlsx` (exceljs)
 * or CSV, headers in the interface language; and the reference alignments (gold) of those
 * documents. The writers load on demand: none enters the first screen.
 */
import type { Analysis } from '../../core/types.ts';
import type { Report } from '../../core/report.ts';
import type { Lang } from '../route/route.ts';
import { exportBase } from '../export/export-files.ts';

export type TableKind = 'documents' | 'clauses';

/** A generated file: text or bytes. */
export interface DataFile {
  readonly name: string;
  readonly data: string | Uint8Array;
  readonly type: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report of `a` restricted to the documents `ids` (all when `null`), in report order. */
async function reportOf(a: Analysis, ids: readonly string[] | null): Promise<Report> {
  const { toReport } = await import('../../core/report.ts');
  const r = toReport(a);
  if (!ids) return r;
  const keep = new Set(ids);
  return { ...r, documents: r.documents.filter((d) => keep.has(d.id)) };
}

const SUFFIX: Readonly<Record<Lang, Readonly<Record<TableKind, string>>>> = {
  vi: { documents: 'bang-van-ban', clauses: 'bang-cac-cau' },
  en: { documents: 'documents', clauses: 'clauses' },
};

/** One table of the documents `ids` as `.xlsx` or CSV. */
export async function tableFile(a: Analysis, ids: readonly string[] | null, kind: TableKind, format: 'xlsx' | 'csv', lang: Lang): Promise<DataFile> {
  const [r, tables] = await Promise.all([reportOf(a, ids), import('../../export/tables.ts')]);
  const table = kind === 'documents' ? tables.documentTable(r, lang) : tables.clauseTable(r, lang);
  const name = `${exportBase(a)}-${SUFFIX[lang][kind]}.${format}`;
  if (format === 'csv') {
    const { tableCsv } = await import('../../export/table-csv.ts');
    return { name, data: tableCsv(table), type: 'text/csv' };
  }
  const { tablesXlsx } = await import('../../export/xlsx-tables.ts');
  return { name, data: await tablesXlsx([table]), type: XLSX };
}

/** The reference alignments (the format of ../shared/gold) of the documents `ids`, one JSON list. */
export async function goldFile(a: Analysis, ids: readonly string[] | null): Promise<DataFile> {
  const [r, { goldFiles }] = await Promise.all([reportOf(a, ids), import('../../core/gold-writer.ts')]);
  return { name: `${exportBase(a)}-gold.json`, data: `${JSON.stringify(goldFiles(r).map((g) => g.gold), null, 2)}\n`, type: 'application/json' };
}
