// Issue 14: `--format parquet` writes the clause table and the document table with typed columns,
// read back here with hyparquet: the expected columns and types, one row per local clause and per
// document of the same run's JSON report, and the same values.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import type { Report } from '../src/core/report.ts';
import { runCliSync } from './support/run-cli.ts';

const root = path.resolve(import.meta.dirname, '..');
const seeds = path.resolve(root, '../shared/seeds');
const dir = mkdtempSync(path.join(tmpdir(), 'doichieu-parquet-'));
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

const analyze = (...args: string[]) => runCliSync('--quiet', '--jobs', '1', ...args);

async function table(file: string) {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const columns = parquetSchema(metadata).children.map((c) => ({ name: c.element.name, type: c.element.type, converted: c.element.converted_type ?? null }));
  return { columns, rows: Number(metadata.num_rows), objects: await parquetReadObjects({ file: buffer }) };
}

describe('analyze --format parquet', () => {
  it('writes a clause table and a document table with typed columns, one row per clause and per document', async () => {
    const run = analyze('--format', 'parquet', '--out', path.join(dir, 'seeds'), seeds);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(analyze('--format', 'json', seeds).stdout) as Report;
    const clauses = await table(path.join(dir, 'seeds/clauses.parquet'));
    const documents = await table(path.join(dir, 'seeds/documents.parquet'));
    expect(clauses.columns.map((c) => c.name)).toEqual(['document', 'source', 'number', 'issuer', 'date', 'clause', 'unit', 'part', 'class', 'similarity',
      'central_clause', 'central_clauses', 'effects', 'text']);
    expect(clauses.columns.find((c) => c.name === 'similarity')).toMatchObject({ type: 'DOUBLE' });
    expect(clauses.columns.find((c) => c.name === 'date')).toMatchObject({ type: 'INT32', converted: 'DATE' });
    expect(clauses.columns.find((c) => c.name === 'text')).toMatchObject({ type: 'BYTE_ARRAY' });
    expect(documents.columns.find((c) => c.name === 'lag_days')).toMatchObject({ type: 'INT32' });
    expect(documents.columns.map((c) => c.name)).toContain('tasks_omitted');
    const clauseCount = report.documents.reduce((n, d) => n + d.clauses.length, 0);
    expect(report.documents.length).toBeGreaterThan(3);
    expect(clauses.rows).toBe(clauseCount);
    expect(documents.rows).toBe(report.documents.length);
    // The values are the report's: the first clause, and every document's omitted tasks.
    const first = report.documents[0]!, c0 = first.clauses[0]!;
    expect(clauses.objects[0]).toMatchObject({ document: first.id, clause: c0.id, class: c0.class, similarity: c0.similarity, text: c0.text });
    expect(documents.objects.map((d) => d.tasks_omitted)).toEqual(report.documents.map((d) => d.coverage.tasks.omitted));
    expect(documents.objects.map((d) => d.omitted ?? '')).toEqual(report.documents.map((d) => d.central.filter((c) => c.status === 'omitted').map((c) => c.id).join(' ')));
    const dated = documents.objects.find((d) => d.date !== null && d.date !== undefined);
    expect(dated).toBeDefined();
    const doc = report.documents.find((d) => d.id === dated?.document);
    expect(dated?.date instanceof Date ? dated.date.toISOString().slice(0, 10) : dated?.date).toBe(doc?.date);
  }, 300_000);

  it('needs --out FOLDER', () => {
    const run = analyze('--format', 'parquet', seeds);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('doichieu: --format parquet writes two tables (clauses.parquet, documents.parquet) into a folder: give --out FOLDER\n');
  }, 120_000);
});
