/**
 * Names of bodies as people write them. A letterhead prints them in capitals, over one to three
 * lines ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN"; "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "TỈNH QUẢNG NINH" /
 * "BAN THƯỜNG TRỰC"; "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW" / "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"); the report,
 * the overview and every export show the issuing body in its usual spelling ("UBND tỉnh Nghệ An").
 */
import { boundedMemo } from './bounded-memo.ts';

/** Administrative levels that open a place name ("tỉnh Nghệ An", "xã Lương Minh"). */
const LEVEL = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)$/u;
const LEVEL_LINE = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(?!ỦY|UỶ|ĐOÀN)\p{Lu}/u;

/** A letterhead line naming a body only by its role under the line above ("BAN THƯỜNG TRỰC" under an Ủy ban MTTQ). */
const SUB_BODY = /^(BAN THƯỜNG TRỰC|BAN THƯỜNG VỤ|THƯỜNG TRỰC|VĂN PHÒNG|BAN CHẤP HÀNH|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|QUẬN UỶ|ĐẢNG ỦY|ĐẢNG UỶ|BAN CHỈ ĐẠO)$/u;

/** Words and phrases with fixed capitals inside a name; matched on the lower-cased text. */
const PROPER: readonly string[] = [
  'Việt Nam', 'Trung ương', 'Chính phủ', 'Quốc hội', 'Thủ tướng', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành',
  'Mặt trận Tổ quốc', 'Hồ Chí Minh', 'Đảng Cộng sản', 'Thông tấn xã', 'Ban Thường vụ', 'Ban Thường trực', 'Đoàn Chủ tịch',
  'Ủy ban', 'Uỷ ban', 'Hội đồng', 'Ban Chỉ đạo', 'Văn phòng', 'Công an', 'Quân đội', 'Bộ Chỉ huy',
  'Nội vụ', 'Quốc phòng', 'Tài chính', 'Tư pháp', 'Xây dựng', 'Ngoại giao', 'Y tế', 'Khoa học và Công nghệ',
  'Giáo dục và Đào tạo', 'Lao động - Thương binh và Xã hội', 'Nông nghiệp và Môi trường', 'Tài nguyên và Môi trường',
  'Văn hóa, Thể thao và Du lịch', 'Văn hoá, Thể thao và Du lịch', 'Công Thương', 'Kế hoạch và Đầu tư', 'Thông tin và Truyền thông',
  'Giao thông vận tải', 'Dân tộc và Tôn giáo', 'Tổ chức', 'Tuyên giáo', 'Dân vận', 'Kiểm tra', 'Nội chính',
];
const PROPER_RE = PROPER.map((p) => [new RegExp(`(?<![\\p{L}])${p.toLocaleLowerCase('vi')}(?![\\p{L}])`, 'gu'), p] as const);
/** Body words that take a capital in a name ("Đoàn", "Hội", "Đảng" but not "đảng ủy"). */
const BODY_WORD = /(?<![\p{L}])(?<!(?:ủy|uỷ|Ủy|Uỷ) )(đoàn|hội|đảng|sở|bộ|ban)(?= \p{L})(?! (ủy|uỷ|viên|bộ))/gu;

/**
 * Upper-case (or any-case) name → usual spelling: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" → "UBND tỉnh Nghệ An".
 * Remembered: some fifty replaces per name, and a corpus names the same few bodies in every document.
 */
export const displayOrg = boundedMemo(10_000, (text) => displayOnce(text));

function displayOnce(text: string): string {
  const words = text.normalize('NFC').replace(/\s+/gu, ' ').trim().split(' ');
  // Abbreviations stay as written: "MTTQ", "BCH", "TW", "HĐND", "UBTVQH15".
  const keep = words.map((w) => w.length >= 2 && w === w.toLocaleUpperCase('vi') && !/[aăâeêioôơuưyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu.test(w.toLocaleLowerCase('vi')));
  let s = words.map((w, i) => (keep[i] ? w : w.toLocaleLowerCase('vi'))).join(' ');
  s = s.replace(/(?<![\p{L}])(ủy|uỷ) ban nhân dân(?![\p{L}])/gu, 'UBND').replace(/(?<![\p{L}])hội đồng nhân dân(?![\p{L}])/gu, 'HĐND');
  for (const [re, to] of PROPER_RE) s = s.replace(re, to);
  s = s.replace(BODY_WORD, (m) => m.charAt(0).toLocaleUpperCase('vi') + m.slice(1));
  s = capitalizePlaces(s).replace(/(?<![\p{L}])(Ủy|Uỷ|ủy|uỷ) Ban(?![\p{L}])/gu, '$1 ban')
    .replace(/(?<![\p{L}])[Đđ]ảng [Bb]ộ(?![\p{L}])/gu, 'Đảng bộ');
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** The words after an administrative level are a place name: "tỉnh nghệ an" → "tỉnh Nghệ An". */
function capitalizePlaces(s: string): string {
  const words = s.split(' ');
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`;
    // "tỉnh ủy lạng sơn", "thành đoàn hà nội": a level's party or youth committee, then the place.
    const committee = /^(tỉnh|thành|huyện|quận|thị) (ủy|uỷ|đoàn)$/u.test(two);
    if (committee) words[i] = words[i]!.charAt(0).toLocaleUpperCase('vi') + words[i]!.slice(1);
    const skip = committee || LEVEL.test(two) ? 2 : LEVEL.test(words[i]!) ? 1 : 0;
    if (!skip) continue;
    for (let k = i + skip; k < words.length && k < i + skip + 4; k++) {
      const w = words[k]!;
      if (LEVEL.test(w) || /^(và|của|về)$/u.test(w)) break;
      words[k] = w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
    }
    i += skip;
  }
  return words.join(' ');
}

/**
 * The issuing body from letterhead lines, top to bottom (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW:
 * the superior body above, the issuing body below). A place line continues the line above
 * ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN"); a role line names a body of the one above ("BAN THƯỜNG
 * TRỰC" under "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH" → "Ban Thường trực Ủy ban MTTQ Việt Nam xã
 * Lương Minh"); otherwise the lowest line is the issuer ("ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM").
 */
export function issuerFromLetterhead(lines: readonly string[]): string | null {
  const bodies: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^[/\\|*\s]+|[/\\|*\s]+$/gu, '').trim();
    if (!line) continue;
    if (LEVEL_LINE.test(line) && bodies.length) bodies[bodies.length - 1] += ` ${line}`;
    else bodies.push(line);
  }
  const last = bodies.at(-1);
  if (!last) return null;
  const above = bodies.at(-2);
  if (above && SUB_BODY.test(last)) {
    // "TỈNH ỦY" under "ĐẢNG BỘ TỈNH LẠNG SƠN": the place comes from the superior line.
    const place = /(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$/u.exec(above);
    if (/ỦY|UỶ/u.test(last) && place) return displayOrg(`${last} ${place[2]}`);
    return displayOrg(`${last} ${above}`);
  }
  return displayOrg(last);
}
