import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LANG_SON, fixture, seedText } from '../../test/fixtures/fixtures.ts';
import { InputError } from '../core/errors.ts';
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
    const start = performance.now();
    expect(codeOf(() => decodeBytes(big, 'big.txt'))).toBe('TOO_LARGE');
    expect(performance.now() - start).toBeLessThan(50);
    expect(() => decodeBytes(big, 'big.txt')).toThrow('big.txt is 20.0 MB');
  });
});
