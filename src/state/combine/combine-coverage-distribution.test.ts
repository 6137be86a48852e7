import { describe, expect, it } from 'vitest';
import { combineDocumentRows } from './combine-document-rows.ts';
import { combineCoverageDistribution, shareHistogram } from './combine-coverage-distribution.ts';
import { combineLagHistogram } from './combine-lag-histogram.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

const rows = combineDocumentRows(fixture);

describe('shareHistogram', () => {
  it('puts every whole percentage in one of ten bins, 100 % in the last', () => {
    const d = shareHistogram([0, 0.094, 0.095, 0.5, 0.999, 1].map((share) => ({ share, forwarding: false })));
    expect(d.bins.map((b) => b.docs)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(d.bins.map((b) => [b.from, b.to]).at(-1)).toEqual([90, 100]);
    expect(d.median).toBe(30);
    expect(shareHistogram([]).median).toBeNull();
  });
});

describe('combineCoverageDistribution', () => {
  it('counts documents by share carried and share added, forwarding letters apart, with totals', () => {
    const d = combineCoverageDistribution(rows);
    expect(d.docs).toBe(3);
    expect(d.carried.bins[0]).toMatchObject({ docs: 1, forwarding: 1 });
    expect(d.carried.bins[2]?.docs).toBe(1);
    expect(d.carried.bins[5]?.docs).toBe(1);
    expect(d.tasks).toEqual({ verbatim: 2, adapted: 1, omitted: 9 });
    expect(d.words).toEqual({ total: 33, added: 12 });
    expect(d.added.bins[9]).toMatchObject({ docs: 1, forwarding: 1 });
  });
});

describe('combineLagHistogram', () => {
  it('bins days after the central text and counts unknown dates apart', () => {
    const h = combineLagHistogram(rows);
    expect(h).toMatchObject({ binDays: 5, dated: 2, unknown: 1, first: 13, last: 34, median: 13 });
    expect(h.bins.find((b) => b.from === 10)).toMatchObject({ docs: 1, forwarding: 1, to: 14 });
    expect(h.bins.reduce((s, b) => s + b.docs, 0)).toBe(2);
  });

  it('widens bins for long spans so the axis keeps about 30 bars', () => {
    const late = rows.map((r, i) => ({ ...r, lagDays: i * 400 }));
    const h = combineLagHistogram(late);
    expect(h.bins.length).toBeLessThanOrEqual(31);
    expect(h.maxDays).toBeGreaterThan(800);
  });
});
