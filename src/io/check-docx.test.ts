// .docx limits measured on the zip directory before mammoth inflates anything; every hostile
// archive is built here (test/support/zip-writer.ts), none is committed.
import { describe, expect, it } from 'vitest';
import { docxEntries, wordParagraph, zipBytes, type ZipEntry } from '../../test/support/zip-writer.ts';
import { errorOf } from '../../test/support/input-error.ts';
import { checkDocx } from './check-docx.ts';
import { MAX_DOCX_PARTS } from './limits.ts';
import { readDocx } from './read-docx.ts';
import { readZipDirectory } from './zip-directory.ts';

const MB = 1024 * 1024;
const LEAD_IN = wordParagraph('Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nhiệm vụ sau:');

describe('readZipDirectory', () => {
  it('lists the entries of an archive with their declared sizes', async () => {
    const zip = await zipBytes([{ name: 'a.xml', data: '<a/>' }, { name: 'word/media/b.png', data: 'x'.repeat(1000) }]);
    const dir = readZipDirectory(zip, 10);
    expect(dir).toEqual({ entries: [
      expect.objectContaining({ name: 'a.xml', method: 8, size: 4 }),
      expect.objectContaining({ name: 'word/media/b.png', method: 8, size: 1000 }),
    ] });
  });

  it('refuses an archive with data prepended or cut short (JSZip would read other entries than the ones measured)', async () => {
    const zip = await zipBytes(docxEntries(LEAD_IN));
    const prepended = new Uint8Array(zip.length + 7);
    prepended.set(zip, 7);
    expect(readZipDirectory(prepended, 10)).toEqual({ problem: 'damaged' });
    expect(readZipDirectory(zip.subarray(0, zip.length - 30), 10)).toEqual({ problem: 'no-directory' });
  });
});

describe('checkDocx', () => {
  it('lets an ordinary Word document through, and readDocx reads it', async () => {
    const zip = await zipBytes(docxEntries(LEAD_IN));
    await expect(checkDocx(zip, 'ok.docx')).resolves.toBeUndefined();
    expect(await readDocx(zip, 'ok.docx')).toBe('Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nhiệm vụ sau:');
  });

  it('INFLATES_TOO_LARGE for a 60 MB bomb of <w:p>, from the directory, naming the file and the limit', async () => {
    const bomb = await zipBytes(docxEntries({ head: LEAD_IN, chunk: '<w:p/>'.repeat(1000), times: 10_000 }));
    expect(bomb.length).toBeLessThan(200_000);
    const e = await errorOf(readDocx(bomb, 'bom.docx'));
    expect(e.code).toBe('INFLATES_TOO_LARGE');
    expect(e.message).toBe('bom.docx inflates to 57.2 MB of XML; Word documents over 20 MB of XML inflated are refused');
    expect(e.detail).toBe('57.2 MB');
  });

  it('INFLATES_TOO_LARGE for images over 100 MB in all', async () => {
    const images: ZipEntry[] = [1, 2, 3].map((n) => ({ name: `word/media/image${n}.png`, data: { chunk: 'x'.repeat(MB), times: 40 } }));
    const e = await errorOf(checkDocx(await zipBytes([...docxEntries(LEAD_IN), ...images]), 'anh.docx'));
    expect(e.code).toBe('INFLATES_TOO_LARGE');
    expect(e.message).toMatch(/^anh\.docx inflates to 120\.0 MB; Word documents over 100 MB inflated are refused$/u);
  });

  it('TOO_MANY_PARTS over the limit, told by the directory record', async () => {
    // The three parts of a minimal document and MAX_DOCX_PARTS - 2 more: one too many.
    const parts: ZipEntry[] = Array.from({ length: MAX_DOCX_PARTS - 2 }, (_, i) => ({ name: `word/p${i}.xml`, data: '<a/>' }));
    const e = await errorOf(checkDocx(await zipBytes([...docxEntries(LEAD_IN), ...parts]), 'nhieu.docx'));
    expect(e.code).toBe('TOO_MANY_PARTS');
    expect(e.message).toBe(`nhieu.docx holds ${MAX_DOCX_PARTS + 1} zip parts; Word documents of more than ${MAX_DOCX_PARTS} parts are refused`);
  });

  it('CORRUPT_DOCX when a part inflates to more than its directory declares (the lie is caught while streaming)', async () => {
    const entries = docxEntries({ head: LEAD_IN, chunk: '<w:p/>'.repeat(1000), times: 10_000 });
    const lying = entries.map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 1000 } : e));
    const e = await errorOf(readDocx(await zipBytes(lying), 'doi.docx'));
    expect(e.code).toBe('CORRUPT_DOCX');
    expect(e.message).toBe('doi.docx is not a readable Word (.docx) file: the part word/document.xml inflates to more than the 1000 bytes its zip directory declares');
  });

  it('counts XML hidden under an image name once it inflates to XML', async () => {
    const hidden: ZipEntry = { name: 'word/media/image1.png', data: { head: '<?xml version="1.0"?><w:body>', chunk: '<w:p/>'.repeat(1000), times: 4000 } };
    const e = await errorOf(checkDocx(await zipBytes([...docxEntries(LEAD_IN), hidden]), 'an.docx'));
    expect(e.code).toBe('INFLATES_TOO_LARGE');
    expect(e.message).toMatch(/of XML/u);
  });
});
