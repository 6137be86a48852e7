/**
 * Wording of what the field taught the product (issues 10 and 12): the damage a document's text
 * suffered (`quality.problems`), what a change does (effects), and the header fields of State and
 * Party documents. Vietnamese first, key for key in English. Problems and effects are looked up by
 * their code: the maps are typed by the core's code lists, so a new code without words in both
 * languages does not compile.
 */
import type { QualityCode } from '../../core/quality.ts';
import type { EffectCode } from '../../core/effects.ts';
import type { Lang } from '../../state/route/route.ts';
import { makeTranslator, type Strings, type Translator } from './translate.ts';
import { dictHook, type Dicts } from './use-dict.ts';

export const fieldVi = {
  'quality.title': 'Chất lượng văn bản',
  'quality.banner': 'Văn bản này bị hỏng khi chuyển đổi: kết quả đối chiếu cần được đọc thận trọng.',
  'quality.bannerInfo': 'Ghi chú về cách văn bản được chuyển đổi.',
  'quality.titleCentral': 'Chất lượng văn bản Trung ương',
  'quality.marker': 'Văn bản bị hỏng: {problems}',
  'quality.score': 'Mức còn nguyên vẹn: {pct}%',
  'quality.examples': 'Ví dụ: {examples}',
  'quality.ending': 'Đoạn cuối: {examples}',
  'effects.title': 'Tác động của thay đổi',
  'effects.filter': 'Tác động',
  'effects.evidence': 'Trung ương: {central} → Địa phương: {local}',
  'effects.mark': 'Từ cho thấy tác động “{kind}”',
  'effects.weakenedCol': 'Làm nhẹ',
  'effects.weakenedColDesc': 'Số câu làm nhẹ yêu cầu so với Trung ương',
  'heatmap.showWeakened': 'Hiện câu làm nhẹ',
  'heatmap.weakenedCell': 'làm nhẹ',
  'report.weakened': 'Nội dung bị làm nhẹ so với Trung ương',
  'report.weakenedDesc': 'Câu mà thay đổi duy nhất hoặc một phần thay đổi làm nhẹ yêu cầu của văn bản Trung ương (bỏ từ chỉ mức độ, thời hạn, chỉ tiêu, chế tài).',
  'report.weakenedNone': 'Không có câu nào bị làm nhẹ.',
  'header.kind': 'Văn bản',
  'header.issuer': 'Cơ quan ban hành',
  'header.implements': 'Thực hiện',
  'header.signer': 'Người ký',
  'header.attachment': 'Văn bản kèm theo',
  'role.cites-only': 'Văn bản này chỉ nhắc đến hoặc trích dẫn văn bản Trung ương, không triển khai nó: các câu “không triển khai” không phải là thiếu sót.',
  'role.forwarding': 'Công văn chuyển tiếp: gửi văn bản Trung ương đến cấp dưới, không nêu lại nhiệm vụ.',
  'role.citesOnlyTag': 'Chỉ trích dẫn — không tính là văn bản triển khai',
  'capacity.KT.': 'ký thay',
  'capacity.TM.': 'thay mặt',
  'capacity.TL.': 'thừa lệnh',
  'capacity.Q.': 'quyền',
  'capacity.TUQ.': 'thừa ủy quyền',
  'row.cells': 'Các cột của dòng bảng',
  'column.lead': 'Cơ quan chủ trì',
  'column.partner': 'Cơ quan phối hợp',
  'column.deadline': 'Thời hạn',
  'column.product': 'Sản phẩm',
  'column.source': 'Nguồn',
  'column.note': 'Ghi chú',
  'column.other': 'Cột khác',
  'column.index': 'STT',
  'column.task': 'Nhiệm vụ',
  'tour.weakened': '{doc} chép lại {centralClause} gần như nguyên văn, với một thay đổi: {change} Câu này vì thế là “điều chỉnh” có tác động “làm nhẹ”, không phải nguyên văn; trong phần so sánh, từ cho thấy điều đó được tô sáng.',
  'tour.weakenedKind': 'Một câu bị làm nhẹ',
} as const;

export type FieldKey = keyof typeof fieldVi;

