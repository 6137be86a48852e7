import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { LANG_SON, fixture, seedText } from '../../test/fixtures/fixtures.ts';
import { InputError } from '../core/errors.ts';
import { parseDocuments } from '../core/parse-document.ts';
import { MAX_TEXT_BYTES, decodeBytes, vietnameseScore } from './decode-bytes.ts';

const SEED = seedText(LANG_SON);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).code;
  }
  throw new Error('did not throw');
}

describe('decodeBytes: the Lạng Sơn seed in every encoding it arrives in', () => {
  it.each([
    ['lang-son.vn3-ansi.txt', 'tcvn3', 'TCVN3 → Unicode'], // .VnTime text saved as "ANSI"
    ['lang-son.vn3-utf8.txt', 'utf-8', 'TCVN3 → Unicode'], // .VnTime text saved as UTF-8
    ['lang-son.vni.txt', 'vni', 'VNI → Unicode'],
    ['lang-son.cp1258.txt', 'windows-1258', 'Windows-1258 → Unicode'],
    ['lang-son.utf16le.txt', 'utf-16le', null],
  ])('%s decodes to exactly the seed (%s)', (file, encoding, converted) => {
    expect(decodeBytes(fixture(file), file)).toEqual({ text: SEED, encoding, converted });
  });

  it('TCVN 5712 bytes from iconv-lite decode to the seed, curly quotes excepted', () => {
    // The TCVN table has no “ ”: the fixture was written with straight quotes (27 pairs in the seed).
    const result = decodeBytes(fixture('lang-son.tcvn.txt'), 'lang-son.tcvn.txt');
    expect(result).toEqual({ text: SEED.replace(/[“”]/g, '"'), encoding: 'tcvn3', converted: 'TCVN3 → Unicode' });
    expect(result.text).toContain('TỈNH ỦY LẠNG SƠN'); // capitals at 0x80–0x9F survive
  });

  it('chooses the encoding on a sample of a long file and decodes all of it', () => {
    const one = fixture('lang-son.vn3-ansi.txt');
    const many = new Uint8Array(one.length * 30); // ~325 KB: beyond the 256 KB sample
    for (let i = 0; i < 30; i++) many.set(one, i * one.length);
    expect(decodeBytes(many, 'long.txt')).toEqual({ text: SEED.repeat(30), encoding: 'tcvn3', converted: 'TCVN3 → Unicode' });
  });

  it('reads UTF-8 with and without BOM, and UTF-16 BE / without BOM', () => {
    const text = 'Tỉnh ủy Lạng Sơn\nKính gửi: các huyện ủy, thành ủy';
    expect(decodeBytes(utf8(text), 'a.txt')).toEqual({ text, encoding: 'utf-8', converted: null });
    expect(decodeBytes(utf8('\ufeff' + text), 'a.txt').text).toBe(text);
    expect(decodeBytes(new Uint8Array(iconv.encode(text, 'utf16be', { addBOM: true })), 'a.txt')).toEqual({ text, encoding: 'utf-16be', converted: null });
    expect(decodeBytes(new Uint8Array(iconv.encode(text, 'utf16le')), 'a.txt')).toEqual({ text, encoding: 'utf-16le', converted: null });
    expect(decodeBytes(new Uint8Array(iconv.encode(text, 'utf16be')), 'a.txt')).toEqual({ text, encoding: 'utf-16be', converted: null });
  });

  it('recomposes text typed with combining tone marks', () => {
    const result = decodeBytes(utf8('Tỉnh ủy Lạng Sơn'.normalize('NFD')), 'a.txt');
    expect(result).toEqual({ text: 'Tỉnh ủy Lạng Sơn', encoding: 'utf-8', converted: 'combining marks → precomposed (NFC)' });
  });

  it('keeps non-Vietnamese Windows-1252 text readable', () => {
    const result = decodeBytes(new Uint8Array(iconv.encode('Café crème — 2023', 'windows1252')), 'a.txt');
    expect(result.text).toBe('Café crème — 2023');
  });

  it('re-exports vietnameseScore', () => {
    expect(vietnameseScore(SEED)).toBeGreaterThan(0.85);
  });
});

