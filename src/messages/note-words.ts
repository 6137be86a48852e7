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
};

const EN: Wordings = {
  'issuer-from-lead-in': (v) => ['Issuer not printed in the header; read from ', quoted(v.words), ' in the opening', v.place ? ' and the place line' : '', '.'],
  'kind-from-self-reference': (v) => ['Kind read from the document’s words about itself, ', quoted(`${v.kind} này`), '.'],
  'number-from-letter': (v) => [v.date ? 'Number and date' : 'Number', ' not printed in this copy; taken from the forwarding letter ', docText(v.letter), '.'],
  corrected: (v) => [`${FIELDS.en[v.field] ?? v.field}: corrected by the user (detected: `, v.detected ? detected(v.field, v.detected) : 'none', ').'],
};

const WORDINGS: Readonly<Record<Lang, Wordings>> = { vi: VI, en: EN };

/** The note in `lang`. */
export function wordNote<C extends NoteCode>(lang: Lang, note: Note<C>): Piece {
  return WORDINGS[lang][note.code](note.values);
}
