/**
 * `--format parquet --out FOLDER` (issue 14): the clause table and the document table
 * (parquet-tables.ts) as `FOLDER/clauses.parquet` and `FOLDER/documents.parquet`, written with
 * hyparquet-writer (pure JavaScript) a row group at a time as the documents come, so the tables of
 * 10⁵–10⁶ documents never sit in memory whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { ReportDocument } from '../core/report.ts';
import { CLAUSE_TABLE, DOCUMENT_TABLE, type ClauseRow, type ColumnSpec } from './parquet-tables.ts';
import { numbered, runIds, type Sink } from './sink.ts';

/** Rows per row group: a few megabytes of clause text, enough for DuckDB to skip by statistics. */
const ROW_GROUP = 20_000;

/** A table being written: rows buffered by column, flushed a row group at a time. */
function tableWriter<R>(file: string, specs: readonly ColumnSpec<R>[]) {
  const schema = schemaFromColumnData({
    columnData: specs.map((s) => (s.type === 'DATE' ? { name: s.name, data: [] } : { name: s.name, data: [], type: s.type, nullable: true })),
    schemaOverrides: Object.fromEntries(specs.filter((s) => s.type === 'DATE').map((s) => [s.name, { name: s.name, type: 'INT32' as const, converted_type: 'DATE' as const, repetition_type: 'OPTIONAL' as const }])),
  });
  const writer = new ParquetWriter({ writer: fileWriter(file), schema });
  let columns: (string | number | null)[][] = specs.map(() => []);
  const flush = () => {
    if (!columns[0]!.length) return;
    void writer.write({ columnData: specs.map((s, k) => ({ name: s.name, data: columns[k]! })), rowGroupSize: ROW_GROUP });
    columns = specs.map(() => []);
  };
  return {
    add: (row: R) => {
      specs.forEach((s, k) => columns[k]!.push(s.value(row)));
      if (columns[0]!.length >= ROW_GROUP) flush();
    },
    finish: () => { flush(); void writer.finish(); },
  };
}

/** The two tables written into `folder` (created when missing), a row group at a time. */
export function parquetSink(folder: string): Sink {
  fs.mkdirSync(folder, { recursive: true });
  const clauses = tableWriter<ClauseRow>(path.join(folder, 'clauses.parquet'), CLAUSE_TABLE);
  const documents = tableWriter<ReportDocument>(path.join(folder, 'documents.parquet'), DOCUMENT_TABLE);
  const next = runIds();
  return {
    file: (result) => {
      for (const { entry } of numbered(result.reports, next)) {
        documents.add(entry);
        for (const clause of entry.clauses) clauses.add({ doc: entry, clause });
      }
    },
    end: async () => { clauses.finish(); documents.finish(); },
  };
}
