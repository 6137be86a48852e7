import { describe, expect, it } from 'vitest';
import { combineReason } from './combine-reason.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

const ls = fixture.documents.find((d) => d.doc.id === '1154-cv-tu')!;

describe('combineReason', () => {
  it('explains an adapted clause by words added and removed, with the main substitution', () => {
    const r = combineReason(ls.clauses[0]!);
    expect(r.key).toBe('reason.adapted');
    expect(r.vars).toMatchObject({ ids: '1-1', ins: 2, del: 2, pct: 70 });
    expect(r.swaps).toEqual(['sâu sắc → nghiêm túc']);
  });

  it('explains an added clause by its best share of central wording', () => {
    expect(combineReason(ls.clauses[1]!)).toEqual({ key: 'reason.added', vars: { pct: 10 }, swaps: [] });
  });

  it('tells identical wording from cosmetic differences', () => {
    expect(combineReason(ls.clauses[2]!).key).toBe('reason.identical');
    const base = ls.clauses[0]!;
    const cosmetic = { ...base, class: 'verbatim' as const, diff: { ...base.diff!, inserted: 0, deleted: 0, substantive: 0 } };
    expect(combineReason(cosmetic)).toMatchObject({ key: 'reason.cosmetic', vars: { list: 'quán→Quán' } });
  });
});
