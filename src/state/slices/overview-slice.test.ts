import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store.ts';
import { DEFAULT_SORT } from '../combine/combine-document-query.ts';

const store = () => createAppStore({ loadCorpus: () => new Promise(() => {}), analyze: () => new Promise(() => {}) });

describe('overview slice', () => {
  it('starts in issuance order with every document, on the first page', () => {
    expect(store().getState().overview).toEqual({ sort: DEFAULT_SORT, filter: { text: '', minOmitted: 0, role: 'all' }, page: 0, heatStart: 0 });
  });

  it('sorts (a second click flips), filters, and goes back to the first page and window either way', () => {
    const s = store();
    s.getState().showPage(3);
    s.getState().showHeatColumns(40);
    s.getState().sortDocuments('omitted');
    expect(s.getState().overview).toMatchObject({ sort: { key: 'omitted', dir: 'desc' }, page: 0, heatStart: 0 });
    s.getState().sortDocuments('omitted');
    expect(s.getState().overview.sort).toEqual({ key: 'omitted', dir: 'asc' });
    s.getState().showPage(2);
    s.getState().filterDocuments({ text: 'lang son' });
    s.getState().filterDocuments({ minOmitted: 3 });
    expect(s.getState().overview).toMatchObject({ filter: { text: 'lang son', minOmitted: 3, role: 'all' }, page: 0 });
  });

  it('never keeps a negative or fractional page', () => {
    const s = store();
    s.getState().showPage(-2);
    s.getState().showHeatColumns(2.7);
    expect(s.getState().overview).toMatchObject({ page: 0, heatStart: 2 });
  });
});
