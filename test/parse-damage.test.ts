// Conversion damage the benchmark generator (src/bench/damage.ts) produces and the seeds show in
// milder forms: a page number left between the halves of a cut sentence, a document number wrapped
// to the start of a line, and a hard-wrapped addressee list running straight into the body.
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../src/core/parse-document.ts';
import { segmentClauses } from '../src/core/segment-clauses.ts';

const HEAD = 'TỈNH ỦY CAO BẰNG\n\n*\n\nSố 77-CV/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nCao Bằng, ngày 2 tháng 6 năm 2023\n\n';
const clauses = (text: string) => segmentClauses(parseDocuments('t.txt', text)[0]!).map((c) => c.text);

describe('parsing damaged conversions', () => {
  it('drops a page number between the halves of a cut sentence', () => {
    const t = `${HEAD}1. Tăng cường công tác kiểm tra.\n\n- Ban Dân vận Tỉnh ủy chủ trì, phối hợp\n\n2\n\nvới các cơ quan liên quan đôn đốc, kiểm tra việc thực hiện.\n`;
    expect(clauses(t)).toContain('Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan đôn đốc, kiểm tra việc thực hiện.');
  });

  it('does not read a wrapped "99-QĐ/TW" as task 99, with single or double line breaks', () => {
    const lines = `${HEAD}1. Tăng cường công tác kiểm tra, giám sát việc thực hiện Quyết định số\n99-QĐ/TW; định hướng thông tin, bảo vệ nền tảng tư tưởng của Đảng.\n`;
    expect(clauses(lines)[0]).toBe('Tăng cường công tác kiểm tra, giám sát việc thực hiện Quyết định số 99-QĐ/TW;');
    const wrapped = `${HEAD}1. Tăng cường công tác kiểm tra, giám sát việc thực hiện \n\nQuyết định số \n\n99-QĐ/TW. \n\n2. Định hướng thông tin, bảo vệ nền tảng \n\ntư tưởng của Đảng, đấu tranh \n\nphản bác các quan điểm sai trái. \n\n3. Thực hiện tốt công tác tiếp dân, \n\ntăng cường tiếp xúc, đối thoại. \n\n4. Phát hiện, biểu dương, khen thưởng \n\ntổ chức, cá nhân có cách làm sáng tạo. \n\n5. Nâng cao hiệu quả công tác dân vận \n\ncủa hệ thống chính trị các cấp. \n`;
    expect(clauses(wrapped)[0]).toBe('Tăng cường công tác kiểm tra, giám sát việc thực hiện Quyết định số 99-QĐ/TW.');
  });

  it('ends a hard-wrapped addressee list where the body starts with a capital', () => {
    const t = `${HEAD}Kính gửi: - Các huyện ủy, thành ủy, đảng ủy trực thuộc, \n\n- Các ban đảng, đảng đoàn, ban cán sự đảng \n\nQua 5 năm thực hiện Quyết định số 99-QĐ/TW, ngày \n\n03/10/2017 của Ban Bí thư, công tác dân vận \n\nđã đạt được kết quả tích cực. \n\n1. Tăng cường công tác kiểm tra, giám sát \n\nviệc thực hiện Quyết định số 99-QĐ/TW. \n\n2. Định hướng thông tin, bảo vệ nền tảng \n\ntư tưởng của Đảng. \n\n3. Thực hiện tốt công tác tiếp dân, \n\ntăng cường tiếp xúc, đối thoại. \n`;
    expect(clauses(t)[0]).toBe('Qua 5 năm thực hiện Quyết định số 99-QĐ/TW, ngày 03/10/2017 của Ban Bí thư, công tác dân vận đã đạt được kết quả tích cực.');
  });
});
