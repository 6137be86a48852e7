/**
 * Words of the exported files (tables, inspection report) in Vietnamese and English. The class
 * names are the app's (`src/ui/i18n/dict-vi.ts`: "Nguyên văn", "Điều chỉnh", "Bổ sung", "Không
 * triển khai"), so a table and the screen say the same.
 */
import type { CentralStatus, LocalClass, Part, Role } from '../core/types.ts';
import type { EffectKind } from '../core/effects.ts';
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

export const EFFECT_LABEL: Readonly<Record<Lang, Readonly<Record<EffectKind, string>>>> = {
  vi: { weakened: 'làm nhẹ', strengthened: 'làm mạnh', narrowed: 'thu hẹp', widened: 'mở rộng', reassigned: 'đổi cơ quan', localized: 'địa phương hóa', reworded: 'diễn đạt lại' },
  en: { weakened: 'weakened', strengthened: 'strengthened', narrowed: 'narrowed', widened: 'widened', reassigned: 'reassigned', localized: 'localized', reworded: 'reworded' },
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

export const DOCUMENT_HEADERS: Readonly<Record<Lang, Readonly<Record<DocumentColumn, string>>>> = {
  vi: {
    document: 'Số văn bản', issuer: 'Cơ quan ban hành', kind: 'Loại văn bản', date: 'Ngày ban hành', lag_days: 'Số ngày sau văn bản Trung ương',
    source: 'Tệp nguồn', role: 'Vai trò', tasks_total: 'Câu nhiệm vụ Trung ương', tasks_verbatim: 'Nhiệm vụ: nguyên văn',
    tasks_adapted: 'Nhiệm vụ: điều chỉnh', tasks_omitted: 'Nhiệm vụ: không triển khai', coverage: 'Tỷ lệ triển khai',
    local_verbatim: 'Câu địa phương: nguyên văn', local_adapted: 'Câu địa phương: điều chỉnh', local_added: 'Câu địa phương: bổ sung',
    omitted_tasks: 'Mã nhiệm vụ không triển khai', effects_weakened: 'Câu làm nhẹ', effects_strengthened: 'Câu làm mạnh',
    effects_narrowed: 'Câu thu hẹp', effects_widened: 'Câu mở rộng', effects_reassigned: 'Câu đổi cơ quan',
    effects_localized: 'Câu địa phương hóa', effects_reworded: 'Câu diễn đạt lại', reviewed_answers: 'Số kết quả do người kiểm tra quyết định',
  },
  en: {
    document: 'Number', issuer: 'Issuer', kind: 'Kind', date: 'Date', lag_days: 'Days after the central text',
    source: 'Source file', role: 'Role', tasks_total: 'Central task clauses', tasks_verbatim: 'Tasks: verbatim',
    tasks_adapted: 'Tasks: adapted', tasks_omitted: 'Tasks: omitted', coverage: 'Share carried',
    local_verbatim: 'Local clauses: verbatim', local_adapted: 'Local clauses: adapted', local_added: 'Local clauses: added',
    omitted_tasks: 'Omitted task clauses', effects_weakened: 'Weakened clauses', effects_strengthened: 'Strengthened clauses',
    effects_narrowed: 'Narrowed clauses', effects_widened: 'Widened clauses', effects_reassigned: 'Reassigned clauses',
    effects_localized: 'Localized clauses', effects_reworded: 'Reworded clauses', reviewed_answers: "Reviewer's answers",
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
