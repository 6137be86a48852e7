/**
 * The frame of a generated document — issuer, number, place and date, subject, addressees,
 * recipients, signature — shaped like the seeds' (Lạng Sơn 1154-CV/TU), for a province or city.
 */
import type { Level } from './localize.ts';
import type { Random } from './random.ts';

const PROVINCES = ['Lạng Sơn', 'Quảng Ngãi', 'Cao Bằng', 'Hà Giang', 'Lào Cai', 'Yên Bái', 'Thái Nguyên', 'Bắc Giang',
  'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương', 'Hưng Yên', 'Thái Bình', 'Nam Định', 'Ninh Bình', 'Thanh Hóa',
  'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Quảng Nam', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Gia Lai',
  'Đắk Lắk', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh', 'Đồng Nai', 'Long An', 'Tiền Giang', 'Bến Tre', 'Vĩnh Long',
  'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau'];
const CITIES = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh', 'Huế'];
const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Quang Cường', 'Phạm Minh Đức', 'Hoàng Thị Hạnh', 'Vũ Đình Khoa',
  'Đặng Văn Long', 'Bùi Thị Mai', 'Đỗ Hữu Nghĩa', 'Ngô Thanh Phong'];

/** Who issues a generated document. */
export interface Issuer {
  readonly name: string;
  readonly place: string;
  readonly level: Level;
  readonly code: 'TU' | 'ThU';
}

/** A province (Tỉnh ủy) or, one time in five, a city (Thành ủy). */
export function pickIssuer(rnd: Random): Issuer {
  if (rnd.chance(0.2)) {
    const place = rnd.pick(CITIES);
    return { name: `Thành ủy ${place}`, place, code: 'ThU', level: { body: 'Thành ủy', region: 'thành phố', lower: 'quận ủy, huyện ủy' } };
  }
  const place = rnd.pick(PROVINCES);
  return { name: `Tỉnh ủy ${place}`, place, code: 'TU', level: { body: 'Tỉnh ủy', region: 'tỉnh', lower: 'huyện ủy, thành ủy' } };
}

/** A date after the central text's (09/5/2023): 1 to 150 days later. */
export function pickDate(rnd: Random): Date {
  return new Date(Date.UTC(2023, 4, 9 + rnd.int(1, 150)));
}

/** Header lines: issuer, number, subject, place and date, addressees. */
export function header(issuer: Issuer, number: string, kind: 'CV' | 'KH', date: Date): string[] {
  const d = `ngày ${date.getUTCDate()} tháng ${date.getUTCMonth() + 1} năm ${date.getUTCFullYear()}`;
  const lines = [
    issuer.name.toLocaleUpperCase('vi'), '*', `Số ${number}`,
    kind === 'CV' ? 'V/v triển khai thực hiện Kết luận số 54-KL/TW, ngày 09/5/2023 của Ban Bí thư' : '',
    'ĐẢNG CỘNG SẢN VIỆT NAM', `${issuer.place}, ${d}`,
  ];
  if (kind === 'KH') lines.push('KẾ HOẠCH', 'thực hiện Kết luận số 54-KL/TW, ngày 09/5/2023 của Ban Bí thư');
  else lines.push(`Kính gửi: - Các ${issuer.level.lower}, đảng ủy trực thuộc,`, '- Các ban đảng, đảng đoàn, ban cán sự đảng');
  return lines.filter(Boolean);
}

/** Footer lines: recipients and signature. */
export function footer(issuer: Issuer, rnd: Random): string[] {
  return ['Nơi nhận:', '- Ban Bí thư Trung ương Đảng (để b/c),', '- Ban Dân vận Trung ương,', '- Như trên,',
    `- Lưu Văn phòng ${issuer.level.body}.`, 'T/M BAN THƯỜNG VỤ', rnd.chance(0.5) ? 'PHÓ BÍ THƯ THƯỜNG TRỰC' : 'BÍ THƯ', rnd.pick(SIGNERS)];
}
