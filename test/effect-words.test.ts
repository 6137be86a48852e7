// The effects stage's data: every word-list entry and every administrative body carries a sentence
// of a real document under ../shared, and matches it.
import { describe, expect, it } from 'vitest';
import { DEADLINES, EMPHASIS, FORCE_WORDS, FREQUENCIES, ROLE_MARKERS, SANCTIONS, TARGETS, type WordEntry } from '../src/core/effect-words.ts';
import { BODIES, CENTRAL_ONLY, isLowerLevel } from '../src/core/admin-levels.ts';
import { bodiesOf } from '../src/core/effect-bodies.ts';
import { fold } from '../src/core/effect-match.ts';
import { findHits, matchers } from '../src/core/effect-hits.ts';
import { tokenize } from '../src/core/normalize.ts';
import { flat } from './support/real-text.ts';

const LISTS: Record<string, readonly WordEntry[]> = { FORCE_WORDS, SANCTIONS, DEADLINES, FREQUENCIES, TARGETS, EMPHASIS, ROLE_MARKERS };
const matches = (phrase: string, pattern: boolean | undefined, text: string) => {
  const toks = tokenize(text);
  return findHits(toks, fold(toks), matchers([{ phrase, pattern }])).length > 0;
};
/** Party texts (seeds, KL 221) and State texts (Chỉ thị 32, QĐ 22, NQLT 102 and what implements them). */
const isParty = (file: string) => file.startsWith('seeds/') || file.includes('kl221-central');
const isState = (file: string) => /ct32|qd22|nqlt102|kl221-local/u.test(file);

describe('word lists (effect-words.ts)', () => {
  for (const [name, list] of Object.entries(LISTS)) {
    describe(name, () => {
      it.each(list.map((e) => [e.phrase, e] as const))('%s: each example is printed in its file and matches', (_, e) => {
        if (!e.examples.length) expect(e.unattested).toBeTruthy();
        for (const x of e.examples) {
          expect(flat(x.file), `${x.file}`).toContain(x.text);
          expect(matches(e.phrase, e.pattern, x.text), x.text).toBe(true);
        }
        for (const s of e.softer ?? []) expect(matches(s, false, s)).toBe(true);
      });
    });
  }
  it('leaves unattested only the entries the issue names that no document of ours prints', () => {
    const unattested = Object.values(LISTS).flat().filter((e) => e.unattested).map((e) => e.phrase);
    expect(unattested.sort()).toEqual(['bắt buộc', 'nghiêm cấm', 'truy cứu trách nhiệm']);
  });
  it('draws its examples from Party and State texts', () => {
    const files = Object.values(LISTS).flat().flatMap((e) => e.examples.map((x) => x.file));
    expect(files.some(isParty)).toBe(true);
    expect(files.some(isState)).toBe(true);
    for (const list of [FORCE_WORDS, EMPHASIS]) {
      const fs = list.flatMap((e) => e.examples.map((x) => x.file));
      expect(fs.some(isParty) && fs.some(isState)).toBe(true);
    }
  });
});

describe('administrative levels (admin-levels.ts)', () => {
  it.each(BODIES.map((b) => [`${b.family} ${b.level}: ${b.phrase.slice(0, 40)}`, b] as const))('%s', (_, b) => {
    if (!b.examples.length) expect(b.unattested).toBeTruthy();
    for (const x of b.examples) {
      expect(flat(x.file), x.file).toContain(x.text);
      // Read as the stage reads it: longest names first, so the example must name this very row.
      const toks = tokenize(x.text);
      const hits = bodiesOf(toks, fold(toks));
      expect(hits.some((h) => h.level === b.level && (b.family.endsWith(':') ? h.family.startsWith(b.family) : h.family === b.family)), x.text).toBe(true);
    }
  });
  it.each(CENTRAL_ONLY.map((b) => [b.phrase, b] as const))('central only: %s', (_, b) => {
    for (const x of b.examples) {
      expect(flat(x.file), x.file).toContain(x.text);
      expect(matches(b.phrase, true, x.text), x.text).toBe(true);
    }
  });
  it('orders the levels Trung ương → tỉnh → huyện → xã', () => {
    expect(isLowerLevel('central', 'province')).toBe(true);
    expect(isLowerLevel('province', 'district')).toBe(true);
    expect(isLowerLevel('district', 'commune')).toBe(true);
    expect(isLowerLevel('province', 'commune')).toBe(true);
    expect(isLowerLevel('province', 'central')).toBe(false);
    expect(isLowerLevel('province', 'province')).toBe(false);
  });
  it('pairs a ministry with its department by field, and tells "Thông tấn xã" and "đại biểu Quốc hội" from bodies', () => {
    const read = (t: string) => { const toks = tokenize(t); return bodiesOf(toks, fold(toks)).map((h) => `${h.family}/${h.level}`); };
    expect(read('Bộ trưởng Bộ Nội vụ')).toEqual(['department:nội vụ/central']);
    expect(read('Giám đốc Sở Nội vụ')).toEqual(['department:nội vụ/province']);
    expect(read('Bộ Ngoại giao')).toEqual(['department:ngoại giao/central']);
    expect(read('Sở Ngoại vụ')).toEqual(['department:ngoại giao/province']);
    expect(read('Đảng ủy Thông tấn xã Việt Nam')).toEqual([]);
    expect(read('người ứng cử đại biểu Quốc hội')).toEqual([]);
  });
});
