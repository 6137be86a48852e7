/**
 * The one message of each failure code, in both languages. Typed `Record<FailureCode, string>`: a
 * code added to `src/core/errors.ts` does not compile until it is worded here in Vietnamese and in
 * English. `{name}` is the input the failure concerns, `{detail}` its detail (a size, a number).
 */
import type { Failure, FailureCode } from '../../core/errors.ts';
import type { Lang } from '../../state/route/route.ts';
import { fill } from './translate.ts';
import { formatCount, formatMegabytes } from './numbers.ts';
import { docText, fillParts, type Part } from '../../messages/words.ts';

const vi: Readonly<Record<FailureCode, string>> = {
  EMPTY_FILE: 'Tệp “{name}” trống (0 byte), không có gì để đọc.',
  WHITESPACE_ONLY: 'Tệp “{name}” chỉ có khoảng trắng, không có chữ.',
  BINARY_FILE: 'Tệp “{name}” không phải văn bản (có thể là ảnh hoặc tệp khác bị đổi đuôi). Hãy chọn tệp .docx, .pdf hoặc .txt của văn bản.',
  TOO_LARGE: 'Tệp “{name}” quá lớn ({detail}): tệp văn bản tối đa 20 MB, tệp Word hoặc PDF tối đa 50 MB.',
  UNREADABLE: 'Không đọc được tệp “{name}” (có thể tệp đặt mật khẩu). Hãy bỏ mật khẩu rồi thử lại.',
  NOT_FOUND: 'Không tìm thấy tệp “{name}”.',
  UNSUPPORTED_FORMAT: 'Chưa đọc được định dạng của tệp “{name}”. Hãy mở tệp trong Word và lưu thành .docx.',
  CORRUPT_DOCX: 'Tệp Word “{name}” bị hỏng hoặc không đầy đủ nên không đọc được. Hãy mở tệp gốc trong Word và lưu lại.',
  CORRUPT_PDF: 'Tệp PDF “{name}” bị hỏng nên không đọc được.',
  NO_TEXT_LAYER: 'Tệp “{name}” không có chữ, chỉ có hình ảnh (bản chụp, bản quét); cần nhận dạng chữ (OCR) trước khi đối chiếu.',
  HTML_PAGE: 'Tệp “{name}” là một trang web (HTML), không phải văn bản. Hãy sao chép nội dung văn bản trên trang rồi dùng “Dán văn bản”.',
  NOT_VIETNAMESE: 'Nội dung tệp “{name}” không phải tiếng Việt; Đối chiếu chỉ so sánh văn bản tiếng Việt.',
  NO_STRUCTURE: 'Không nhận ra văn bản trong “{name}”: không có đoạn nội dung nào để đối chiếu.',
  NO_CENTRAL: 'Không tìm thấy văn bản Trung ương “{name}”.',
  DUPLICATE_NUMBER: 'Hai văn bản cùng số “{name}”.',
  CHAIN_CYCLE: 'Các văn bản thực hiện lẫn nhau thành vòng tròn ({detail}), bắt đầu từ “{name}”; không xác định được văn bản nào là gốc. Hãy kiểm tra số, ký hiệu văn bản được dẫn.',
  TOO_MANY_PARTS: 'Tệp Word “{name}” gồm {detail} phần nén, quá giới hạn 2000 phần; tệp có thể bị hỏng hoặc được tạo ra để gây hại.',
  INFLATES_TOO_LARGE: 'Tệp Word “{name}” giải nén ra {detail}, vượt giới hạn (20 MB nội dung XML, 100 MB toàn bộ); tệp có thể bị hỏng hoặc là “bom nén”. Không có gì được giải nén.',
  TOO_MANY_PAGES: 'Tệp PDF “{name}” có {detail} trang, vượt giới hạn 1000 trang.',
  TOO_MANY_CHARACTERS: 'Văn bản “{name}” dài {detail} ký tự, vượt giới hạn 20 triệu ký tự.',
  CORPUS: 'Không tải được bộ văn bản có sẵn.',
  INTERNAL: 'Không đọc được tệp “{name}” do một lỗi không lường trước.',
};

