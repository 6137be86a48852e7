import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it, vi } from 'vitest';
import { encodeVn3 } from '../../scripts/fixtures/legacy-encode.ts';
import { LANG_SON, fixture, seedText } from '../../test/fixtures/fixtures.ts';
import { errorOf } from '../../test/support/input-error.ts';
import { decodeSbcs } from './sbcs.ts';
import { loadPdfjsNode } from './pdfjs-node.ts';
import { readFile } from './read-file.ts';
import type { ReadDeps } from './read-file.ts';

const deps: ReadDeps = { loadPdf: loadPdfjsNode };
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

describe('readFile dispatch', () => {
  it('reads text files through decodeBytes', async () => {
    expect(await readFile('lang-son.vni.txt', fixture('lang-son.vni.txt'), deps)).toEqual({
      name: 'lang-son.vni.txt', text: seedText(LANG_SON), encoding: 'vni', converted: 'VNI → Unicode', format: 'text',
    });
    const md = await readFile('ghi-chu.md', new TextEncoder().encode('# Kết luận\n\n- Tỉnh ủy'), deps);
    expect(md).toMatchObject({ text: '# Kết luận\n\n- Tỉnh ủy', encoding: 'utf-8', converted: null, format: 'text' });
  });

  it('reads .docx and .pdf, loading pdfjs only for PDFs', async () => {
    const loadPdf = vi.fn(loadPdfjsNode);
    const docx = await readFile('quang-ngai.docx', fixture('quang-ngai.docx'), { loadPdf });
    expect(docx).toMatchObject({ format: 'docx', encoding: 'unicode', converted: null });
    expect(loadPdf).not.toHaveBeenCalled();
    const pdf = await readFile('quang-ngai.pdf', fixture('quang-ngai.pdf'), { loadPdf });
    expect(pdf).toMatchObject({ format: 'pdf', encoding: 'unicode', converted: null });
    expect(loadPdf).toHaveBeenCalledTimes(1);
    for (const r of [docx, pdf]) expect(r.text).toContain('Người đứng đầu cấp ủy, chính quyền các cấp nghiêm túc thực hiện Quyết định số 1575-QĐ/TU');
  });

  it('dispatches on content, not name: a .docx named .txt is read as Word', async () => {
    expect((await readFile('cong-van.txt', fixture('quang-ngai.docx'), deps)).format).toBe('docx');
    expect((await readFile('cong-van', fixture('quang-ngai.pdf'), deps)).format).toBe('pdf');
  });

  it('converts a .docx typed in TCVN3 (.VnTime) to Unicode', async () => {
    const typed = decodeSbcs(encodeVn3('Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ sau:'), 'windows1252');
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: typed, font: '.VnTime' })] })] }] });
    const result = await readFile('vntime.docx', new Uint8Array(await Packer.toBuffer(doc)), deps);
    expect(result).toMatchObject({
      text: 'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ sau:',
      encoding: 'tcvn3', converted: 'TCVN3 → Unicode', format: 'docx',
    });
  });
});

describe('readFile refusals', () => {
  it.each([
    ['empty.txt', 'EMPTY_FILE'],
    ['whitespace.txt', 'WHITESPACE_ONLY'],
    ['png-renamed.txt', 'BINARY_FILE'],
    ['web-page.html', 'HTML_PAGE'],
    ['corrupt.docx', 'CORRUPT_DOCX'],
    ['scanned.pdf', 'NO_TEXT_LAYER'],
  ])('%s → %s', async (file, code) => {
    const e = await errorOf(readFile(file, fixture(file), deps));
    expect(e.code).toBe(code);
    expect(e.source).toBe(file);
    expect(e.message).toContain(file);
  });

  it('UNSUPPORTED_FORMAT for old .doc (even renamed .docx), RTF and other Office files, asking for .docx', async () => {
    for (const [name, bytes] of [['bao-cao.doc', OLE], ['bao-cao.docx', OLE], ['x.rtf', new TextEncoder().encode('{\\rtf1\\ansi Kết luận}')]] as const) {
      const e = await errorOf(readFile(name, bytes, deps));
      expect(e.code).toBe('UNSUPPORTED_FORMAT');
      expect(e.message).toContain('save it as .docx');
    }
    expect((await errorOf(readFile('bao-cao.doc', OLE, deps))).message).toBe('bao-cao.doc is an old Word .doc file; open it in Word and save it as .docx');
    const zip = fixture('quang-ngai.docx');
    expect((await errorOf(readFile('bang.xlsx', zip, deps))).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('BINARY_FILE for an image whatever its name, CORRUPT_* for a .pdf/.docx that is plain text', async () => {
    expect((await errorOf(readFile('anh.docx', fixture('png-renamed.txt'), deps))).code).toBe('BINARY_FILE');
    expect((await errorOf(readFile('anh.pdf', fixture('png-renamed.txt'), deps))).code).toBe('BINARY_FILE');
    expect((await errorOf(readFile('x.pdf', new TextEncoder().encode('Kết luận'), deps))).code).toBe('CORRUPT_PDF');
    expect((await errorOf(readFile('x.docx', new TextEncoder().encode('Kết luận'), deps))).code).toBe('CORRUPT_DOCX');
  });

  it('BINARY_FILE for a zip that holds no Word document', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('photos/a.jpg'), 0, 0, 0]);
    expect((await errorOf(readFile('anh.txt', zip, deps))).code).toBe('BINARY_FILE');
  });
});
