// pair-table.ts: pairs of integers found again after the table grows, unknown pairs answered -1.
import { describe, expect, it } from 'vitest';
import { PairTable } from './pair-table.ts';

describe('PairTable', () => {
  it('finds every pair it holds, past several growths, and only those', () => {
    const t = new PairTable(2);
    for (let a = 0; a < 60; a++) for (let b = 0; b < 60; b += 7) t.add(a, b, a * 1000 + b);
    expect(t.size).toBe(60 * 9);
    for (let a = 0; a < 60; a++) for (let b = 0; b < 60; b++) expect(t.get(a, b)).toBe(b % 7 ? -1 : a * 1000 + b);
  });
  it('tells (a, b) from (b, a)', () => {
    const t = new PairTable();
    t.add(3, 5, 1);
    expect(t.get(5, 3)).toBe(-1);
    expect(t.get(3, 5)).toBe(1);
  });
});
