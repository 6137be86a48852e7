/**
 * How a metadata field not printed in the header was found (core/reasons.ts `Note`), worded in each
 * language. Typed by code: a note added to the core does not compile until both languages word it.
 */
import type { Note, NoteCode, NoteValues } from '../core/reasons.ts';
import { docText, quoted, type Lang, type Piece } from './words.ts';

type Wordings = { readonly [C in NoteCode]: (v: NoteValues[C]) => Piece };

/** Names of the fields a user can correct (src/state/workspace/workspace-types.ts `EDITABLE_FIELDS`). */
const FIELDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: { kind: 'Loại văn bản', number: 'Số, ký hiệu', issuer: 'Cơ quan ban hành', date: 'Ngày ban hành', signer: 'Người ký', implements: 'Văn bản được thực hiện' },
  en: { kind: 'Kind', number: 'Number', issuer: 'Issuer', date: 'Date', signer: 'Signer', implements: 'Implements' },
};

/** A detected value as shown: an ISO date as dd/mm/yyyy, anything else as the document wrote it. */
const detected = (field: string, v: string): Piece => {
  const iso = field === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v) : null;
  return docText(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : v);
};

const VI: Wordings = {
  'issuer-from-lead-in': (v) => ['Cơ quan ban hành không in ở phần đầu văn bản; đọc từ ', quoted(v.words), ' trong phần mở đầu', v.place ? ' và dòng địa danh' : '', '.'],
  'kind-from-self-reference': (v) => ['Loại văn bản đọc từ cụm văn bản tự nhắc đến mình, ', quoted(`${v.kind} này`), '.'],
  'number-from-letter': (v) => [v.date ? 'Số hiệu và ngày' : 'Số hiệu', ' không in trong bản này; lấy từ công văn chuyển tiếp ', docText(v.letter), '.'],
  corrected: (v) => [`${FIELDS.vi[v.field] ?? v.field}: do người dùng sửa (nhận diện: `, v.detected ? detected(v.field, v.detected) : 'không có', ').'],
  'number-from-appendix': (v) => ['Số hiệu', v.date ? ', ngày' : '', v.issuer ? ', cơ quan ban hành' : '', ' không in ở phần đầu văn bản; đọc từ dòng ghi chú của phụ lục (', docText(v.number), ').'],
  'number-from-article': (v) => ['Văn bản được trích trong một bài viết; số hiệu đọc từ chỗ bài viết dẫn ', docText(v.number), '.'],
  'blank-field': (v) => [v.field === 'number' ? 'Số hiệu' : 'Ngày ban hành', ' để trống ở phần đầu văn bản (bản dự thảo).'],
  'implements-by-title': () => ['Văn bản Trung ương được nêu bằng tên (trích yếu), không bằng số hiệu.'],
  'implements-uncited': (v) => [`Không dẫn văn bản Trung ương nhưng triển khai ${v.carried}/${v.total} câu nhiệm vụ của văn bản đó.`],
  'cites-only': (v) => [`Có nêu văn bản Trung ương nhưng chỉ triển khai ${v.carried}/${v.total} câu nhiệm vụ: xếp vào loại chỉ trích dẫn.`],
  'compared-version': (v) => ['So sánh với một bản khác của chính văn bản Trung ương ', docText(v.number), ': hai bản không thực hiện lẫn nhau.'],
  'compared-sibling': (v) => ['Cả hai văn bản cùng thực hiện ', docText(v.number), ': văn bản đem so là văn bản cùng cấp, không phải văn bản nguồn.'],
  'control-chars-removed': (v) => [`Đã bỏ ${v.bidi + v.control} ký tự điều khiển hoặc đổi chiều chữ (ký tự ẩn có thể làm sai tên cơ quan).`],
};

const EN: Wordings = {
  'issuer-from-lead-in': (v) => ['Issuer not printed in the header; read from ', quoted(v.words), ' in the opening', v.place ? ' and the place line' : '', '.'],
  'kind-from-self-reference': (v) => ['Kind read from the document’s words about itself, ', quoted(`${v.kind} này`), '.'],
  'number-from-letter': (v) => [v.date ? 'Number and date' : 'Number', ' not printed in this copy; taken from the forwarding letter ', docText(v.letter), '.'],
  corrected: (v) => [`${FIELDS.en[v.field] ?? v.field}: corrected by the user (detected: `, v.detected ? detected(v.field, v.detected) : 'none', ').'],
  'number-from-appendix': (v) => ['Number', v.date ? ', date' : '', v.issuer ? ', issuer' : '', ' not printed in the header; read from the appendix note (', docText(v.number), ').'],
  'number-from-article': (v) => ['The text is quoted in an article; its number is read from the article’s reference to ', docText(v.number), '.'],
  'blank-field': (v) => [v.field === 'number' ? 'Number' : 'Date', ' left blank in the header (a draft).'],
  'implements-by-title': () => ['The central text is named by its title, not by its number.'],
  'implements-uncited': (v) => [`Does not cite the central text but carries ${v.carried} of its ${v.total} task clauses.`],
  'cites-only': (v) => [`Names the central text but carries only ${v.carried} of its ${v.total} task clauses: counted as citing only.`],
  'compared-version': (v) => ['Compared with another version of the central text ', docText(v.number), ': neither implements the other.'],
  'compared-sibling': (v) => ['Both documents implement ', docText(v.number), ': the text compared with is a sibling, not a source.'],
  'control-chars-removed': (v) => [`${v.bidi + v.control} control or text-direction characters removed (hidden characters can change an issuer’s name).`],
};

const WORDINGS: Readonly<Record<Lang, Wordings>> = { vi: VI, en: EN };

/** The note in `lang`. */
export function wordNote<C extends NoteCode>(lang: Lang, note: Note<C>): Piece {
  return WORDINGS[lang][note.code](note.values);
}
