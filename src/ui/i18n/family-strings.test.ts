import { describe, expect, it } from 'vitest';
import { famEn, famVi } from './family-strings.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('family strings', () => {
  it('have the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(famEn).sort()).toEqual(Object.keys(famVi).sort());
    for (const [k, v] of Object.entries(famVi)) {
      expect(v, k).not.toBe('');
      expect(famEn[k as keyof typeof famEn], k).not.toBe('');
      expect(placeholders(famEn[k as keyof typeof famEn]), k).toEqual(placeholders(v));
    }
  });
});