const en: Readonly<Record<FailureCode, string>> = {
  EMPTY_FILE: '“{name}” is empty (0 bytes): nothing to read.',
  WHITESPACE_ONLY: '“{name}” holds only white space, no text.',
  BINARY_FILE: '“{name}” is not a text document (perhaps an image or another file renamed). Choose the document’s .docx, .pdf or .txt file.',
  TOO_LARGE: '“{name}” is too large ({detail}): text files up to 20 MB, Word or PDF files up to 50 MB.',
  UNREADABLE: '“{name}” cannot be read (perhaps it is password-protected). Remove the password and try again.',
  NOT_FOUND: '“{name}” was not found.',
  UNSUPPORTED_FORMAT: 'The format of “{name}” is not supported. Open it in Word and save it as .docx.',
  CORRUPT_DOCX: 'The Word file “{name}” is damaged or incomplete. Open the original in Word and save it again.',
  CORRUPT_PDF: 'The PDF file “{name}” is damaged and cannot be read.',
  NO_TEXT_LAYER: '“{name}” has no text, only images (a scan or photo); it needs OCR before it can be compared.',
  HTML_PAGE: '“{name}” is a web page (HTML), not a document. Copy the document’s text from the page and use “Paste text”.',
  NOT_VIETNAMESE: 'The text of “{name}” is not Vietnamese; Đối chiếu compares Vietnamese documents only.',
  NO_STRUCTURE: 'No document found in “{name}”: no body paragraphs to compare.',
  NO_CENTRAL: 'The central document “{name}” was not found.',
  DUPLICATE_NUMBER: 'Two documents have the number “{name}”.',
  CHAIN_CYCLE: 'Documents implement each other in a circle ({detail}), starting at “{name}”; none of them can be the parent. Check the document numbers they cite.',
  TOO_MANY_PARTS: 'The Word file “{name}” holds {detail} zip parts, over the limit of 2000; it may be damaged or made to do harm.',
  INFLATES_TOO_LARGE: 'The Word file “{name}” inflates to {detail}, over the limits (20 MB of XML, 100 MB in all); it may be damaged or a “zip bomb”. Nothing was inflated.',
  TOO_MANY_PAGES: 'The PDF file “{name}” has {detail} pages, over the limit of 1000.',
  TOO_MANY_CHARACTERS: 'The document “{name}” is {detail} characters long, over the limit of 20 million.',
  CORPUS: 'The built-in corpus could not be loaded.',
  INTERNAL: '“{name}” could not be read because of an unexpected error.',
};

/** The messages of every code in `lang` (tests compare the two tables). */
export const FAILURE_MESSAGES: Readonly<Record<Lang, Readonly<Record<FailureCode, string>>>> = { vi, en };

/** How a limit's refused quantity (`Failure.amount`) is written: a size or a count. */
const AMOUNTS: Readonly<Partial<Record<FailureCode, (lang: Lang, n: number) => string>>> = {
  TOO_LARGE: formatMegabytes,
  INFLATES_TOO_LARGE: formatMegabytes,
  TOO_MANY_PARTS: formatCount,
  TOO_MANY_PAGES: formatCount,
  TOO_MANY_CHARACTERS: formatCount,
};

/** A failure's `{detail}` in `lang`: its amount written in the language's digits when it has one, else its detail. */
function detailIn(lang: Lang, f: Pick<Failure, 'code' | 'detail' | 'amount'>): string {
  const write = AMOUNTS[f.code];
  return write && f.amount !== undefined ? write(lang, f.amount) : f.detail ?? '';
}

/** The message of a failure in `lang`, naming its input (`source`, or `name` when the caller knows it better). */
export function failureMessage(lang: Lang, f: Pick<Failure, 'code' | 'source' | 'detail' | 'amount'>, name: string | null = null): string {
  return fill(FAILURE_MESSAGES[lang][f.code], { name: name ?? f.source ?? '', detail: detailIn(lang, f) });
}

/** The same message as parts: the input's name (a file name, a number) marked as the document's own text. */
export function failureParts(lang: Lang, f: Pick<Failure, 'code' | 'source' | 'detail' | 'amount'>, name: string | null = null): Part[] {
  return fillParts(FAILURE_MESSAGES[lang][f.code], { name: docText(name ?? f.source ?? ''), detail: detailIn(lang, f) });
}
