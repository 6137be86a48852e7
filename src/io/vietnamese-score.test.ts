import { describe, expect, it } from 'vitest';
import { LANG_SON, QUANG_NGAI, seedText } from '../../test/fixtures/fixtures.ts';
import { isVietnameseSpecific, plausibility, vietnameseScore } from './vietnamese-score.ts';

describe('vietnameseScore', () => {
  it('is high on the seeds and 0 on English', () => {
    for (const file of [LANG_SON, QUANG_NGAI, 'kl-21-kl-tw.txt', 'ttxvn-652-cv-du-and-kl-54.txt', 'thanh-uy-003.txt']) {
      expect(vietnameseScore(seedText(file))).toBeGreaterThan(0.85);
    }
    expect(vietnameseScore('The Secretariat issued Conclusion 54 on 9 May 2023.')).toBe(0);
    expect(vietnameseScore('')).toBe(0);
    expect(vietnameseScore('1234 — 5678')).toBe(0);
  });

  it('counts words, not letters, and accepts decomposed (NFD) text', () => {
    expect(vietnameseScore('Tỉnh ủy Lang Son')).toBe(0.5);
    expect(vietnameseScore('Tỉnh ủy Lạng Sơn'.normalize('NFD'))).toBe(1);
  });

  it('is lower on TCVN3 text read as Windows-1252 than on the same text in Unicode', () => {
    expect(vietnameseScore('TØnh ñy L¹ng S¬n, ngµy 12 th¸ng 6 n¨m 2023')).toBeLessThan(vietnameseScore('Tỉnh ủy Lạng Sơn, ngày 12 tháng 6 năm 2023'));
  });

  it('knows which letters are Vietnamese-specific', () => {
    expect(['ư', 'Ơ', 'đ', 'ạ', 'Ễ'].every(isVietnameseSpecific)).toBe(true);
    expect(['a', 'ñ', 'ø', 'ü', '¹'].some(isVietnameseSpecific)).toBe(false);
  });
});

describe('plausibility', () => {
  it('prefers the right decoding of the same bytes', () => {
    expect(plausibility('Tỉnh ủy Lạng Sơn')).toBe(1);
    expect(plausibility('TØnh ñy L¹ng S¬n')).toBeLessThan(0);
    expect(plausibility('Tænh uûy Laïng Sôn')).toBeLessThan(0);
    // Two tone marks on one syllable (a Windows-1258 tone byte read as a TCVN3 letter) is foreign.
    expect(plausibility('Tiểnh'.normalize('NFD') + '\u0301')).toBeLessThan(0);
  });

  it('is neutral on ASCII and numbers', () => {
    expect(plausibility('UBND 1154-CV/TU 09/5/2023')).toBe(0);
    expect(plausibility('')).toBe(0);
  });

  it('is high on the seeds', () => {
    expect(plausibility(seedText(LANG_SON))).toBeGreaterThan(0.8);
    expect(plausibility(seedText(QUANG_NGAI))).toBeGreaterThan(0.8);
  });
});
