import { describe, expect, it } from 'vitest';
import { blockText, seedBlocks } from '../../scripts/fixtures/seed-blocks.ts';
import { QUANG_NGAI, fixture, seedText } from '../../test/fixtures/fixtures.ts';
import type { InputError } from '../core/errors.ts';
import { errorOf } from '../../test/support/input-error.ts';
import { MAX_DOCUMENT_CHARS, MAX_PDF_PAGES } from './limits.ts';
import { loadPdfjsNode } from './pdfjs-node.ts';
import { readPdf } from './read-pdf.ts';
import type { GetDocument } from './read-pdf.ts';

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const getDocument = await loadPdfjsNode();

describe('readPdf on the Quảng Ngãi fixture (printed by Chromium, 3 pages)', () => {
  it('keeps task sentences whole, across line and page breaks', async () => {
    const text = await readPdf(fixture('quang-ngai.pdf'), 'quang-ngai.pdf', getDocument);
    expect(text).toContain('\n\n3. Người đứng đầu cấp ủy, chính quyền các cấp nghiêm túc thực hiện Quyết định số 1575-QĐ/TU ngày 10/6/2019 của Ban Thường vụ Tỉnh ủy');
    // Chromium wrapped "99-QĐ/TW" after its hyphen; no space may be inserted there.
    expect(text).toContain('Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư về tiếp tục phát huy');
    expect(text).not.toMatch(/\d- QĐ/);
  });

  it('yields the seed paragraph by paragraph (line breaks inside a paragraph become spaces)', async () => {
    const paragraphs = (await readPdf(fixture('quang-ngai.pdf'), 'quang-ngai.pdf', getDocument)).split('\n\n');
    const expected = seedBlocks(seedText(QUANG_NGAI)).map(blockText).flatMap((b) =>
      // The centred signature lines are two short lines starting with capitals: geometry cannot
      // tell them from two paragraphs, so they come out as two.
      b === 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ' ? ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'] : [b]);
    expect(paragraphs.map(collapse)).toEqual(expected.map(collapse));
    // List items keep their own lines.
    expect(paragraphs).toContain('- Như trên,\n- Ban Dân vận Trung ương (Hà Nội + T26) (b/c),\n- Các đồng chí Ủy viên BTV Tỉnh ủy,\n- VPTU: CVP, PCVP; Phòng Tổng hợp,\n- Phòng DVCQ và ĐT, Ban Dân vận Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.');
  });

  it('does not detach the caller\'s bytes', async () => {
    const bytes = fixture('quang-ngai.pdf');
    await readPdf(bytes, 'q.pdf', getDocument);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(bytes[0]).toBe(0x25); // "%"
  });
});

describe('readPdf refusals', () => {
  it('NO_TEXT_LAYER for a scan (a page that is only an image)', async () => {
    expect((await errorOf(readPdf(fixture('scanned.pdf'), 'scanned.pdf', getDocument))).code).toBe('NO_TEXT_LAYER');
    await expect(readPdf(fixture('scanned.pdf'), 'scanned.pdf', getDocument)).rejects.toThrow('scanned.pdf: this PDF has no text; it needs OCR');
  });

  it('CORRUPT_PDF for garbage after a PDF header and for a truncated file', async () => {
    expect((await errorOf(readPdf(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf'), 'bad.pdf', getDocument))).code).toBe('CORRUPT_PDF');
    const pdf = fixture('quang-ngai.pdf');
    const truncated = pdf.subarray(0, Math.floor(pdf.length * 0.6)); // an interrupted download
    expect((await errorOf(readPdf(truncated, 'cut.pdf', getDocument))).code).toBe('CORRUPT_PDF');
    await expect(readPdf(truncated, 'cut.pdf', getDocument)).rejects.toThrow('cut.pdf is not a readable PDF file: Invalid PDF structure.');
  });

  it('CORRUPT_PDF, not NO_TEXT_LAYER, for a PDF with bytes flipped', async () => {
    // Flipping 0.2% of the bytes (seeded): pdf.js recovers what it can and often returns no text,
    // which read as a scan that "needs OCR" (3 of these 8 files did).
    const pdf = fixture('quang-ngai.pdf');
    let state = 42;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const codes: string[] = [];
    for (let k = 0; k < 8; k++) {
      const flipped = pdf.slice();
      for (let i = 0; i < pdf.length * 0.002; i++) {
        const at = 16 + Math.floor(random() * (pdf.length - 16));
        flipped[at] = flipped[at]! ^ (1 + Math.floor(random() * 255));
      }
      codes.push(await readPdf(flipped, 'hong.pdf', getDocument).then(() => 'read', (e: unknown) => (e as InputError).code));
    }
    expect(codes).toContain('CORRUPT_PDF');
    expect(codes).not.toContain('NO_TEXT_LAYER');
  });

  it('TOO_MANY_PAGES before any page is read, TOO_MANY_CHARACTERS at the page that crosses the limit', async () => {
    const pagesRead: number[] = [];
    const fake = (numPages: number, str: string): GetDocument => () => ({
      promise: Promise.resolve({
        numPages,
        getPage: (n: number) => {
          pagesRead.push(n);
          return Promise.resolve({ getTextContent: () => Promise.resolve({ items: [{ str, transform: [12, 0, 0, 12, 72, 700], width: 100, height: 12, hasEOL: false }] }) });
        },
        destroy: () => Promise.resolve(),
      }),
      destroy: () => Promise.resolve(),
    });
    const many = await readPdf(new Uint8Array(8), 'day.pdf', fake(MAX_PDF_PAGES + 1, 'x')).catch((e: unknown) => e as InputError);
    expect(many).toMatchObject({ code: 'TOO_MANY_PAGES', message: `day.pdf has ${MAX_PDF_PAGES + 1} pages; PDF files of more than ${MAX_PDF_PAGES} pages are refused` });
    expect(pagesRead).toEqual([]);
    const long = await readPdf(new Uint8Array(8), 'dai.pdf', fake(10, 'ạ'.repeat(MAX_DOCUMENT_CHARS / 4))).catch((e: unknown) => e as InputError);
    expect(long).toMatchObject({ code: 'TOO_MANY_CHARACTERS', message: 'dai.pdf holds 25,000,000 characters in 5 of 10 pages; documents of more than 20,000,000 characters are refused' });
    expect(pagesRead).toEqual([1, 2, 3, 4, 5]);
  });

  it('UNREADABLE for a password-protected PDF', async () => {
    const locked: GetDocument = () => ({
      promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })),
      destroy: async () => {},
    });
    expect((await errorOf(readPdf(fixture('quang-ngai.pdf'), 'locked.pdf', locked))).code).toBe('UNREADABLE');
  });
});
