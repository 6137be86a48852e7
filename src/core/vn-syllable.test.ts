import { describe, expect, it } from 'vitest';
import { checkSyllable, isSyllable } from './vn-syllable.ts';

const words = (s: string) => s.split(' ');

describe('Vietnamese syllables', () => {
  it.each(words('công hoàn thành Chính phủ người được nghĩa thuở khuya giữ già gì gìn giết giếng quốc quyết quận quý quí quen kiến kỹ sỹ ghi nghe yên tiên Ủy uỷ hoá hóa khoẻ khỏe thuý thúy hoạch chuyển trường soóc boong xoong ngoằn'))(
    'accepts %s', (w) => expect(checkSyllable(w)).toBe('valid'));

  it('is case-insensitive: header capitals are syllables', () => {
    for (const w of words('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM QUYẾT ĐỊNH ỦY BAN NHÂN DÂN')) expect(isSyllable(w), w).toBe(true);
  });

  it('accepts both tone placements of open oa, oe, uy (the seeds mix them) and only those', () => {
    for (const [a, b] of [['hoá', 'hóa'], ['hoà', 'hòa'], ['khoẻ', 'khỏe'], ['thuỷ', 'thủy'], ['uỷ', 'ủy']]) {
      expect([checkSyllable(a!), checkSyllable(b!)]).toEqual(['valid', 'valid']);
    }
    // With a coda the tone has one place: "hoàn", never "hòan".
    expect(checkSyllable('hòan')).toBe('misplaced-tone');
    expect(checkSyllable('qúy')).toBe('misplaced-tone');
    expect(checkSyllable('gìa')).toBe('misplaced-tone');
  });

  it('rejects what is left when accented vowels are dropped (MTTQ Quảng Ninh: "nhn dn", "ngy thng")', () => {
    for (const w of words('nhn dn ngy thng phc cc sch trnh x v đ Chnh')) expect(checkSyllable(w), w).toBe('invalid');
  });

  it('applies the spelling rules of k/c, gh/g, ngh/ng, iê/yê', () => {
    for (const w of words('ciến ce ka ge ngi ghu ngha iên tyên coa')) expect(checkSyllable(w), w).toBe('invalid');
  });

  it('rejects abbreviations, English and letters Vietnamese does not write', () => {
    for (const w of words('UBND HĐND MTTQ BCĐ TTg Internet email Directive of and')) expect(isSyllable(w), w).toBe(false);
  });

  it('names scrambled tone marks (KL 127 republished: "KẾT LỦẬN", "Tạĩ phĩên họp ngàỷ")', () => {
    for (const w of words('LỦẬN CỦÀ ngàỷ Tạĩ nhíệm cứù')) expect(checkSyllable(w), w).toBe('two-tones');
    for (const w of words('phĩên nghịên Nghỉên nêủ')) expect(checkSyllable(w), w).toBe('misplaced-tone');
    // Scrambling can make a real word: "Bạn" for "Ban" is a syllable; the detector counts on the others.
    expect(checkSyllable('Bạn')).toBe('valid');
  });

  it('takes only sắc or nặng after a stop (p, t, c, ch)', () => {
    expect(checkSyllable('kềt')).toBe('bad-tone');
    expect(checkSyllable('cac')).toBe('bad-tone');
    expect(checkSyllable('kết')).toBe('valid');
    expect(checkSyllable('học')).toBe('valid');
  });

  it('answers the same from its memo', () => {
    expect(checkSyllable('thương')).toBe('valid');
    expect(checkSyllable('thương')).toBe('valid');
    expect(checkSyllable('thưong')).toBe('invalid');
  });
});
