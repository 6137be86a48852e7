import { describe, expect, it } from 'vitest';
import { EFFECT_CODES, EFFECT_KINDS } from '../../core/effects.ts';
import { QUALITY_CODES } from '../../core/quality.ts';
import { EFFECT_KIND_WORDS } from '../../messages/effect-kinds.ts';
import { CUT_REASON, EFFECT_WORDS, fieldEn, LEVEL_WORDS, QUALITY_WORDS } from './insight-field-strings.ts';
import { LEVEL_RANK } from '../../core/admin-levels.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
const VN = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe('insight field strings', () => {
  it('word every quality code, every effect code and kind, and every level in both languages', () => {
    for (const code of QUALITY_CODES) {
      for (const part of ['name', 'found', 'meaning'] as const) {
        expect(QUALITY_WORDS.vi[code][part], code).not.toBe('');
        expect(placeholders(QUALITY_WORDS.en[code][part]), code).toEqual(placeholders(QUALITY_WORDS.vi[code][part]));
      }
    }
    for (const code of Object.keys(EFFECT_CODES) as (keyof typeof EFFECT_CODES)[]) {
      expect(placeholders(EFFECT_WORDS.en[code]), code).toEqual(placeholders(EFFECT_WORDS.vi[code]));
    }
    for (const k of EFFECT_KINDS) expect(EFFECT_KIND_WORDS.vi[k] && EFFECT_KIND_WORDS.en[k], k).toBeTruthy();
    for (const l of Object.keys(LEVEL_RANK)) expect(LEVEL_WORDS.vi[l] && LEVEL_WORDS.en[l], l).toBeTruthy();
    expect(Object.keys(CUT_REASON.en).sort()).toEqual(Object.keys(CUT_REASON.vi).sort());
  });

  it('keep Vietnamese out of the English wording, except quoted document words', () => {
    const en = [...Object.values(fieldEn), ...Object.values(EFFECT_WORDS.en), ...Object.values(CUT_REASON.en),
      ...Object.values(QUALITY_WORDS.en).flatMap((w) => [w.name, w.found, w.meaning])];
    for (const s of en) expect(s.replace(/“[^”]*”/gu, ''), s).not.toMatch(VN);
  });
});
