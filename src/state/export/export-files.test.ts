import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';
import { clauseCsvFile, exportBase, reportJsonFile } from './export-files.ts';
import { combineInspection } from '../combine/combine-inspection.ts';

describe('export files', () => {
  it('CSV: a BOM, the analyze columns, one row per local clause', async () => {
    const f = await clauseCsvFile(fixture);
    expect(f.name).toBe(`${exportBase(fixture)}.csv`);
    expect(f.text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(f.text.slice(1).trim(), { header: true });
    expect(rows.meta.fields?.slice(0, 6)).toEqual(['document', 'issuer', 'clause', 'unit', 'part', 'class']);
    expect(rows.data).toHaveLength(fixture.documents.reduce((n, d) => n + d.clauses.length, 0));
  });

  it('JSON: the doichieu.report/1 report', async () => {
    const f = await reportJsonFile(fixture);
    const r = JSON.parse(f.text) as { schema: string; documents: unknown[] };
    expect(r.schema).toBe('doichieu.report/1');
    expect(r.documents).toHaveLength(fixture.documents.length);
  });

  it('inspection: added clauses and omitted task clauses per document', () => {
    const docs = combineInspection(fixture);
    expect(docs).toHaveLength(fixture.documents.length);
    for (const d of docs) {
      const a = fixture.documents.find((x) => x.doc.id === d.id)!;
      expect(d.added).toHaveLength(a.clauses.filter((c) => c.class === 'added').length);
      expect(d.omittedClauses.length).toBe(d.omitted);
    }
  });
});
