/**
 * Readers of single header fields, for both official layouts (Hướng dẫn 36-HD/VPTW for Party
 * documents, Nghị định 30/2020/NĐ-CP for State ones): the number in every printed form, the place
 * and date even when wrapped or left blank, and the document's kind.
 */
import { isSpace } from './spaces.ts';
import { fold } from './citation-patterns.ts';
import { isoDate } from './vn-text.ts';

/** Lines that open the body: a legal basis, a reference to the text implemented, a meeting. */
export const BODY_OPENER = /^(Căn cứ|Thực hiện|Triển khai|Quán triệt|Tại (phiên|buổi|Hội nghị|hội nghị|kỳ họp)|Theo đề nghị|Xét đề nghị|Hội nghị lần|Ngày \d|Sau khi|Nhằm|Để )/u;

/** Kind codes as numbers carry them → the kind's name. */
export const KIND_BY_CODE: Readonly<Record<string, string>> = {
  KL: 'Kết luận', CV: 'Công văn', CT: 'Chỉ thị', KH: 'Kế hoạch', NQ: 'Nghị quyết', QĐ: 'Quyết định',
  HD: 'Hướng dẫn', TB: 'Thông báo', BC: 'Báo cáo', QC: 'Quy chế', CTr: 'Chương trình', ĐA: 'Đề án',
  BS: 'Bản sao', TTr: 'Tờ trình', NQLT: 'Nghị quyết liên tịch', TTLT: 'Thông tư liên tịch', NĐ: 'Nghị định',
  TT: 'Thông tư', CĐ: 'Công điện', QĐi: 'Quy định', CTHĐ: 'Chương trình hành động',
};

/** Kind names as titles print them, longest first ("Nghị quyết liên tịch" before "Nghị quyết"). */
export const KIND_NAMES = [
  'Chương trình hành động', 'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Thông báo kết luận', 'Chương trình',
  'Hướng dẫn', 'Nghị quyết', 'Quyết định', 'Kết luận', 'Thông báo', 'Công văn', 'Kế hoạch', 'Quy định', 'Chỉ thị',
  'Báo cáo', 'Quy chế', 'Đề án', 'Tờ trình', 'Nghị định', 'Thông tư', 'Công điện', 'Điều lệ',
] as const;

const KIND_BY_FOLD = new Map(KIND_NAMES.map((k) => [fold(k).replace(/\s/gu, ''), k]));

/**
 * A kind title line ("KẾT LUẬN", "NGHỊ QUYẾT LIÊN TỊCH") → the kind. Compared without tone marks or
 * spaces: a PDF text layer prints "K ÉT LUẬN" (Thừa Thiên Huế 445-KL/TƯ).
 */
export function kindOfTitle(line: string): string | null {
  // Every character but white space, "*" and ":" stays in `t`: a line with more than 40 of them
  // (any prose) is answered before it is copied.
  let kept = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 42 && c !== 58 && !isSpace(c) && ++kept > 40) return null;
  }
  const t = line.replace(/[*:]/gu, '').trim();
  if (t.length > 40) return null;
  return KIND_BY_FOLD.get(fold(t).replace(/\s/gu, '')) ?? null;
}

/** A number as printed after "Số": what it says, or that it was left blank. */
export interface PrintedNumber {
  /** Normalized number ("1154-CV/TU", "1026/KH-UBND", "3210/QĐ-UBND"), null when blank. */
  readonly number: string | null;
  /** The kind the number implies, if any ("KH" → Kế hoạch; "10988/BNV-CQĐP" → Công văn). */
  readonly kind: string | null;
}

