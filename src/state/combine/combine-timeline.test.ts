import { describe, expect, it } from 'vitest';
import { combineTimeline } from './combine-timeline.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combineTimeline', () => {
  const t = combineTimeline(fixture);

  it('places known dates on a day axis from the central date', () => {
    expect(t.centralDate).toBe('2023-05-09');
    expect(t.maxDays).toBe(40);
    expect(t.ticks).toEqual([0, 10, 20, 30, 40]);
    expect(t.known.map((p) => [p.id, p.lagDays, p.x])).toEqual([['652-cv-đu', 13, 13 / 40], ['1154-cv-tu', 34, 34 / 40]]);
  });

  it('keeps unknown dates apart instead of drawing them at zero', () => {
    expect(t.unknown.map((p) => [p.id, p.x])).toEqual([['003-x', null]]);
  });
});
