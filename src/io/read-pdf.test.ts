import { describe, expect, it } from 'vitest';
import { blockText, seedBlocks } from '../../scripts/fixtures/seed-blocks.ts';
import { QUANG_NGAI, fixture, seedText } from '../../test/fixtures/fixtures.ts';
import { InputError } from '../core/errors.ts';
import { loadPdfjsNode } from './pdfjs-node.ts';
import { readPdf } from './read-pdf.ts';
import type { GetDocument } from './read-pdf.ts';

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const getDocument = await loadPdfjsNode();

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e: unknown = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(InputError);
  return (e as InputError).code;
}

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
    expect(await codeOf(readPdf(fixture('scanned.pdf'), 'scanned.pdf', getDocument))).toBe('NO_TEXT_LAYER');
    await expect(readPdf(fixture('scanned.pdf'), 'scanned.pdf', getDocument)).rejects.toThrow('scanned.pdf: this PDF has no text; it needs OCR');
  });

  it('CORRUPT_PDF for garbage after a PDF header and for a truncated file', async () => {
    expect(await codeOf(readPdf(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf'), 'bad.pdf', getDocument))).toBe('CORRUPT_PDF');
    const pdf = fixture('quang-ngai.pdf');
    const truncated = pdf.subarray(0, Math.floor(pdf.length * 0.6)); // an interrupted download
    expect(await codeOf(readPdf(truncated, 'cut.pdf', getDocument))).toBe('CORRUPT_PDF');
    await expect(readPdf(truncated, 'cut.pdf', getDocument)).rejects.toThrow('cut.pdf is not a readable PDF file: Invalid PDF structure.');
  });

  it('UNREADABLE for a password-protected PDF', async () => {
    const locked: GetDocument = () => ({
      promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })),
      destroy: async () => {},
    });
    expect(await codeOf(readPdf(fixture('quang-ngai.pdf'), 'locked.pdf', locked))).toBe('UNREADABLE');
  });
});
