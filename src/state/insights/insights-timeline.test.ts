import { describe, expect, it } from 'vitest';
import { combineTimeline } from '../combine/combine-timeline.ts';
import { timelineBars } from './insights-timeline.ts';
import { corpusInsights } from '../../../test/support/insights-corpus.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('timelineBars', () => {
  it('gives KL 54’s documents their days: TTXVN 13 (forwarding), Lạng Sơn 34, Quảng Ngãi 69, Thành ủy unknown', () => {
    const s = timelineBars(combineTimeline(corpusInsights().analysis));
    expect(s.bars.map((b) => [b.name, b.lagDays, b.forwarding])).toEqual([['TTXVN', 13, true], ['Lạng Sơn', 34, false], ['Quảng Ngãi', 69, false]]);
    expect(s.unknown.map((p) => p.name)).toEqual(['Thành ủy']);
    expect(s).toMatchObject({ firstImplementation: 34, lastImplementation: 69, firstForwarding: 13 });
    expect(s.bars.every((b) => b.share > 0 && b.share <= 1)).toBe(true);
  });

  it('has no summary facts when nothing is dated', () => {
    const s = timelineBars({ centralDate: null, maxDays: 30, ticks: [0, 10, 20, 30], known: [], unknown: [] });
    expect(s).toMatchObject({ firstImplementation: null, lastImplementation: null, firstForwarding: null });
    expect(timelineBars(combineTimeline(fixture)).bars.length).toBeGreaterThanOrEqual(0);
  });
});
