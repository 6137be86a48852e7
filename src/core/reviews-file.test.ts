import { describe, expect, it } from 'vitest';
import { MAX_REVIEWS_BYTES, parseReviews, reviewsFile } from './reviews-file.ts';

const ok = { document: '1698-CV/TU', clause: 'nghiêm túc thực hiện Quyết định số 1575-QĐ/TU', class: 'adapted', central: ['3-1'], note: 'lý do', reviewer: 'Nguyễn Thị Lan', at: '2026-11-25T09:00:00+07:00' };
const file = (decisions: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ schema: 'doichieu.reviews/1', decisions, ...extra });

describe('parseReviews', () => {
  it('reads the format of issue 11, a central-side decision, conclusions, and a BOM', () => {
    const central = { document: '1698-CV/TU', centralClause: '6-4', status: 'carried', by: 'Tổ chức hội nghị', reviewer: 'A', at: '2026-11-25' };
    const r = parseReviews(`\ufeff${file([ok, central, { ...ok, note: undefined }], { conclusions: [{ document: '1698-CV/TU', text: 'Kết luận', place: 'Quảng Ngãi' }] })}`);
    expect(r.ok && r.reviews.decisions).toEqual([ok, { ...central, note: '' }, { ...ok, note: '' }]);
    expect(r.ok && r.reviews.conclusions).toEqual([{ document: '1698-CV/TU', text: 'Kết luận', place: 'Quảng Ngãi' }]);
  });
  it('round-trips what the app exports', () => {
    const r = parseReviews(JSON.stringify(reviewsFile([ok as never])));
    expect(r.ok && r.reviews.decisions).toEqual([ok]);
  });
  it.each([
    ['not JSON', '{"schema": "doichieu.reviews/1", decisions: []', 'REVIEWS_NOT_JSON', {}],
    ['another schema', JSON.stringify({ schema: 'doichieu.report/1', documents: [] }), 'REVIEWS_WRONG_SCHEMA', { schema: 'doichieu.report/1' }],
    ['a list', '[]', 'REVIEWS_WRONG_SCHEMA', { schema: '' }],
    ['no decisions', JSON.stringify({ schema: 'doichieu.reviews/1' }), 'REVIEWS_NO_DECISIONS', {}],
    ['a bad class', file([ok, { ...ok, class: 'omitted' }]), 'REVIEWS_BAD_DECISION', { index: '2', field: 'class' }],
    ['no reviewer', file([{ ...ok, reviewer: ' ' }]), 'REVIEWS_BAD_DECISION', { index: '1', field: 'reviewer' }],
    ['a time that is no date', file([{ ...ok, at: 'hôm qua' }]), 'REVIEWS_BAD_DECISION', { index: '1', field: 'at' }],
    ['central ids that are not strings', file([{ ...ok, central: [31] }]), 'REVIEWS_BAD_DECISION', { index: '1', field: 'central' }],
    ['an added clause with a counterpart', file([{ ...ok, class: 'added' }]), 'REVIEWS_BAD_DECISION', { index: '1', field: 'central' }],
    ['an omitted central clause "by" a clause', file([{ ...ok, clause: undefined, centralClause: '3-1', status: 'omitted', by: 'x' }]), 'REVIEWS_BAD_DECISION', { index: '1', field: 'by' }],
    ['a bad status', file([{ ...ok, centralClause: '3-1', status: 'verbatim' }]), 'REVIEWS_BAD_DECISION', { index: '1', field: 'status' }],
    ['no clause', file([{ ...ok, clause: '' }]), 'REVIEWS_BAD_DECISION', { index: '1', field: 'clause' }],
    ['a bad conclusion', file([ok], { conclusions: [{ document: '1698-CV/TU', text: 5 }] }), 'REVIEWS_BAD_CONCLUSION', { index: '1', field: 'text' }],
  ])('refuses %s with its code', (_name, text, code, values) => {
    const r = parseReviews(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.values).toEqual(expect.objectContaining(values));
    }
  });
  it('refuses a file over the limit before parsing it', () => {
    const r = parseReviews('', MAX_REVIEWS_BYTES + 1);
    expect(!r.ok && r.error.code).toBe('REVIEWS_TOO_LARGE');
  });
});
