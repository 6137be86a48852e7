/** Words of the one-document inspection report (`.docx`), Vietnamese and English. */
import type { EffectCode } from '../core/effects.ts';
import type { Lang } from './labels.ts';

type Vars = Readonly<Record<string, string | number>>;
const fill = (s: string, v: Vars) => s.replace(/\{(\w+)\}/gu, (m, k: string) => (k in v ? String(v[k]) : m));

const VI = {
  title: 'BÁO CÁO KIỂM TRA',
  subtitle: 'Việc triển khai {central} của {issuer}',
  'doc.heading': 'I. VĂN BẢN ĐƯỢC KIỂM TRA',
  'doc.document': 'Văn bản được kiểm tra: {name}',
  'doc.title': 'Trích yếu: {title}',
  'doc.source': 'Tệp nguồn: {source}',
  'doc.central': 'Văn bản Trung ương: {name}',
  'doc.centralTitle': 'Trích yếu văn bản Trung ương: {title}',
  'doc.centralSource': 'Tệp văn bản Trung ương: {source}',
  'doc.lag': 'Ban hành sau văn bản Trung ương {days} ngày.',
  'doc.tasks': 'Nhiệm vụ của Trung ương ({total} câu): {verbatim} nguyên văn, {adapted} điều chỉnh, {omitted} không triển khai.',
  'doc.local': 'Văn bản địa phương ({total} câu): {verbatim} nguyên văn, {adapted} điều chỉnh, {added} bổ sung.',
  'doc.reviewed': '{reviewed} trên {answers} kết quả do người kiểm tra quyết định; các kết quả còn lại do máy đối chiếu.',
  'doc.notReviewed': 'Tất cả {answers} kết quả do máy đối chiếu, chưa có quyết định của người kiểm tra.',
  name: '{kind} số {number} ngày {date} của {issuer}',
  'name.noNumber': '{kind} ngày {date} của {issuer}',
  unknown: 'không rõ',
  'findings.heading': 'II. PHÁT HIỆN',
  'findings.omitted': '1. Nhiệm vụ của Trung ương không được triển khai ({n})',
  'findings.weakened': '2. Nội dung bị làm nhẹ so với Trung ương ({n})',
  'findings.added': '3. Nội dung địa phương bổ sung ({n})',
  'findings.none': 'Không có.',
  'weakened.local': 'Địa phương: {text}',
  'weakened.central': 'Trung ương ({ids}): {text}',
  'weakened.evidence': 'Thay đổi: {what}',
  'table.heading': 'III. BẢNG ĐỐI CHIẾU TỪNG CÂU',
  'table.id': 'Mã', 'table.class': 'Phân loại', 'table.central': 'Câu Trung ương', 'table.text': 'Nội dung văn bản địa phương', 'table.effects': 'Tác động',
  'table.reviewedMark': '* Kết quả do người kiểm tra quyết định.',
  'decisions.heading': 'IV. QUYẾT ĐỊNH CỦA NGƯỜI KIỂM TRA ({n})',
  'decisions.none': 'Chưa có quyết định nào.',
  'decision.clause': 'Câu {id} của văn bản: “{text}”',
  'decision.central': 'Câu {id} của văn bản Trung ương: “{text}”',
  'decision.machine': 'Máy: {answer}.',
  'decision.answer': 'Người kiểm tra: {answer}.',
  'decision.who': 'Người quyết định: {by}, lúc {at}.',
  'decision.note': 'Lý do: {note}',
  'decision.noNote': 'Lý do: (không ghi)',
  'answer.fromCentral': '{cls} từ câu Trung ương {ids}',
  'answer.carriedBy': '{status} (qua câu {ids})',
  'unmatched.heading': 'Quyết định không còn khớp ({n})',
  'unmatched.item': '“{value}” — {reason} (người kiểm tra {by}, {at})',
  'conclusion.heading': 'V. KẾT LUẬN',
  'signature.placeDate': '{place}, ngày {d} tháng {m} năm {y}',
  'signature.title': 'NGƯỜI KIỂM TRA',
  'footer.page': 'Trang ',
  'footer.of': ' / ',
  'header.running': 'Báo cáo kiểm tra — {name}',
} as const;

type Key = keyof typeof VI;

