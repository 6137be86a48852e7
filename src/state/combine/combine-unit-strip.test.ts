import { describe, expect, it } from 'vitest';
import { combineUnitStrip } from './combine-unit-strip.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combineUnitStrip', () => {
  it('lists the central tasks each local task draws on, largest share first', () => {
    const ls = fixture.documents.find((d) => d.doc.id === '1154-cv-tu')!;
    expect(combineUnitStrip(ls, fixture.centralClauses)).toEqual([
      { unit: '1', part: 'task', segments: [{ unit: '1', part: 'task', share: 1, pct: 100 }] },
      { unit: '2', part: 'task', segments: [{ unit: '2', part: 'task', share: 0.75, pct: 75 }, { unit: '1', part: 'task', share: 0.25, pct: 25 }] },
    ]);
  });

  it('leaves out lead-in units', () => {
    const fw = fixture.documents.find((d) => d.doc.id === '652-cv-đu')!;
    expect(combineUnitStrip(fw, fixture.centralClauses)).toEqual([]);
  });
});