describe('decodeBytes: damaged UTF-8 is read as UTF-8, with a warning', () => {
  const seed = utf8(SEED);

  it('the Lạng Sơn seed cut at byte 7001, inside "ề": UTF-8 with one U+FFFD, a warning, its number read', () => {
    const cut = seed.subarray(0, 7001);
    const result = decodeBytes(cut, 'cut.txt');
    expect(result).toEqual({ text: new TextDecoder().decode(cut), encoding: 'utf-8', converted: null, warnings: [{ code: 'INVALID_UTF8', values: { bytes: 1 } }] });
    expect(result.text.endsWith('tuyên truyền, h\ufffd')).toBe(true);
    const [doc] = parseDocuments('cut.txt', result.text);
    expect(doc?.meta).toMatchObject({ number: '1154-CV/TU', issuer: 'Tỉnh ủy Lạng Sơn', date: '2023-06-12' });
  });

  it('one stray byte in the middle, and a character cut to two of its three bytes, are counted byte by byte', () => {
    const [before, after] = [SEED.slice(0, SEED.indexOf('Kính gửi')), SEED.slice(SEED.indexOf('Kính gửi'))];
    const stray = new Uint8Array([...utf8(before), 0xff, ...utf8(after)]);
    expect(decodeBytes(stray, 'a.txt')).toEqual({ text: `${before}\ufffd${after}`, encoding: 'utf-8', converted: null, warnings: [{ code: 'INVALID_UTF8', values: { bytes: 1 } }] });
    // "ề" is E1 BB 81: its first two bytes, then ASCII.
    expect(decodeBytes(Uint8Array.from([...utf8('Tỉnh ủy tuy'), 0xe1, 0xbb, ...utf8('n Lạng Sơn')]), 'a.txt').warnings).toEqual([{ code: 'INVALID_UTF8', values: { bytes: 2 } }]);
  });

  it('keeps a legacy encoding when its evidence is strong: a stray UTF-8 character in a Windows-1258 file', () => {
    const cp1258 = fixture('lang-son.cp1258.txt');
    const mixed = new Uint8Array([...cp1258.subarray(0, 3000), ...utf8('ộ'), ...cp1258.subarray(3000)]);
    const result = decodeBytes(mixed, 'a.txt');
    expect(result.encoding).toBe('windows-1258');
    expect(result.warnings).toBeUndefined();
    expect(result.text).toContain('TỈNH ỦY LẠNG SƠN');
  });
});

describe('decodeBytes: refusals', () => {
  it('EMPTY_FILE, WHITESPACE_ONLY', () => {
    expect(codeOf(() => decodeBytes(fixture('empty.txt'), 'empty.txt'))).toBe('EMPTY_FILE');
    expect(codeOf(() => decodeBytes(fixture('whitespace.txt'), 'whitespace.txt'))).toBe('WHITESPACE_ONLY');
    expect(codeOf(() => decodeBytes(utf8('\ufeff\u200b \n'), 'a.txt'))).toBe('WHITESPACE_ONLY');
  });

  it('BINARY_FILE for a PNG renamed .txt, archives, PDFs and NUL-laden data', () => {
    expect(codeOf(() => decodeBytes(fixture('png-renamed.txt'), 'png-renamed.txt'))).toBe('BINARY_FILE');
    expect(codeOf(() => decodeBytes(fixture('quang-ngai.docx'), 'x.txt'))).toBe('BINARY_FILE');
    expect(codeOf(() => decodeBytes(fixture('quang-ngai.pdf'), 'x.txt'))).toBe('BINARY_FILE');
    expect(codeOf(() => decodeBytes(Uint8Array.from([0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x44, 0x45, 0x00, 0x00, 0x00]), 'x.txt'))).toBe('BINARY_FILE');
    expect(codeOf(() => decodeBytes(Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 32 || 1), 'x.txt'))).toBe('BINARY_FILE');
  });

  it('names the source and the kind of binary in the message', () => {
    expect(() => decodeBytes(fixture('png-renamed.txt'), 'anh.txt')).toThrow('anh.txt is not a text file (it is PNG data)');
  });

  it('HTML_PAGE for a saved web page, whatever its name', () => {
    expect(codeOf(() => decodeBytes(fixture('web-page.html'), 'web-page.html'))).toBe('HTML_PAGE');
    expect(codeOf(() => decodeBytes(utf8('<!-- saved from url -->\n<html><body>Kết luận</body></html>'), 'kl.txt'))).toBe('HTML_PAGE');
    // A document that merely mentions a tag is text.
    expect(decodeBytes(utf8('Trang web <html> của Tỉnh ủy'), 'a.txt').text).toBe('Trang web <html> của Tỉnh ủy');
  });

  it('TOO_LARGE over 20 MB, refused before decoding', () => {
    const big = new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61);
    // Not decoded at all (was: timed under 50 ms, which a loaded machine missed at 52.9 ms).
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    expect(codeOf(() => decodeBytes(big, 'big.txt'))).toBe('TOO_LARGE');
    expect(decode).not.toHaveBeenCalled();
    decode.mockRestore();
    expect(() => decodeBytes(big, 'big.txt')).toThrow('big.txt is 20.0 MB');
  });
});
