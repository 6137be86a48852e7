import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { FileChild, IParagraphOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { blockText, seedBlocks } from '../../scripts/fixtures/seed-blocks.ts';
import { QUANG_NGAI, fixture, seedText } from '../../test/fixtures/fixtures.ts';
import { errorOf } from '../../test/support/input-error.ts';
import { docxHtmlToText } from './docx-html.ts';
import { readDocx } from './read-docx.ts';
import { parseDocuments } from '../core/parse-document.ts';

async function docxOf(children: FileChild[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: { config: [
      { reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
      { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] },
    ] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const p = (text: string, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph => new Paragraph({ children: [new TextRun(text)], ...extra });

describe('readDocx on the Quảng Ngãi fixture', () => {
  it('yields every paragraph of the seed, whole, in order, with recipients as "- " lines', async () => {
    const text = await readDocx(fixture('quang-ngai.docx'), 'quang-ngai.docx');
    expect(text.split('\n\n')).toEqual(seedBlocks(seedText(QUANG_NGAI)).map(blockText));
    expect(text).toContain('\n\n3. Người đứng đầu cấp ủy, chính quyền các cấp nghiêm túc thực hiện Quyết định số 1575-QĐ/TU ngày 10/6/2019');
    expect(text).toContain('Nơi nhận:\n\n- Như trên,\n- Ban Dân vận Trung ương (Hà Nội + T26) (b/c),\n');
  });

  it('accepts an ArrayBuffer as well as a Uint8Array viewing part of a larger buffer', async () => {
    const bytes = fixture('quang-ngai.docx');
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 5);
    const view = padded.subarray(5, 5 + bytes.length);
    const fromView = await readDocx(view, 'q.docx');
    expect(await readDocx(bytes.slice().buffer, 'q.docx')).toBe(fromView);
    expect(fromView).toContain('Đinh Thị Hồng Minh');
  });
});

describe('readDocx structure', () => {
  it('renders header tables cell by cell, headings, numbered and bulleted lists, line breaks', async () => {
    const bytes = await docxOf([
      new Table({ rows: [new TableRow({ children: [
        new TableCell({ children: [p('TỈNH ỦY QUẢNG NGÃI'), p('*'), p('Số 1698-CV/TU')] }),
        new TableCell({ children: [p('ĐẢNG CỘNG SẢN VIỆT NAM'), p('Quảng Ngãi, ngày 17 tháng 7 năm 2023')] }),
      ] })] }),
      p('CÔNG VĂN', { heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun('Kính gửi: - Các cơ quan,'), new TextRun({ text: '- Các ban cán sự đảng,', break: 1 })] }),
      p('Tiếp tục quán triệt & tuyên truyền <Kết luận>.', { numbering: { reference: 'num', level: 0 } }),
      p('Quán triệt Luật thực hiện dân chủ ở cơ sở.', { numbering: { reference: 'num', level: 0 } }),
      p('Nơi nhận:'),
      p('Như trên,', { numbering: { reference: 'dash', level: 0 } }),
      p('Lưu Văn phòng Tỉnh ủy.', { numbering: { reference: 'dash', level: 0 } }),
    ]);
    expect(await readDocx(bytes, 't.docx')).toBe([
      'TỈNH ỦY QUẢNG NGÃI', '*', 'Số 1698-CV/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Ngãi, ngày 17 tháng 7 năm 2023', 'CÔNG VĂN',
      'Kính gửi: - Các cơ quan,\n- Các ban cán sự đảng,',
      '1. Tiếp tục quán triệt & tuyên truyền <Kết luận>.\n2. Quán triệt Luật thực hiện dân chủ ở cơ sở.',
      'Nơi nhận:', '- Như trên,\n- Lưu Văn phòng Tỉnh ủy.',
    ].join('\n\n'));
  });

  it('writes a task table as markdown rows that the parser reads as content with its columns', async () => {
    const cell = (...lines: string[]) => new TableCell({ children: lines.map((l) => p(l)) });
    const rows = [['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành'], ['1', 'Rà soát văn bản quy phạm pháp luật.', 'Sở Tư pháp', 'Tháng 12/2025'],
      ['2', 'Kiện toàn Ban Chỉ đạo|bảo vệ bí mật nhà nước.', 'Công an tỉnh', 'Quý I/2026'], ['3', 'Tập huấn cán bộ.', 'Sở Nội vụ', 'Năm 2026']];
    const bytes = await docxOf([p('KẾ HOẠCH'), p('Thực hiện Chỉ thị số 32/CT-TTg, UBND tỉnh giao nhiệm vụ như sau:'),
      new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c, i) => (i === 1 && c.includes('|') ? cell(...c.split('|')) : cell(c))) })) })]);
    const text = await readDocx(bytes, 'kh.docx');
    expect(text).toContain('| TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n| 1 | Rà soát văn bản quy phạm pháp luật. | Sở Tư pháp | Tháng 12/2025 |');
    expect(text).toContain('| 2 | Kiện toàn Ban Chỉ đạo<br>bảo vệ bí mật nhà nước. | Công an tỉnh | Quý I/2026 |');
    const doc = parseDocuments('kh.docx', text)[0]!;
    const tasks = doc.blocks.filter((b) => b.row);
    expect(tasks.map((b) => b.text)).toEqual(['Rà soát văn bản quy phạm pháp luật.', 'Kiện toàn Ban Chỉ đạo bảo vệ bí mật nhà nước.', 'Tập huấn cán bộ.']);
    expect(tasks[1]!.row!.cells.map((c) => [c.role, c.text])).toEqual([['index', '2'], ['lead', 'Công an tỉnh'], ['deadline', 'Quý I/2026']]);
  });

  it('drops footnote back-links and decodes entities', () => {
    const html = '<p>Kết luận<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> &amp; Quyết định&#160;99</p>'
      + '<ol><li id="footnote-1"><p>Ngày 09/5/2023 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(docxHtmlToText(html)).toBe('Kết luận[1] & Quyết định\u00a099\n\n1. Ngày 09/5/2023');
  });
});

describe('readDocx refusals', () => {
  it('CORRUPT_DOCX for a truncated file and for bytes that are not a zip', async () => {
    expect((await errorOf(readDocx(fixture('corrupt.docx'), 'corrupt.docx'))).code).toBe('CORRUPT_DOCX');
    await expect(readDocx(fixture('corrupt.docx'), 'corrupt.docx')).rejects.toThrow(/^corrupt\.docx is not a readable Word \(\.docx\) file: /);
    expect((await errorOf(readDocx(new TextEncoder().encode('not a zip'), 'x.docx'))).code).toBe('CORRUPT_DOCX');
  });

  it('WHITESPACE_ONLY for an empty document, NO_TEXT_LAYER for a scan pasted into Word', async () => {
    expect((await errorOf(readDocx(await docxOf([p('   ')]), 'blank.docx'))).code).toBe('WHITESPACE_ONLY');
    const image = new ImageRun({ type: 'png', data: fixture('png-renamed.txt'), transformation: { width: 100, height: 100 } });
    expect((await errorOf(readDocx(await docxOf([new Paragraph({ children: [image] })]), 'scan.docx'))).code).toBe('NO_TEXT_LAYER');
  });
});
