/**
 * Wording of the views at scale (issue 14: rules, citations, timeline, report with thousands of
 * documents): the scrolling regions' names and the aggregated tables. Vietnamese first, key for key in English.
 */
import type { Strings } from './translate.ts';
import { dictHook } from './use-dict.ts';

export const scaleVi = {
  'scroll.rows': '{what}: {n} dòng, cuộn trong khung để xem tiếp (phím mũi tên, Page Down)',
  'scroll.items': '{what}: {n} mục, cuộn trong khung để xem tiếp (phím mũi tên, Page Down)',
  'rules.agg.note': 'Có {n} văn bản: mỗi quy tắc cho biết số văn bản áp dụng và tổng số lần, thay cho một cột mỗi văn bản.',
  'rules.agg.docs': 'Số văn bản áp dụng',
  'rules.agg.share': '{n} / {total}',
  'rules.agg.more': 'và {n} chỗ khác',
  'rules.agg.totals': 'Tổng số lần thay thế: {n}, trong {docs} văn bản.',
  'citations.agg.note': 'Có {n} văn bản: mỗi văn bản được trích dẫn cho biết bao nhiêu văn bản kế thừa, bổ sung hay bỏ trích dẫn đó, thay cho một cột mỗi văn bản.',
  'citations.agg.central': 'Văn bản Trung ương',
  'citations.agg.count': '{n} văn bản',
  'citations.agg.flagged': 'Không thống nhất trong {n} văn bản',
  'citations.agg.others': '… và {n} văn bản khác.',
  'citations.agg.showAll': 'Nêu đủ {n} văn bản',
  'timeline.agg.note': 'Có {n} văn bản: trục ngày gộp thành số văn bản theo từng khoảng ngày.',
  'report.agg.shown': 'Đang hiện chi tiết {shown} / {total} văn bản (theo thứ tự bảng tóm tắt).',
  'report.agg.more': 'Hiện thêm {k} văn bản',
  'report.agg.all': 'Các tệp xuất (Word, Excel) luôn có đủ {total} văn bản; muốn in đủ, hãy hiện tất cả trước khi in.',
  'report.agg.showAll': 'Hiện tất cả {total} văn bản',
  'report.agg.charts': 'Biểu đồ theo từng văn bản chỉ vẽ khi có tối đa {max} văn bản; bảng tóm tắt ở trên có đủ số liệu.',
  'picker.label': 'Tìm văn bản khác để đối chiếu',
  'picker.placeholder': 'Gõ tên cơ quan hoặc số hiệu (không dấu cũng được)…',
  'picker.count': '{n} văn bản khớp; dùng phím mũi tên rồi Enter để mở',
  'picker.more': 'Chỉ hiện {shown} văn bản đầu tiên; gõ thêm để thu hẹp.',
  'picker.none': 'Không có văn bản nào khớp “{q}”.',
} as const;

export const scaleEn: Strings<keyof typeof scaleVi> = {
  'scroll.rows': '{what}: {n} rows, scroll inside the frame for more (arrow keys, Page Down)',
  'scroll.items': '{what}: {n} items, scroll inside the frame for more (arrow keys, Page Down)',
  'rules.agg.note': 'With {n} documents, each rule gives how many documents apply it and how often in all, instead of one column per document.',
  'rules.agg.docs': 'Documents applying it',
  'rules.agg.share': '{n} / {total}',
  'rules.agg.more': 'and {n} more',
  'rules.agg.totals': 'Substitutions in all: {n}, in {docs} documents.',
  'citations.agg.note': 'With {n} documents, each cited document gives how many documents inherit, add or drop it, instead of one column per document.',
  'citations.agg.central': 'Central text',
  'citations.agg.count': '{n} documents',
  'citations.agg.flagged': 'Inconsistent in {n} documents',
  'citations.agg.others': '… and {n} more documents.',
  'citations.agg.showAll': 'Name all {n} documents',
  'timeline.agg.note': 'With {n} documents, the day axis becomes the number of documents per span of days.',
  'report.agg.shown': 'Showing details of {shown} of {total} documents (in the order of the summary table).',
  'report.agg.more': 'Show {k} more documents',
  'report.agg.all': 'The exported files (Word, Excel) always hold all {total} documents; to print them all, show them all first.',
  'report.agg.showAll': 'Show all {total} documents',
  'report.agg.charts': 'Charts with one bar per document are drawn for up to {max} documents; the summary table above has every figure.',
  'picker.label': 'Find another document to compare',
  'picker.placeholder': 'Type an issuer or a number (tone marks optional)…',
  'picker.count': '{n} matching documents; use the arrow keys, then Enter to open',
  'picker.more': 'Only the first {shown} are listed; type more to narrow.',
  'picker.none': 'No document matches “{q}”.',
};

/** The translator for the interface language in the URL. */
export const useST = dictHook({ vi: scaleVi, en: scaleEn });
