// Every strings file of the interface, key for key and placeholder for placeholder in both
// languages, none empty: one test for all (each file used to carry its own copy of it).
import { describe, expect, it } from 'vitest';
import { vi } from './dict-vi.ts';
import { en } from './dict-en.ts';
import { wsEn, wsVi } from './ws-strings.ts';
import { famEn, famVi } from './family-strings.ts';
import { reviewEn, reviewVi } from './review-strings.ts';
import { fieldEn, fieldVi } from './insight-field-strings.ts';
import { scaleEn, scaleVi } from './scale-strings.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

const FILES: readonly (readonly [string, Readonly<Record<string, string>>, Readonly<Record<string, string>>])[] = [
  ['dict', vi, en], ['ws-strings', wsVi, wsEn], ['family-strings', famVi, famEn],
  ['review-strings', reviewVi, reviewEn], ['insight-field-strings', fieldVi, fieldEn], ['scale-strings', scaleVi, scaleEn],
];

describe('interface strings', () => {
  for (const [name, vis, ens] of FILES) {
    it(`${name}: the same keys and placeholders in both languages, none empty`, () => {
      expect(Object.keys(ens).sort()).toEqual(Object.keys(vis).sort());
      for (const [k, v] of Object.entries(vis)) {
        expect(v, k).not.toBe('');
        expect(ens[k], k).not.toBe('');
        expect(placeholders(ens[k] ?? ''), k).toEqual(placeholders(v));
      }
    });
  }
});
