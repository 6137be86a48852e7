import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeVn3, encodeVni } from '../../scripts/fixtures/legacy-encode.ts';
import { LANG_SON, QUANG_NGAI, fixture, seedText } from '../../test/fixtures/fixtures.ts';
import { fixLegacyVietnamese, tcvn3ToUnicode } from './legacy-vietnamese.ts';
import { decodeSbcs } from './sbcs.ts';
import { vniToUnicode } from './vni.ts';

/** Legacy bytes as Word shows them: each byte read as Windows-1252. */
const ansi = (bytes: Uint8Array): string => decodeSbcs(bytes, 'windows1252');
const SEEDS = [LANG_SON, QUANG_NGAI, 'kl-21-kl-tw.txt', 'ttxvn-652-cv-du-and-kl-54.txt', 'thanh-uy-003.txt'];

describe('vniToUnicode', () => {
  it.each([
    ['Tænh uûy Laïng Sôn', 'Tỉnh ủy Lạng Sơn'],
    ['Ñaûng Coäng saûn Vieät Nam', 'Đảng Cộng sản Việt Nam'],
    ['Kính göûi: ngöôøi ñöùng ñaàu', 'Kính gửi: người đứng đầu'],
    ['Quyeát ñònh soá 99-QÑ/TW, ngaøy 03/10/2017', 'Quyết định số 99-QĐ/TW, ngày 03/10/2017'],
    ['naêm, ñaëc bieät, chaúng, kyø, Myõ, yù kieán, hoùa', 'năm, đặc biệt, chẳng, kỳ, Mỹ, ý kiến, hóa'],
    ['TÆNH UÛY LAÏNG SÔN', 'TỈNH ỦY LẠNG SƠN'],
  ])('%s → %s', (vni, unicode) => {
    expect(vniToUnicode(vni)).toBe(unicode);
  });

  it('leaves ASCII and punctuation alone', () => {
    expect(vniToUnicode('1154-CV/TU (b/c), “x” - y;')).toBe('1154-CV/TU (b/c), “x” - y;');
  });
});

describe('tcvn3ToUnicode', () => {
  it.each([
    ['TØnh ñy L¹ng S¬n', 'Tỉnh ủy Lạng Sơn'],
    ['§¶ng Céng s¶n ViÖt Nam', 'Đảng Cộng sản Việt Nam'],
    ['cña Ban BÝ th\u00ad Trung \u00ad\u00acng', 'của Ban Bí thư Trung ương'], // ư is 0xAD, a soft hyphen in 1252
    ['“tù diÔn biÕn”', '“tự diễn biến”'], // curly quotes stay: TCVN3 fonts keep 1252 punctuation
  ])('%s → %s', (tcvn3, unicode) => {
    expect(tcvn3ToUnicode(tcvn3)).toBe(unicode);
  });

  it('restores capitals typed with .VnTimeH (lower-case codes in upper-case words)', () => {
    expect(tcvn3ToUnicode('TØNH ñY L¹NG S¬N')).toBe('TỈNH ỦY LẠNG SƠN');
    expect(tcvn3ToUnicode('T/M BAN TH¦êNG Vô')).toBe('T/M BAN THƯỜNG VỤ');
    expect(tcvn3ToUnicode('Sè 1154-CV/TU, Lµ')).toBe('Số 1154-CV/TU, Là');
  });

  it('cannot restore a capital that TCVN3 lacks at the start of a mixed-case word (limitation)', () => {
    // "Ủ" has no code in the upper half of TCVN3: a .VnTime typist writes "ñy ban".
    expect(tcvn3ToUnicode(ansi(encodeVn3('Ủy ban nhân dân')))).toBe('ủy ban nhân dân');
  });
});

describe('fixLegacyVietnamese', () => {
  it('converts the Lạng Sơn seed typed in TCVN3 (saved as UTF-8) back to the exact seed', () => {
    const result = fixLegacyVietnamese(new TextDecoder().decode(fixture('lang-son.vn3-utf8.txt')));
    expect(result).toEqual({ text: seedText(LANG_SON), encoding: 'tcvn3', changed: true });
  });

  it('converts the Lạng Sơn seed typed in VNI back to the exact seed', () => {
    const result = fixLegacyVietnamese(ansi(fixture('lang-son.vni.txt')));
    expect(result).toEqual({ text: seedText(LANG_SON), encoding: 'vni', changed: true });
  });

  it.each(SEEDS)('never touches real Unicode Vietnamese: %s', (file) => {
    const text = seedText(file);
    expect(fixLegacyVietnamese(text)).toEqual({ text, encoding: 'unicode', changed: false });
  });

  it('leaves short Unicode lines made only of Latin-1 letters alone', () => {
    // "Tô Lâm" would read "Tụ Lõm" as TCVN3 — both look Vietnamese, so nothing is gained.
    for (const text of ['Tô Lâm', 'Tô Lâm\nHà Nội', 'Ông Tô Lâm', 'Café', 'Müller, São Paulo']) {
      expect(fixLegacyVietnamese(text).changed).toBe(false);
    }
  });

  it('converts only the legacy paragraphs of a document mixing Unicode and TCVN3', () => {
    const unicode = 'Kính gửi: Ban Thường vụ Tỉnh ủy, Tô Lâm';
    const legacy = ansi(encodeVn3('Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, kiểm tra, đôn đốc.'));
    const result = fixLegacyVietnamese(`${unicode}\n\n${legacy}`);
    expect(result.encoding).toBe('tcvn3');
    expect(result.text).toBe(`${unicode}\n\nBan Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, kiểm tra, đôn đốc.`);
  });

  it('property: any sequence of seed words in Unicode is left unchanged', () => {
    const words = [...new Set(seedText(QUANG_NGAI).split(/\s+/).filter((w) => w !== ''))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), fc.constantFrom(' ', '\n', '\n\n'),
      (ws, sep) => {
        const text = ws.join(sep);
        expect(fixLegacyVietnamese(text).changed).toBe(false);
      }));
  });

  it('property: seed sentences typed in VNI or lower-case TCVN3 convert back exactly', () => {
    const words = [...new Set(seedText(LANG_SON).split(/\s+/).filter((w) => /\p{L}/u.test(w)))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 8, maxLength: 40 }), (ws) => {
      const text = ws.join(' ');
      expect(fixLegacyVietnamese(ansi(encodeVni(text))).text).toBe(text);
      const lower = text.toLowerCase();
      expect(fixLegacyVietnamese(ansi(encodeVn3(lower))).text).toBe(lower);
    }));
  });
});
