/**
 * Kinds of documents (read from the documents themselves: "Công văn", "Kết luận") named in the
 * interface language. In Vietnamese a kind is the document's own word; in English the interface
 * names the known kinds and shows any other as the document wrote it.
 */
import { docText, type Lang, type Piece } from './words.ts';

const EN: Readonly<Record<string, string>> = {
  'báo cáo': 'Report',
  'chỉ thị': 'Directive',
  'công văn': 'Official letter',
  'hướng dẫn': 'Guidance',
  'kế hoạch': 'Plan',
  'kết luận': 'Conclusion',
  'luật': 'Law',
  'nghị định': 'Decree',
  'nghị quyết': 'Resolution',
  'nghị quyết liên tịch': 'Joint resolution',
  'quy chế': 'Rules',
  'quy định': 'Regulation',
  'quyết định': 'Decision',
  'thông báo': 'Notice',
  'thông tư': 'Circular',
  'tờ trình': 'Submission',
};

/** "Công văn 1154-CV/TU" (English: "Official letter 1154-CV/TU"); `noNumber` stands in for a missing number. */
export function docTitle(lang: Lang, kind: string | null, number: string | null, noNumber: string): Piece {
  return [kind ? [kindName(lang, kind), ' '] : '', number ? docText(number) : noNumber];
}

/** The kind as the interface names it: the document's word in Vietnamese, the English name when there is one. */
export function kindName(lang: Lang, kind: string): Piece {
  const en = lang === 'en' ? EN[kind.normalize('NFC').toLocaleLowerCase('vi')] : undefined;
  return en ?? docText(kind);
}
