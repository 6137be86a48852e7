import { describe, expect, it } from 'vitest';
import { canonicalTone, normPunct, normWord, tokenize } from './normalize.ts';

describe('normalize', () => {
  it.each([['hoá', 'hóa'], ['uỷ', 'ủy'], ['thuý', 'thúy'], ['hoà', 'hòa'], ['khoẻ', 'khỏe']])('places tone marks one way: %s = %s', (a, b) => {
    expect(canonicalTone(a)).toBe(canonicalTone(b));
  });
  it('keeps tone-distinct words distinct and onsets qu/gi intact', () => {
    expect(normWord('đề')).not.toBe(normWord('để'));
    expect(normWord('quý')).toBe('quý');
    expect(normWord('già')).toBe('già');
  });
  it('folds case, including Vietnamese capitals', () => expect(normWord('Nhân')).toBe(normWord('nhân')));
  it('unifies quotes and dashes', () => {
    expect(['“', '”', '"', '‘', '’'].map(normPunct)).toEqual(['"', '"', '"', '"', '"']);
    expect(['–', '—', '-'].map(normPunct)).toEqual(['-', '-', '-']);
  });
  it('keeps original text and offsets on every token', () => {
    const text = 'Nhân dân “tự chuyển hoá”';
    const toks = tokenize(text, 100);
    for (const t of toks) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
    expect(toks.map((t) => t.norm)).toEqual(['nhân', 'dân', '"', 'tự', 'chuyển', 'hoá', '"']);
  });
});