export const fieldEn: Strings<FieldKey> = {
  'quality.title': 'Text quality',
  'quality.banner': 'This text was damaged in conversion: read its comparison with care.',
  'quality.bannerInfo': 'A note on how this text was converted.',
  'quality.titleCentral': 'Quality of the central text',
  'quality.marker': 'Damaged text: {problems}',
  'quality.score': 'Intact: {pct}%',
  'quality.examples': 'For example: {examples}',
  'quality.ending': 'It ends: {examples}',
  'effects.title': 'What the change does',
  'effects.filter': 'Effect',
  'effects.evidence': 'Central: {central} → Local: {local}',
  'effects.mark': 'Words that show the effect “{kind}”',
  'effects.weakenedCol': 'Weakened',
  'effects.weakenedColDesc': 'Clauses that weaken what the central text demands',
  'heatmap.showWeakened': 'Show weakened clauses',
  'heatmap.weakenedCell': 'weakened',
  'report.weakened': 'Clauses weaker than the central text',
  'report.weakenedDesc': 'Clauses whose only change, or one of whose changes, weakens what the central text demands (a word of force, a deadline, a target or a sanction dropped or softened).',
  'report.weakenedNone': 'No clause is weakened.',
  'header.kind': 'Document',
  'header.issuer': 'Issued by',
  'header.implements': 'Implements',
  'header.signer': 'Signed by',
  'header.attachment': 'Attached document',
  'role.cites-only': 'This document only mentions or quotes the central text; it does not carry it out: its “omitted” clauses are not failings.',
  'role.forwarding': 'Forwarding letter: sends the central text on to the level below without restating its tasks.',
  'role.citesOnlyTag': 'Cites only — not counted as an implementation',
  'capacity.KT.': 'signing for',
  'capacity.TM.': 'on behalf of',
  'capacity.TL.': 'by order of',
  'capacity.Q.': 'acting',
  'capacity.TUQ.': 'by authorisation of',
  'row.cells': 'Columns of the table row',
  'column.lead': 'Lead body',
  'column.partner': 'Partner bodies',
  'column.deadline': 'Deadline',
  'column.product': 'Product',
  'column.source': 'Source',
  'column.note': 'Note',
  'column.other': 'Other column',
  'column.index': 'No.',
  'column.task': 'Task',
  'tour.weakened': '{doc} copies {centralClause} almost word for word, with one change: {change} The clause is therefore “adapted” with the effect “weakened”, not verbatim; in the comparison, the words that show it are highlighted.',
  'tour.weakenedKind': 'A clause weakened',
};

/** Translator of this module's strings. */
export type FT = Translator<FieldKey>;

const DICTS: Dicts<FieldKey> = { vi: fieldVi, en: fieldEn };

/** The translator of `lang`. */
export const fieldTranslator = (lang: Lang): FT => makeTranslator(lang, DICTS[lang]);

/** The translator for the interface language in the URL. */
export const useFT: () => FT = dictHook(DICTS);

/** A damage problem in words: its name, what was found, and what it means for the result. */
export interface ProblemWords { readonly name: string; readonly found: string; readonly meaning: string }

/**
 * Every quality code worded (placeholders: `pct` share in percent, `words`, `examples`, `repaired`,
 * `ending`, `pages`, `pageNumbers`, `reason` as worded by `CUT_REASON`).
 */
