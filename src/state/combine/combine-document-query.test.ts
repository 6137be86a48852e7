import { describe, expect, it } from 'vitest';
import { combineDocumentRows, foldText } from './combine-document-rows.ts';
import { DEFAULT_SORT, filterDocumentRows, isNoFilter, nextSort, NO_FILTER, sortDocumentRows } from './combine-document-query.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

const rows = combineDocumentRows(fixture);
const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);

describe('sortDocumentRows', () => {
  it('keeps issuance order for the default sort', () => {
    expect(ids(sortDocumentRows(rows, DEFAULT_SORT))).toEqual(ids(rows));
  });

  it('sorts by each column, unknown values last in both directions', () => {
    expect(ids(sortDocumentRows(rows, { key: 'carried', dir: 'desc' }))).toEqual(['1154-cv-tu', '003-x', '652-cv-đu']);
    expect(ids(sortDocumentRows(rows, { key: 'number', dir: 'asc' }))).toEqual(['652-cv-đu', '1154-cv-tu', '003-x']);
    expect(ids(sortDocumentRows(rows, { key: 'number', dir: 'desc' }))).toEqual(['1154-cv-tu', '652-cv-đu', '003-x']);
    expect(ids(sortDocumentRows(rows, { key: 'lag', dir: 'desc' }))).toEqual(['1154-cv-tu', '652-cv-đu', '003-x']);
    expect(ids(sortDocumentRows(rows, { key: 'issuer', dir: 'asc' }))).toEqual(['652-cv-đu', '003-x', '1154-cv-tu']);
    expect(ids(sortDocumentRows(rows, { key: 'role', dir: 'asc' })).at(-1)).toBe('652-cv-đu');
    expect(ids(sortDocumentRows(rows, { key: 'added', dir: 'desc' }))[0]).toBe('652-cv-đu');
  });

  it('is stable: equal values keep issuance order', () => {
    const omitted = sortDocumentRows(rows, { key: 'omitted', dir: 'desc' });
    expect(omitted.map((r) => r.omitted)).toEqual([...omitted.map((r) => r.omitted)].sort((a, b) => b - a));
    const equal = omitted.filter((r) => r.omitted === omitted[0]!.omitted);
    expect(ids(equal)).toEqual(ids(rows.filter((r) => equal.includes(r))));
  });

  it('compares numbers numerically ("652" before "1154")', () => {
    const many = [{ ...rows[1]!, id: 'a', number: '1154-CV/TU' }, { ...rows[1]!, id: 'b', number: '652-CV/ĐU' }, { ...rows[1]!, id: 'c', number: '99-KH/TU' }];
    expect(ids(sortDocumentRows(many, { key: 'number', dir: 'asc' }))).toEqual(['c', 'b', 'a']);
  });
});

describe('nextSort', () => {
  it('starts names at A and amounts at the largest, and flips on a second click', () => {
    expect(nextSort(DEFAULT_SORT, 'issuer')).toEqual({ key: 'issuer', dir: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'omitted')).toEqual({ key: 'omitted', dir: 'desc' });
    expect(nextSort({ key: 'omitted', dir: 'desc' }, 'omitted')).toEqual({ key: 'omitted', dir: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ key: 'date', dir: 'desc' });
  });
});

describe('filterDocumentRows', () => {
  it('finds by issuer, number or name, with or without tone marks', () => {
    expect(foldText('Tỉnh ủy Lạng Sơn — Đảng ủy')).toBe('tinh uy lang son — dang uy');
    expect(ids(filterDocumentRows(rows, { ...NO_FILTER, text: 'lang son' }))).toEqual(['1154-cv-tu']);
    expect(ids(filterDocumentRows(rows, { ...NO_FILTER, text: 'Lạng  Sơn ' }))).toEqual(['1154-cv-tu']);
    expect(ids(filterDocumentRows(rows, { ...NO_FILTER, text: '652-cv' }))).toEqual(['652-cv-đu']);
    expect(ids(filterDocumentRows(rows, { ...NO_FILTER, text: 'ttxvn' }))).toEqual(['652-cv-đu']);
    expect(filterDocumentRows(rows, { ...NO_FILTER, text: 'không có' })).toEqual([]);
  });

  it('keeps documents omitting at least N tasks, and of one kind', () => {
    expect(ids(filterDocumentRows(rows, { ...NO_FILTER, minOmitted: 3 }))).toEqual(['652-cv-đu', '003-x']);
    expect(ids(filterDocumentRows(rows, { ...NO_FILTER, role: 'forwarding' }))).toEqual(['652-cv-đu']);
    expect(ids(filterDocumentRows(rows, { text: 'thành', minOmitted: 3, role: 'implementation' }))).toEqual(['003-x']);
  });

  it('returns the same array when nothing is filtered (memoized views stay put)', () => {
    expect(isNoFilter({ ...NO_FILTER, text: '  ' })).toBe(true);
    expect(filterDocumentRows(rows, NO_FILTER)).toBe(rows);
  });
});
