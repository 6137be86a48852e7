import { describe, expect, it } from 'vitest';
import { reviewEn, reviewVi } from './review-strings.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('inspection strings', () => {
  it('have the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(reviewEn).sort()).toEqual(Object.keys(reviewVi).sort());
    for (const [k, v] of Object.entries(reviewVi)) {
      expect(v, k).not.toBe('');
      expect(placeholders(reviewEn[k as keyof typeof reviewEn]), k).toEqual(placeholders(v));
    }
  });
});