export const QUALITY_WORDS: Readonly<Record<Lang, Readonly<Record<QualityCode, ProblemWords>>>> = {
  vi: {
    DROPPED_LETTERS: { name: 'Văn bản mất dấu', found: 'Nhiều từ không phải âm tiết tiếng Việt ({words} từ, {pct}%): nguyên âm có dấu bị mất khi chuyển đổi.', meaning: 'Tỉ lệ nguyên văn có thể thấp hơn thực tế; câu bị hỏng có thể bị xếp nhầm là bổ sung hoặc không triển khai. Nên dùng bản gốc (Word, PDF).' },
    SCRAMBLED_TONES: { name: 'Dấu thanh bị xáo trộn', found: '{words} từ ({pct}%) có hai dấu thanh hoặc dấu đặt sai chỗ.', meaning: 'Các từ này không khớp với văn bản kia: tỉ lệ nguyên văn có thể thấp hơn thực tế.' },
    PDF_GLYPHS: { name: 'Lỗi phông chữ của PDF', found: 'Đã sửa {repaired} chữ hỏng có cách sửa chắc chắn.', meaning: 'Chữ hỏng còn lại (nếu có) có thể làm câu chứa nó bị xếp là điều chỉnh thay vì nguyên văn.' },
    LETTER_SPACED: { name: 'Chữ bị giãn cách', found: 'Đã ghép lại {repaired} chữ bị tách (“ỦY B AN”).', meaning: 'Thông tin ở đầu văn bản (cơ quan, số hiệu) nên được kiểm tra lại.' },
    CUT_SHORT: { name: 'Văn bản bị cắt', found: 'Văn bản dừng giữa chừng ({reason}).', meaning: 'Các nhiệm vụ ở phần bị mất sẽ hiện là “không triển khai” dù văn bản gốc có thể có.' },
    PDFTOTEXT_LAYOUT: { name: 'Văn bản lấy từ PDF', found: 'Văn bản {pages} trang, đã bỏ {pageNumbers} số trang và dấu ngắt trang.', meaning: 'Không ảnh hưởng đáng kể đến kết quả.' },
  },
  en: {
    DROPPED_LETTERS: { name: 'Accents lost', found: 'Many words are no Vietnamese syllable ({words} words, {pct}%): the accented vowels were lost in conversion.', meaning: 'The verbatim share may be lower than it really is; damaged clauses may be taken for added or omitted ones. Use the original file (Word, PDF).' },
    SCRAMBLED_TONES: { name: 'Tone marks scrambled', found: '{words} words ({pct}%) carry two tone marks or one in the wrong place.', meaning: 'These words do not match the other text: the verbatim share may be lower than it really is.' },
    PDF_GLYPHS: { name: 'PDF glyph damage', found: '{repaired} broken letters with a certain repair were repaired.', meaning: 'Any broken letters left may make their clause adapted instead of verbatim.' },
    LETTER_SPACED: { name: 'Letter-spaced words', found: '{repaired} split words were joined again (“ỦY B AN”).', meaning: 'Check the header fields (issuer, number).' },
    CUT_SHORT: { name: 'Text cut short', found: 'The text stops midway ({reason}).', meaning: 'Tasks in the missing part show as “omitted” though the original may carry them.' },
    PDFTOTEXT_LAYOUT: { name: 'Text taken from a PDF', found: '{pages} pages; {pageNumbers} page numbers and page breaks left out.', meaning: 'No noticeable effect on the result.' },
  },
};

/** Why a text is taken as cut short (`CutReason` of text-ending.ts). */
export const CUT_REASON: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: { marker: 'có dấu hiệu bị cắt', 'broken-word': 'từ cuối bị cắt đôi', 'open-sentence': 'câu cuối chưa hết' },
  en: { marker: 'a cut mark', 'broken-word': 'the last word is broken', 'open-sentence': 'the last sentence is unfinished' },
};

