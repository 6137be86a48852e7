import { describe, expect, it } from 'vitest';
import { repairText } from './repair-glyphs.ts';

// Sentences of KL 445-KL/TU Thừa Thiên Huế as its PDF text layer gives them.
const PDF = [
  'K ÉT LUẬN',
  'của Ban cán sự đảng ƯBND tỉnh và kết luận:',
  'Nhiều cơng trình, dự án quan trọng được tập trung đẩy nhanh tiến độ, hoàn thành',
  'và hạ tầng thủy lợi, thưong m ại... Công tác chỉnh trang;',
  'nội thị; hồn thành chỉnh trang một số trục đường chính trong thành phố',
  'di tích Kinh thành H u ế..., góp phần thúc đẩy phát triển kinh tế - xã hội.',
  'Tốc độ phát triển đơ thị cịn chậm; hạ tầng kết nối đô thị Huế.',
].join('\n');

describe('repairText', () => {
  it('repairs the PDF glyph damage of 445-KL/TU where one reading alone is Vietnamese', () => {
    const r = repairText(PDF);
    expect(r.text).toBe([
      'KẾT LUẬN',
      'của Ban cán sự đảng UBND tỉnh và kết luận:',
      'Nhiều công trình, dự án quan trọng được tập trung đẩy nhanh tiến độ, hoàn thành',
      'và hạ tầng thủy lợi, thương mại... Công tác chỉnh trang;',
      'nội thị; hoàn thành chỉnh trang một số trục đường chính trong thành phố',
      'di tích Kinh thành Huế..., góp phần thúc đẩy phát triển kinh tế - xã hội.',
      'Tốc độ phát triển đô thị còn chậm; hạ tầng kết nối đô thị Huế.',
    ].join('\n'));
    expect(r.repairs.map((x) => [x.code, x.count])).toEqual([['LETTER_SPACED', 3], ['PDF_GLYPHS', 7]]);
    expect(r.repairs[1]!.examples[0]).toEqual({ from: 'cơng', to: 'công' });
  });

  it('leaves a lone typo alone: one damaged-looking word is no damaged text layer', () => {
    // MTTQ Quảng Ninh guide: "Thưòng trực HĐND tỉnh", "nguời", "đuợc" in 95,000 clean characters.
    const t = 'Thưòng trực HĐND tỉnh; những nguời đuợc giới thiệu ứng cử.';
    expect(repairText(t)).toEqual({ text: t, repairs: [] });
  });

  it('keeps "hồn" and "đơ" where they are words: only the pair makes the repair certain', () => {
    const t = `${PDF}\nTâm hồn, linh hồn; cứng đơ.`;
    expect(repairText(t).text.split('\n').at(-1)).toBe('Tâm hồn, linh hồn; cứng đơ.');
  });

  it('joins the letter-spaced header and recipients of QĐ 3210/QĐ-UBND TP.HCM', () => {
    const t = [
      '| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- |',
      '| Số: 3210/QĐ - UBND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |',
      'Nơi nhận: - T hủ tướ ng C h í nh ph ủ ; - T h ườ ng t r ự c T h à nh ủ y ; - Hội L iên h i ệ p P hụ nữ T P ;',
      'Thành ủy, Chính phủ, Thủ tướng, Hồ Chí Minh.',
    ].join('\n');
    const r = repairText(t).text.split('\n');
    expect(r[0]).toBe('| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ------- |');
    expect(r[1]).toBe('| Số: 3210/QĐ - UBND | Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014 |');
    // "T P" (TP, an abbreviation) is no word and stays as printed.
    expect(r[2]).toBe('Nơi nhận: - Thủ tướng Chính phủ ; - Thường trực Thành ủy ; - Hội Liên hiệp Phụ nữ T P ;');
  });

  it('never joins clean prose: single letters and words that happen to make a syllable', () => {
    const t = 'Theo điểm b khoản 2 và điểm đ khoản 3; khu vực I di tích; do anh ấy; Phụ lục B kèm theo; ông A và bà B.';
    expect(repairText(t)).toEqual({ text: t, repairs: [] });
  });

  it('does not join in a text that lost its accented vowels: "thư k hội nghị" is "thư ký"', () => {
    const t = 'Hội nghị cử chủ tọa v thư k hội nghị. Đại diện Thường trực Hội đồng nhn dn cng cấp trnh by dự kiến cơ cấu, thnh phần của tổ chức chnh trị - x hội, tổ chức x hội.';
    expect(repairText(t).text).toBe(t);
  });

  it('returns the very same string when nothing is repaired', () => {
    const t = 'Đảng ủy các cấp quán triệt Kết luận số 54-KL/TW.';
    expect(repairText(t).text).toBe(t);
  });
});