// A code segment: capitals and digits ("UBTVQH15", "ĐCTUBTWMTTQVN", "QLN&CS"), or one of the
// mixed-case codes ("TTg" of the Thủ tướng, "CTr", "TTr", "QĐi"). Spaces around the separators
// come from conversions ("Số 652 - CV/ĐU", "Số: 3210/QĐ - UBND", "/HD- MTTQ-BTT").
const SEG = String.raw`(?:[\p{Lu}\d&]*(?:TTg|CTr|TTr|QĐi)|\p{Lu}[\p{Lu}\d&]*)(?![\p{Ll}])`;
const TAIL = String.raw`${SEG}(?:[ \t]*[-–/][ \t]*${SEG})*`;
const PRINTED = new RegExp(String.raw`^(?:Số|SỐ)\s*:?\s*(?:(\d{1,6})\s*(?:\/\s*(\d{4})\s*)?([-–/])|[-–/]?\s*)\s*(${TAIL})`, 'u');

/** "Số: 1026/KH-UBND", "Số 652 - CV/ĐU", "Số:10988/BNV-CQĐP", "Số: /HD-MTTQ-BTT" → the number and its kind. */
export function readPrintedNumber(text: string): PrintedNumber | null {
  const m = PRINTED.exec(text.trim());
  if (!m) return null;
  const [, serial, year, sep, tail] = m;
  const code = tail!.replace(/[ \t]/gu, '').replace(/–/gu, '-');
  const segs = code.split(/[-/]/u);
  const kindCode = segs[0]!;
  // State numbers without a kind code are công văn (Nghị định 30/2020, Phụ lục III): "10988/BNV-CQĐP".
  const kind = KIND_BY_CODE[kindCode] ?? (serial && sep === '/' && !year && segs.length > 1 ? 'Công văn' : null);
  if (!serial) return { number: null, kind };
  const number = sep === '/' ? `${serial}/${year ? `${year}/` : ''}${code}` : `${serial}-${code}`;
  return { number, kind };
}

/** Place and date as printed: either may be missing or blank ("Quảng Ninh, ngày     tháng 11 năm 2025"). */
export interface PrintedDate {
  readonly place: string | null;
  /** ISO date; null when the day, month or year is blank or invalid. */
  readonly date: string | null;
  /** Some of day, month, year was left blank: a draft ("Lương Minh, ngày    tháng 01 năm 2026"). */
  readonly blank: boolean;
}

// "Nghệ An, ngày 26 tháng 11 năm 2025" (wrapped lines are joined before), "ngày 26 / tháng 11"
// (a cell mark between the two halves), "Hà Nội, ngày 02/12/2025", and blank fields ("ngày … tháng").
const DATE_WORDS = /^(?:([\p{L} .'-]{2,40}?)\s*,\s*)?[Nn]gày\s*(\d{1,2}|[.…\s]*)\s*[|/]?\s*tháng\s*(\d{1,2}|[.…\s]*)\s*năm\s*(\d{4}|[.…\s]*)/u;
const DATE_DIGITS = /^(?:([\p{L} .'-]{2,40}?)\s*,\s*)?[Nn]gày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;

/** A date field as printed: its number, or `null` when it is blank ("ngày … tháng … năm"). */
function printedNumber(x: string | undefined): number | null {
  return /^\d+$/u.test(x ?? '') ? Number(x) : null;
}

/** Reads a place-and-date line. */
export function readPrintedDate(text: string): PrintedDate | null {
  const t = text.trim().replace(/^[*_(]+|[*_)]+$/gu, '');
  const m = DATE_WORDS.exec(t) ?? DATE_DIGITS.exec(t);
  // A header line is the date and nothing more; "ngày 26/4/2022 đã thảo luận…" is body text.
  if (!m || t.length - m[0].length > 3) return null;
  const place = m[1]?.trim() ? m[1].trim() : null;
  if (place && !/^\p{Lu}/u.test(place)) return null;
  // Three calls, not a mapped array taken apart: its map changed with a blank field and deoptimized the function.
  const d = printedNumber(m[2]), mo = printedNumber(m[3]), y = printedNumber(m[4]);
  const blank = d === null || mo === null || y === null;
  return { place, date: blank ? null : isoDate(d!, mo!, y!), blank };
}
