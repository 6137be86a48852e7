import { describe, expect, it } from 'vitest';
import { vi as viDict } from '../../src/ui/i18n/dict-vi.ts';
import { en } from '../../src/ui/i18n/dict-en.ts';
import { translate } from '../../src/ui/i18n/translate.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys, no empty strings and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(viDict).sort());
    for (const [k, v] of Object.entries(viDict)) {
      expect(v, k).not.toBe('');
      expect(placeholders(en[k as keyof typeof en]), k).toEqual(placeholders(v));
    }
  });

  it('fill placeholders', () => {
    expect(translate('vi', 'doc.days', { n: 34 })).toBe('34 ngày');
    expect(translate('en', 'doc.days', { n: 34 })).toBe('34 days');
  });
});