const EN: Readonly<Record<Key, string>> = {
  title: 'INSPECTION REPORT',
  subtitle: 'How {issuer} carries out {central}',
  'doc.heading': 'I. THE DOCUMENT INSPECTED',
  'doc.document': 'Document inspected: {name}',
  'doc.title': 'Subject: {title}',
  'doc.source': 'Source file: {source}',
  'doc.central': 'Central text: {name}',
  'doc.centralTitle': 'Subject of the central text: {title}',
  'doc.centralSource': 'File of the central text: {source}',
  'doc.lag': 'Issued {days} days after the central text.',
  'doc.tasks': 'Central tasks ({total} clauses): {verbatim} verbatim, {adapted} adapted, {omitted} omitted.',
  'doc.local': 'Local document ({total} clauses): {verbatim} verbatim, {adapted} adapted, {added} added.',
  'doc.reviewed': "{reviewed} of {answers} answers are the reviewer's; the others are the machine's.",
  'doc.notReviewed': "All {answers} answers are the machine's; no reviewer's decision yet.",
  name: '{kind} {number} of {date} by {issuer}',
  'name.noNumber': '{kind} of {date} by {issuer}',
  unknown: 'unknown',
  'findings.heading': 'II. FINDINGS',
  'findings.omitted': '1. Central tasks not carried out ({n})',
  'findings.weakened': '2. Clauses weaker than the central text ({n})',
  'findings.added': '3. Clauses the document adds ({n})',
  'findings.none': 'None.',
  'weakened.local': 'Local: {text}',
  'weakened.central': 'Central ({ids}): {text}',
  'weakened.evidence': 'Change: {what}',
  'table.heading': 'III. CLAUSE BY CLAUSE',
  'table.id': 'Id', 'table.class': 'Class', 'table.central': 'Central clause', 'table.text': 'Local text', 'table.effects': 'Effects',
  'table.reviewedMark': "* The reviewer's answer.",
  'decisions.heading': "IV. THE REVIEWER'S DECISIONS ({n})",
  'decisions.none': 'No decision yet.',
  'decision.clause': 'Clause {id} of the document: “{text}”',
  'decision.central': 'Clause {id} of the central text: “{text}”',
  'decision.machine': 'Machine: {answer}.',
  'decision.answer': 'Reviewer: {answer}.',
  'decision.who': 'Decided by {by} at {at}.',
  'decision.note': 'Reason: {note}',
  'decision.noNote': 'Reason: (none written)',
  'answer.fromCentral': '{cls} from central clause {ids}',
  'answer.carriedBy': '{status} (by clause {ids})',
  'unmatched.heading': 'Decisions that no longer match ({n})',
  'unmatched.item': '“{value}” — {reason} (reviewer {by}, {at})',
  'conclusion.heading': 'V. CONCLUSION',
  'signature.placeDate': '{place}, {d}/{m}/{y}',
  'signature.title': 'REVIEWER',
  'footer.page': 'Page ',
  'footer.of': ' of ',
  'header.running': 'Inspection report — {name}',
};

/** The words of `lang`, filled with `vars`. */
export function inspectionWords(lang: Lang): (key: Key, vars?: Vars) => string {
  const dict: Readonly<Record<Key, string>> = lang === 'vi' ? VI : EN;
  return (key, vars = {}) => fill(dict[key], vars);
}

/** What a weakening did, from its code and values ("“nghiêm minh” thành “nghiêm”"). */
const WEAKENED: Readonly<Record<Lang, Partial<Record<EffectCode, string>>>> = {
  vi: {
    FORCE_DROPPED: 'bỏ từ “{word}”', FORCE_SOFTENED: '“{from}” thành “{to}”', DEADLINE_DROPPED: 'bỏ thời hạn “{deadline}”',
    DEADLINE_LATER: 'lùi thời hạn “{from}” thành “{to}”', FREQUENCY_DROPPED: 'bỏ tần suất “{frequency}”', FREQUENCY_LOWER: 'giãn “{from}” thành “{to}”',
    TARGET_DROPPED: 'bỏ chỉ tiêu “{target}”', TARGET_LOWERED: 'hạ chỉ tiêu “{from}” xuống “{to}”', SANCTION_DROPPED: 'bỏ chế tài “{sanction}”',
    SANCTION_SOFTENED: 'chế tài “{from}” thành “{to}”',
  },
  en: {
    FORCE_DROPPED: '“{word}” dropped', FORCE_SOFTENED: '“{from}” became “{to}”', DEADLINE_DROPPED: 'deadline “{deadline}” dropped',
    DEADLINE_LATER: 'deadline “{from}” moved to “{to}”', FREQUENCY_DROPPED: 'frequency “{frequency}” dropped', FREQUENCY_LOWER: '“{from}” became “{to}”',
    TARGET_DROPPED: 'target “{target}” dropped', TARGET_LOWERED: 'target “{from}” lowered to “{to}”', SANCTION_DROPPED: 'sanction “{sanction}” dropped',
    SANCTION_SOFTENED: 'sanction “{from}” became “{to}”',
  },
};

/** One weakening in words; falls back to its evidence ("central → local"). */
export function weakenedWords(lang: Lang, e: { readonly code: EffectCode; readonly values: Readonly<Record<string, string>>; readonly evidence: { readonly central: string; readonly local: string } }): string {
  const t = WEAKENED[lang][e.code];
  const s = t ? fill(t, e.values) : '';
  return s && !/\{\w+\}/u.test(s) ? s : `“${e.evidence.central}” → “${e.evidence.local}”`;
}

/** Why a decision matches nothing, in words. */
export const UNMATCHED_WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: {
    NO_DOCUMENT: 'không có văn bản nào mang số hoặc tên tệp này', NO_CLAUSE: 'không còn câu nào có nội dung này',
    AMBIGUOUS_CLAUSE: 'nhiều câu cùng có nội dung này', NO_CENTRAL: 'không có câu Trung ương này',
    AMBIGUOUS_CENTRAL: 'nhiều câu Trung ương cùng có nội dung này', NO_COUNTERPART: 'chưa chỉ ra câu Trung ương tương ứng',
  },
  en: {
    NO_DOCUMENT: 'no document has this number or file name', NO_CLAUSE: 'no clause reads like this any more',
    AMBIGUOUS_CLAUSE: 'several clauses read like this', NO_CENTRAL: 'no such central clause',
    AMBIGUOUS_CENTRAL: 'several central clauses read like this', NO_COUNTERPART: 'no central counterpart given',
  },
};

/** "25/11/2026 09:00" from an ISO time, as written (no time-zone conversion: the reviewer's own clock). */
export function dmyTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/u.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}:${m[5]}` : ''}`;
}
