import { describe, expect, it } from 'vitest';
import { combineClauseAcross } from './combine-clause-across.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combineClauseAcross', () => {
  it('shows how each document carries one central clause, with carriers', () => {
    const c = combineClauseAcross(fixture, '1-1')!;
    expect(c.clause.text).toContain('quán triệt');
    expect(c.rows.map((r) => [r.doc, r.status, r.carriers.map((x) => x.clause.id)])).toEqual([
      ['652-cv-đu', 'omitted', []], ['1154-cv-tu', 'adapted', ['1-1']], ['003-x', 'verbatim', ['1-1']],
    ]);
    expect(c.counts).toEqual({ verbatim: 1, adapted: 1, omitted: 1 });
    expect([c.prev, c.next]).toEqual(['assessment-1', '1-2']);
  });

  it('returns null for an unknown clause', () => {
    expect(combineClauseAcross(fixture, '9-9')).toBeNull();
  });
});
