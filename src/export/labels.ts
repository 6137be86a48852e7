/**
 * Words of the exported files (tables, inspection report) in Vietnamese and English. The class
 * names are the app's (`src/ui/i18n/dict-vi.ts`: "Nguyên văn", "Điều chỉnh", "Bổ sung", "Không
 * triển khai"), so a table and the screen say the same.
 */
import type { CentralStatus, LocalClass, Part, Role } from '../core/types.ts';
import { EFFECT_KINDS } from '../core/effects.ts';
import { effectClausesHeader } from '../messages/effect-kinds.ts';
import type { ClauseColumn } from './tables.ts';
import type { DocumentColumn } from '../core/document-table.ts';
import type { AuditColumn } from '../core/audit-trail.ts';

export type Lang = 'vi' | 'en';

export const CLASS_LABEL: Readonly<Record<Lang, Readonly<Record<LocalClass | 'omitted', string>>>> = {
  vi: { verbatim: 'Nguyên văn', adapted: 'Điều chỉnh', added: 'Bổ sung', omitted: 'Không triển khai' },
  en: { verbatim: 'Verbatim', adapted: 'Adapted', added: 'Added', omitted: 'Omitted' },
};

export const STATUS_LABEL: Readonly<Record<Lang, Readonly<Record<CentralStatus | 'carried', string>>>> = {
  vi: { verbatim: 'Nguyên văn', adapted: 'Điều chỉnh', omitted: 'Không triển khai', carried: 'Có triển khai' },
  en: { verbatim: 'Verbatim', adapted: 'Adapted', omitted: 'Omitted', carried: 'Carried' },
};

export const PART_LABEL: Readonly<Record<Lang, Readonly<Record<Part, string>>>> = {
  vi: { assessment: 'Đánh giá', 'lead-in': 'Mở đầu', task: 'Nhiệm vụ', implementation: 'Tổ chức thực hiện', closing: 'Kết thúc', appendix: 'Phụ lục' },
  en: { assessment: 'Assessment', 'lead-in': 'Lead-in', task: 'Task', implementation: 'Implementation', closing: 'Closing', appendix: 'Appendix' },
};

export const ROLE_LABEL: Readonly<Record<Lang, Readonly<Record<Role, string>>>> = {
  vi: { implementation: 'Văn bản triển khai', forwarding: 'Công văn chuyển tiếp', 'cites-only': 'Chỉ trích dẫn' },
  en: { implementation: 'Implementation', forwarding: 'Forwarding', 'cites-only': 'Cites only' },
};

export const CLAUSE_HEADERS: Readonly<Record<Lang, Readonly<Record<ClauseColumn, string>>>> = {
  vi: {
    document: 'Văn bản', issuer: 'Cơ quan ban hành', clause: 'Mã vế câu', unit: 'Mục', part: 'Phần', class: 'Phân loại',
    similarity: 'Độ tương đồng', central_clause: 'Câu Trung ương', central_unit: 'Mục Trung ương', local_text: 'Câu chữ địa phương',
    central_text: 'Câu chữ Trung ương', reason: 'Lý do (máy)', effects: 'Tác động của thay đổi', reviewer: 'Người kiểm tra',
    reviewed_at: 'Thời điểm quyết định', review_note: 'Lý do của người kiểm tra', machine_class: 'Phân loại của máy', machine_central: 'Câu Trung ương theo máy',
  },
  en: {
    document: 'Document', issuer: 'Issuer', clause: 'Clause', unit: 'Unit', part: 'Part', class: 'Class',
    similarity: 'Similarity', central_clause: 'Central clause', central_unit: 'Central unit', local_text: 'Local text',
    central_text: 'Central text', reason: 'Reason (machine)', effects: 'Effects of the change', reviewer: 'Reviewer',
    reviewed_at: 'Decided at', review_note: "Reviewer's reason", machine_class: "Machine's class", machine_central: "Machine's central clause",
  },
};

/** Columns `${prefix}_${key}`, one per key, named by `name`. */
function columns<P extends string, K extends string>(prefix: P, keys: readonly K[], name: (key: K) => string): Record<`${P}_${K}`, string> {
  return Object.fromEntries(keys.map((k) => [`${prefix}_${k}`, name(k)])) as Record<`${P}_${K}`, string>;
}

const COUNTED: Readonly<Record<Lang, { readonly tasks: string; readonly local: string }>> = {
  vi: { tasks: 'Nhiệm vụ', local: 'Câu địa phương' },
  en: { tasks: 'Tasks', local: 'Local clauses' },
};

/**
 * The document table's count columns, named from the class and effect words so that they say
 * what the screen says: "Nhiệm vụ: nguyên văn", "Local clauses: added", "Câu làm nhẹ".
 */
function countHeaders(lang: Lang) {
  const classWord = (c: LocalClass | 'omitted') => CLASS_LABEL[lang][c].toLocaleLowerCase(lang);
  return {
    ...columns('tasks', ['verbatim', 'adapted', 'omitted'] as const, (c) => `${COUNTED[lang].tasks}: ${classWord(c)}`),
    ...columns('local', ['verbatim', 'adapted', 'added'] as const, (c) => `${COUNTED[lang].local}: ${classWord(c)}`),
    ...columns('effects', EFFECT_KINDS, (k) => effectClausesHeader(lang, k)),
  };
}

export const DOCUMENT_HEADERS: Readonly<Record<Lang, Readonly<Record<DocumentColumn, string>>>> = {
  vi: {
    document: 'Số văn bản', issuer: 'Cơ quan ban hành', kind: 'Loại văn bản', date: 'Ngày ban hành', lag_days: 'Số ngày sau văn bản Trung ương',
    source: 'Tệp nguồn', role: 'Vai trò', tasks_total: 'Câu nhiệm vụ Trung ương', coverage: 'Tỷ lệ triển khai',
    omitted_tasks: 'Mã nhiệm vụ không triển khai', reviewed_answers: 'Số kết quả do người kiểm tra quyết định', ...countHeaders('vi'),
  },
  en: {
    document: 'Number', issuer: 'Issuer', kind: 'Kind', date: 'Date', lag_days: 'Days after the central text',
    source: 'Source file', role: 'Role', tasks_total: 'Central task clauses', coverage: 'Share carried',
    omitted_tasks: 'Omitted task clauses', reviewed_answers: "Reviewer's answers", ...countHeaders('en'),
  },
};

export const AUDIT_HEADERS: Readonly<Record<Lang, Readonly<Record<AuditColumn, string>>>> = {
  vi: { document: 'Văn bản', seq: 'STT', event: 'Sự kiện', at: 'Thời điểm', reviewer: 'Người kiểm tra', target: 'Câu được xem xét', answer: 'Kết quả mới', machine: 'Kết quả của máy', note: 'Lý do', undoes: 'Hủy quyết định số' },
  en: { document: 'Document', seq: 'No.', event: 'Event', at: 'Time', reviewer: 'Reviewer', target: 'Clause', answer: 'New answer', machine: "Machine's answer", note: 'Reason', undoes: 'Undoes decision' },
};

export const SHEET_NAMES: Readonly<Record<Lang, { readonly documents: string; readonly clauses: string; readonly audit: string }>> = {
  vi: { documents: 'Văn bản', clauses: 'Các vế câu', audit: 'Nhật ký kiểm tra' },
  en: { documents: 'Documents', clauses: 'Clauses', audit: 'Audit trail' },
};

/** "17/07/2023" from "2023-07-17"; '' for null. */
export const dmy = (iso: string | null): string => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
