/**
 * Parsing, step 1: where a paragraph starts although no blank line says so — text converted with
 * single line breaks, or a header whose elements each sit on a line (`prepareText`).
 */
import { isAllCapitals } from './line-scan.ts';
import { BODY_OPENER, kindOfTitle } from './header-fields.ts';
import { isCaps } from './vn-text.ts';

/** Header and frame lines that are elements of their own even when no blank line separates them. */
const HEADER_LINE = /^(Số\s*:?\s*\d|V\/v(?![\p{L}\p{N}])|Về việc(?![\p{L}\p{N}])|Kính gửi|Nơi nhận|T\/M(?![\p{L}\p{N}])|TM\.|K\/T(?![\p{L}\p{N}])|KT\.|\*$|ĐẢNG CỘNG SẢN VIỆT NAM$|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập - Tự do)|^[\p{L} .'-]{2,40},\s*ngày\s+\d{1,2}\s+tháng/u;

/** "Thực hiện Kết luận số 192-KL/TW…" opens a body even right after a recipient line ending in a capital (CV 174). */
const CITES_KIND = /^(Thực hiện|Triển khai|Căn cứ|Quán triệt)\s+(các\s+)?(Kết luận|Chỉ thị|Nghị quyết|Quyết định|Kế hoạch|Hướng dẫn|Luật|Thông tư|Công văn|Nghị định|Quy định)/u;

/** An underline ("-----") or a lone star between header elements. */
const RULE = /^([-–_=*]{3,}|\*)$/u;

/** Whether `line` starts a paragraph of its own after `prev`, a line of the paragraph being read. */
export function startsOwnParagraph(line: string, prev: string): boolean {
  // pdftotext puts a blank number on the line after "SỐ:" ("SỐ:" / "- KH/ĐTN").
  if (/^Số\s*:?$/iu.test(prev)) return false;
  if (HEADER_LINE.test(line) || HEADER_LINE.test(prev)) return true;
  // Text converted without blank lines (KL 221): "**KẾT LUẬN**" / "CỦA BỘ CHÍNH TRỊ,…" / "-----" /
  // "Tại phiên họp…": the kind title, an underline and the first body line each start anew.
  if (kindOfTitle(line) || kindOfTitle(prev) || RULE.test(line) || RULE.test(prev)) return true;
  if (BODY_OPENER.test(line) && (isCaps(prev) || !/[,\p{Ll}]$/u.test(prev) || CITES_KIND.test(line))) return true;
  // A heading in capitals, then a sentence: "I. ĐÁNH GIÁ TÌNH HÌNH" / "Sau 10 năm thực hiện…" (445-KL/TƯ).
  if (isCaps(prev) && /\s/u.test(prev) && /^\p{Lu}\p{Ll}/u.test(line) && !/^Số(?![\p{L}\p{N}])/u.test(prev)) return true;
  // A capitalized line after a finished sentence starts a paragraph: text converted with single
  // line breaks ("…các xã, thị trấn." / "Nhận được Công văn này…") has no blank lines to tell.
  if (/[.:;!?…]["”’)]*$/u.test(prev) && /^["“(]?\p{Lu}/u.test(line) && !isAllCapitals(prev.split(' ').pop() ?? '')) return true;
  // A document number wrapped to the start of a line ("99-QĐ/TW;") is not a task marker.
  return /^(\d{1,2}(\.\d{1,2}){0,3}\s*[.\-–)]\s*(?!\p{Lu}{1,6}(?:-\p{Lu}{1,6})?\/)\p{Lu}|[IVX]{1,4}\s*[.\-–]\s*\p{Lu}|[-–+•]\s+\p{Lu}|[a-zđ]\)\s+\p{Lu})/u.test(line);
}