/** Every effect code explained from its values (see `EFFECT_CODES` in core/effects.ts for the values each carries). */
export const EFFECT_WORDS: Readonly<Record<Lang, Readonly<Record<EffectCode, string>>>> = {
  vi: {
    FORCE_DROPPED: 'Bỏ từ chỉ mức độ, tính bắt buộc {word}: yêu cầu nhẹ hơn.',
    FORCE_SOFTENED: '{from} thành {to}: yêu cầu nhẹ hơn.',
    DEADLINE_DROPPED: 'Bỏ thời hạn {deadline}.',
    DEADLINE_LATER: 'Lùi thời hạn {from} thành {to}.',
    FREQUENCY_DROPPED: 'Bỏ tần suất {frequency}.',
    FREQUENCY_LOWER: 'Giãn tần suất {from} thành {to}.',
    TARGET_DROPPED: 'Bỏ chỉ tiêu {target}.',
    TARGET_LOWERED: 'Hạ chỉ tiêu {from} xuống {to}.',
    SANCTION_DROPPED: 'Bỏ chế tài {sanction}.',
    SANCTION_SOFTENED: 'Chế tài {from} thành {to}: nhẹ hơn.',
    FORCE_ADDED: 'Thêm từ chỉ mức độ, tính bắt buộc {word}: yêu cầu mạnh hơn.',
    FORCE_HARDENED: '{from} thành {to}: yêu cầu mạnh hơn.',
    DEADLINE_ADDED: 'Thêm thời hạn {deadline}.',
    DEADLINE_EARLIER: 'Rút thời hạn {from} thành {to}.',
    FREQUENCY_ADDED: 'Thêm tần suất {frequency}.',
    FREQUENCY_HIGHER: 'Tăng tần suất {from} thành {to}.',
    TARGET_ADDED: 'Thêm chỉ tiêu {target}.',
    TARGET_RAISED: 'Nâng chỉ tiêu {from} lên {to}.',
    SANCTION_ADDED: 'Thêm chế tài {sanction}.',
    EMPHASIS_DROPPED: 'Bỏ phần nhấn mạnh {qualifier} {what}: đối tượng được nêu riêng không còn.',
    ENUM_ITEMS_DROPPED: 'Danh sách bớt {count} mục: {items}.',
    EMPHASIS_ADDED: 'Thêm phần nhấn mạnh {qualifier} {what}.',
    ENUM_ITEMS_ADDED: 'Danh sách thêm {count} mục: {items}.',
    LEAD_CHANGED: 'Cơ quan chịu trách nhiệm đổi từ {from} sang {to}: loại cơ quan khác, không chỉ đổi cấp.',
    ROLE_CHANGED: 'Vai trò đổi: {from} thành {to}.',
    LEVEL_SWAP: '{from} thành {to}: cùng loại cơ quan, từ cấp {fromLevel} sang cấp {toLevel}.',
    VARIANT_CHOSEN: 'Chọn đúng cơ quan của địa phương: {from} thành {to}.',
    OPTION_CHOSEN: 'Không chọn phương án: {items}.',
    CENTRAL_ONLY_DROPPED: 'Bỏ cơ quan chỉ có ở Trung ương: {items}.',
    SCOPE_LOCALIZED: 'Giới hạn phạm vi: {place}.',
    REWORDED: 'Diễn đạt lại: thêm {inserted} từ, bỏ {deleted} từ, không đổi mức độ yêu cầu hay cơ quan.',
  },
  en: {
    FORCE_DROPPED: 'The word of force {word} dropped: a softer demand.',
    FORCE_SOFTENED: '{from} became {to}: a softer demand.',
    DEADLINE_DROPPED: 'Deadline {deadline} dropped.',
    DEADLINE_LATER: 'Deadline {from} moved to {to}.',
    FREQUENCY_DROPPED: 'Frequency {frequency} dropped.',
    FREQUENCY_LOWER: 'Frequency {from} became {to}.',
    TARGET_DROPPED: 'Target {target} dropped.',
    TARGET_LOWERED: 'Target {from} lowered to {to}.',
    SANCTION_DROPPED: 'Sanction {sanction} dropped.',
    SANCTION_SOFTENED: 'Sanction {from} became {to}: a lighter one.',
    FORCE_ADDED: 'The word of force {word} added: a stronger demand.',
    FORCE_HARDENED: '{from} became {to}: a stronger demand.',
    DEADLINE_ADDED: 'Deadline {deadline} added.',
    DEADLINE_EARLIER: 'Deadline {from} brought forward to {to}.',
    FREQUENCY_ADDED: 'Frequency {frequency} added.',
    FREQUENCY_HIGHER: 'Frequency {from} became {to}.',
    TARGET_ADDED: 'Target {target} added.',
    TARGET_RAISED: 'Target {from} raised to {to}.',
    SANCTION_ADDED: 'Sanction {sanction} added.',
    EMPHASIS_DROPPED: 'The emphasis {qualifier} {what} dropped: those singled out are no longer named.',
    ENUM_ITEMS_DROPPED: 'The list loses {count} items: {items}.',
    EMPHASIS_ADDED: 'The emphasis {qualifier} {what} added.',
    ENUM_ITEMS_ADDED: 'The list gains {count} items: {items}.',
    LEAD_CHANGED: 'The responsible body changed from {from} to {to}: another kind of body, not just another level.',
    ROLE_CHANGED: 'Role changed: {from} became {to}.',
    LEVEL_SWAP: '{from} became {to}: the same kind of body, from the {fromLevel} level to the {toLevel} level.',
    VARIANT_CHOSEN: 'The local body chosen: {from} became {to}.',
    OPTION_CHOSEN: 'Alternatives not taken: {items}.',
    CENTRAL_ONLY_DROPPED: 'Bodies that exist only at the centre left out: {items}.',
    SCOPE_LOCALIZED: 'Scope limited: {place}.',
    REWORDED: 'Reworded: {inserted} words added, {deleted} dropped, with no change of force or body.',
  },
};

/** Administrative levels (`Level` of core/admin-levels.ts) in words. */
export const LEVEL_WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: { central: 'Trung ương', province: 'tỉnh', local: 'địa phương', district: 'huyện', commune: 'xã' },
  en: { central: 'central', province: 'province', local: 'local', district: 'district', commune: 'commune' },
};
