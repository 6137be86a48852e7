import { describe, expect, it } from 'vitest';
import { linesToText, pageLines } from './pdf-layout.ts';
import type { PdfTextItem } from './pdf-layout.ts';

/** A text item at (x, y) in a 12 pt font, 6 pt per char. */
const item = (str: string, x: number, y: number): PdfTextItem => ({ str, transform: [12, 0, 0, 12, x, y], width: str.length * 6, height: 12 });
/** A line of text starting at x, split the way Chromium splits Vietnamese (one item per word). */
const line = (text: string, y: number, x = 50): PdfTextItem[] => {
  let at = x;
  return text.split(' ').map((w) => { const it = item(w, at, y); at += w.length * 6 + 3; return it; });
};

describe('pageLines', () => {
  it('joins items on one baseline, inserting spaces only at real gaps', () => {
    // "Tỉnh" printed as "T" + "ỉ" + "nh" from two fonts, touching: no spaces inside the word.
    const items = [item('T', 50, 700), item('ỉ', 56, 700), item('nh', 62, 700), item('ủy', 80, 700.5)];
    expect(pageLines(items).map((l) => l.text)).toEqual(['Tỉnh ủy']);
  });

  it('orders lines top to bottom whatever the stream order, and splits far-apart cells', () => {
    const items = [item('Số 1698-CV/TU', 50, 680), item('TỈNH ỦY QUẢNG NGÃI', 50, 700), item('ĐẢNG CỘNG SẢN VIỆT NAM', 300, 700)];
    expect(pageLines(items).map((l) => l.text)).toEqual(['TỈNH ỦY QUẢNG NGÃI', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 1698-CV/TU']);
  });

  it('drops a page number on the first or last line', () => {
    const items = [item('2', 300, 800), ...line('Nội dung trang hai.', 700), item('- 3 -', 300, 40)];
    expect(pageLines(items).map((l) => l.text)).toEqual(['Nội dung trang hai.']);
  });
});

describe('linesToText', () => {
  const FULL = 'Tiếp tục quán triệt tuyên truyền phổ biến sâu rộng tạo chuyển biến mạnh mẽ trong nhận thức'; // reaches the right margin
  it('joins wrapped lines with a space and splits paragraphs at larger gaps', () => {
    const page = pageLines([...line(FULL, 700), ...line('và hành động.', 686), ...line('Ngày 09/5/2023 Ban Bí thư', 660)]);
    expect(linesToText([page])).toBe(`${FULL} và hành động.\n\nNgày 09/5/2023 Ban Bí thư`);
  });

  it('splits after a short line when the next starts a sentence, a number or a list item', () => {
    const page = pageLines([...line(FULL, 700), ...line('kết thúc.', 686), ...line('2. Quán triệt', 672), ...line('Nơi nhận:', 658),
      ...line('- Như trên,', 644), ...line('- Lưu VP.', 630)]);
    expect(linesToText([page])).toBe(`${FULL} kết thúc.\n\n2. Quán triệt\n\nNơi nhận:\n- Như trên,\n- Lưu VP.`);
  });

  it('continues a paragraph across a page break after a full line, not after a short one', () => {
    const p1 = pageLines(line(FULL, 100));
    const p2 = pageLines([...line('cả hệ thống chính trị.', 800), ...line('Tăng cường kiểm tra.', 786)]);
    expect(linesToText([p1, p2])).toBe(`${FULL} cả hệ thống chính trị.\n\nTăng cường kiểm tra.`);
    const p3 = pageLines([...line(FULL, 114), ...line('cuối trang.', 100)]);
    expect(linesToText([p3, pageLines(line('Đầu trang mới.', 800))])).toBe(`${FULL} cuối trang.\n\nĐầu trang mới.`);
  });

  it('glues a line ending in a hyphen attached to a word ("99-" + "QĐ/TW"), keeps " - " spaced', () => {
    const page = pageLines([...line('theo Quyết định số 99-', 700, 50), ...line('QĐ/TW và các tổ chức chính trị -', 686), ...line('xã hội.', 672)]);
    expect(linesToText([page])).toBe('theo Quyết định số 99-QĐ/TW và các tổ chức chính trị - xã hội.');
  });

  it('returns an empty string for no lines', () => {
    expect(linesToText([[], []])).toBe('');
  });
});
