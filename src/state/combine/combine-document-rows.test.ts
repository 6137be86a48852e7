import { describe, expect, it } from 'vitest';
import { combineDocumentRows } from './combine-document-rows.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combineDocumentRows', () => {
  it('gives one row per local document, by issuance, unknown dates last', () => {
    const rows = combineDocumentRows(fixture);
    expect(rows.map((r) => r.id)).toEqual(['652-cv-đu', '1154-cv-tu', '003-x']);
    expect(rows.map((r) => r.lagDays)).toEqual([13, 34, null]);
  });

  it('names documents and counts carried central task clauses', () => {
    const [fw, ls, tu] = combineDocumentRows(fixture);
    expect(fw).toMatchObject({ name: 'TTXVN', role: 'forwarding', number: '652-CV/ĐU', carried: 0 });
    expect(ls).toMatchObject({ name: 'Lạng Sơn', date: '2023-06-12', verbatim: 1, adapted: 1, omitted: 2, total: 4, carried: 0.5 });
    expect(tu).toMatchObject({ name: 'Thành ủy', number: null, date: null, carried: 0.25 });
  });
});

describe('document names', () => {
  it('takes a human label from front matter, without its parenthesis on chart axes', () => {
    const withLabel = { ...fixture, documents: fixture.documents.map((d) => d.doc.id === '003-x'
      ? { ...d, doc: { ...d.doc, front: { label: 'Thành ủy (thành phố không ghi trong văn bản)' } } } : d) };
    const row = combineDocumentRows(withLabel).find((r) => r.id === '003-x');
    expect(row).toMatchObject({ name: 'Thành ủy', issuer: 'Thành ủy (thành phố không ghi trong văn bản)' });
  });
});
