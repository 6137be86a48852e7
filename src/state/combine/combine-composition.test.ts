import { describe, expect, it } from 'vitest';
import { combineComposition } from './combine-composition.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combineComposition', () => {
  it('splits each local text into verbatim / adapted / added words', () => {
    const ls = combineComposition(fixture).find((r) => r.id === '1154-cv-tu');
    expect(ls).toMatchObject({ verbatim: 8, adapted: 6, added: 6, total: 20, verbatimPct: 40, adaptedPct: 30, addedPct: 30 });
    expect(ls?.clauses).toEqual({ verbatim: 1, adapted: 1, added: 1 });
  });

  it('gives zero percentages, not NaN, for an empty text', () => {
    const empty = { ...fixture, documents: fixture.documents.map((d) => ({ ...d, coverage: { ...d.coverage, local: { counts: { verbatim: 0, adapted: 0, added: 0 }, words: { verbatim: 0, adapted: 0, added: 0 } } } })) };
    for (const r of combineComposition(empty)) expect([r.verbatimPct, r.adaptedPct, r.addedPct]).toEqual([0, 0, 0]);
  });
});
