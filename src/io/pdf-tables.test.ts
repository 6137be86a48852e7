import { describe, expect, it } from 'vitest';
import { linesToText, pageLines } from './pdf-layout.ts';
import type { PdfTextItem } from './pdf-layout.ts';
import { parseDocuments } from '../core/parse-document.ts';

/** A text item at (x, y) in a 12 pt font, 6 pt per char. */
const item = (str: string, x: number, y: number): PdfTextItem => ({ str, transform: [12, 0, 0, 12, x, y], width: str.length * 6, height: 12 });
/** A visual row: each cell's text at its column's x. */
const row = (y: number, cells: readonly (readonly [number, string])[]): PdfTextItem[] => cells.map(([x, t]) => item(t, x, y));

// CV 174's appendix as a PDF prints it: TT | Tỉnh kiến nghị | Thông tin đề xuất | Bộ phụ trách,
// rows opened by their number, the proposal wrapped over several lines of its column.
// Columns far enough apart for the text layer to split cells (pdf-layout.ts: 3 font sizes).
const COLS = [40, 100, 250, 620] as const;
const appendix = [
  ...row(700, [[COLS[0], 'TT'], [COLS[1], 'Tỉnh kiến nghị'], [COLS[2], 'Thông tin đề xuất'], [COLS[3], 'Bộ phụ trách']]),
  ...row(684, [[COLS[0], '1'], [COLS[1], 'Lào Cai'], [COLS[2], 'Đề nghị hỗ trợ kinh phí cải tạo trụ sở'], [COLS[3], 'Bộ Tài chính']]),
  ...row(670, [[COLS[2], 'làm việc các cơ quan cấp xã.']]),
  ...row(654, [[COLS[0], '2'], [COLS[1], 'Hà Tĩnh, Nghệ An,'], [COLS[2], 'Đề nghị điều chỉnh Nghị định số 150/2025/NĐ-CP'], [COLS[3], 'Bộ Nội vụ']]),
  ...row(640, [[COLS[1], 'Hà Nội'], [COLS[2], 'theo hướng tăng số phòng chuyên môn cấp xã.']]),
  ...row(624, [[COLS[0], '3'], [COLS[1], 'Quảng Ninh'], [COLS[2], 'Đề nghị sớm ban hành hướng dẫn.'], [COLS[3], 'Bộ Y tế']]),
];

describe('task tables in a PDF text layer', () => {
  it('writes rows opened in the first column, with wrapped cells continued, as markdown rows', () => {
    expect(linesToText([pageLines(appendix)])).toBe([
      '| TT | Tỉnh kiến nghị | Thông tin đề xuất | Bộ phụ trách |',
      '| 1 | Lào Cai | Đề nghị hỗ trợ kinh phí cải tạo trụ sở làm việc các cơ quan cấp xã. | Bộ Tài chính |',
      '| 2 | Hà Tĩnh, Nghệ An, Hà Nội | Đề nghị điều chỉnh Nghị định số 150/2025/NĐ-CP theo hướng tăng số phòng chuyên môn cấp xã. | Bộ Nội vụ |',
      '| 3 | Quảng Ninh | Đề nghị sớm ban hành hướng dẫn. | Bộ Y tế |',
    ].join('\n'));
  });
  it('keeps the paragraphs around the table and leaves a two-column header to the paragraph rules', () => {
    const header = [...row(760, [[40, 'ỦY BAN NHÂN DÂN'], [300, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]), ...row(746, [[40, 'TỈNH NGHỆ AN'], [300, 'Độc lập - Tự do - Hạnh phúc']]), ...row(730, [[40, 'Số: 12/KH-UBND'], [300, 'Nghệ An, ngày 26 tháng 11 năm 2025']])];
    const text = linesToText([pageLines([...header, item('PHỤ LỤC', 40, 716), ...appendix])]);
    expect(text.split('\n\n').slice(0, 6)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH NGHỆ AN', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND', 'Nghệ An, ngày 26 tháng 11 năm 2025']);
    expect(text).toContain('PHỤ LỤC\n\n| TT | Tỉnh kiến nghị |');
  });
  it('reaches the parser as a table whose rows are content, with their columns', () => {
    const text = `KẾ HOẠCH\n\nThực hiện Kết luận số 1-KL/TW, UBND tỉnh yêu cầu các sở thực hiện các nội dung sau:\n\n1. Rà soát văn bản.\n\n${linesToText([pageLines(appendix)])}`;
    const doc = parseDocuments('x.pdf', text)[0]!;
    const rows = doc.blocks.filter((b) => b.row);
    expect(rows.map((b) => b.row!.index)).toEqual(['1', '2', '3']);
    expect(rows[1]!.text).toMatch(/^Đề nghị điều chỉnh Nghị định số 150\/2025\/NĐ-CP theo hướng/u);
    expect(rows[1]!.row!.cells.map((c) => [c.role, c.text])).toEqual([['index', '2'], ['source', 'Hà Tĩnh, Nghệ An, Hà Nội'], ['lead', 'Bộ Nội vụ']]);
  });
});
