// The Thành ủy letter (seed 003): renumbered, merged points, no number or date.
import { describe, expect, it } from 'vitest';
import { builtinAnalysis } from './support/corpus.ts';

describe('Thành ủy letter (seed 003)', () => {
  const { analysis } = builtinAnalysis();
  const doc = analysis.documents.find((d) => d.doc.source === 'thanh-uy-003.txt')!;
  it('merges central tasks 2 and 3 in its point 2', () => {
    const units = doc.units.find((u) => u.unit === '2')!.central.map((c) => c.unit);
    expect(units).toEqual(expect.arrayContaining(['2', '3']));
  });
  it('carries central task 5 nearly word for word in its point 5', () => {
    const five = doc.clauses.filter((r) => r.clause.unit === '5');
    expect(five.filter((r) => r.class === 'verbatim').length).toBeGreaterThanOrEqual(4);
  });
  it('has an unknown lag, not zero', () => expect(doc.lagDays).toBeNull());
});

describe('TTXVN forwarding letter 652-CV/ĐU', () => {
  const { analysis } = builtinAnalysis();
  const doc = analysis.documents.find((d) => d.doc.meta.number === '652-CV/ĐU')!;
  it('is a forwarding letter 13 days after the central text that carries almost none of its tasks', () => {
    expect(doc.doc.meta.role).toBe('forwarding');
    expect(doc.lagDays).toBe(13);
    expect(doc.coverage.tasks.omitted).toBeGreaterThan(doc.coverage.tasks.verbatim + doc.coverage.tasks.adapted);
  });
});
