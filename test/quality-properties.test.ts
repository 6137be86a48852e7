// Properties of the damage detectors and repairs on any input: they never throw, the score stays
// in 0..1, and repairText changes a text only where it reports a repair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessQuality, QUALITY_CODES } from '../src/core/quality.ts';
import { repairText } from '../src/core/repair-glyphs.ts';

// Vietnamese letters, single consonants, spaces, line breaks, punctuation, digits: the pieces
// letter-spaced, glyph-damaged and cut texts are made of.
const PIECES = ['a', 'ă', 'â', 'ơ', 'ư', 'ô', 'ê', 'ị', 'ồ', 'ế', 'T', 'H', 'B', 'ng', 'nh', 'th', 'c', 'k', 'đ', 'Đ', 'Ư',
  ' ', ' ', ' ', '\n', '\f', ',', '.', '/', '-', '|', '1', '(', ')', 'công', 'hồn', 'thành', 'cơng', 'thưong', 'ƯBND', 'Nơi nhận:'];
const vnish = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((a) => a.join(''));

function checkInvariants(text: string): void {
  const q = assessQuality(text);
  expect(q.score).toBeGreaterThanOrEqual(0);
  expect(q.score).toBeLessThanOrEqual(1);
  expect(q.problems.length === 0).toBe(q.score === 1);
  for (const p of q.problems) expect(QUALITY_CODES).toContain(p.code);
  const r = repairText(text);
  if (r.repairs.length === 0) expect(r.text).toBe(text);
  for (const x of r.repairs) expect(x.count).toBeGreaterThan(0);
}

describe('quality properties', () => {
  it('arbitrary Unicode never throws; the score is in 0..1; no repair reported, no change', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => checkInvariants(s.normalize('NFC'))), { numRuns: 300 });
  });

  it('the same on texts made of Vietnamese letters, fragments and damaged words', () => {
    fc.assert(fc.property(vnish, (s) => checkInvariants(s.normalize('NFC'))), { numRuns: 500 });
  });

  it('a long letter-spaced line and a long unbroken chunk are handled whole', () => {
    checkInvariants('T h à nh '.repeat(5000));
    checkInvariants('x'.repeat(200_000));
    // One flattened line with thousands of letter-spaced pieces among ordinary words.
    checkInvariants('Ban Thường vụ T hủ tướ ng yêu cầu các cấp ủy, '.repeat(4000));
  });
});
