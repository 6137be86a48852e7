/**
 * Whether a text stops before its end: the 2,000-character extracts in `../shared/real/damage_*`
 * end inside a word ("…gồm: vốn n", "…khu công nghệ cao, khu k"), the English summary of Chỉ thị
 * 19/CT-TTg inside "Government's acti", the MTTQ Quảng Ninh guide's broken copy on the site's own
 * "... [Nội dung đã được rút gọn]". A complete document ends on a sentence, a signature or a
 * table; a news article on its source ("Theo TTXVN").
 */
import { isSyllable } from './vn-syllable.ts';

/** Why a text looks cut: a site's truncation note, a last word broken off, a sentence left open. */
export type CutReason = 'marker' | 'broken-word' | 'open-sentence';

/** A site's note that it shortened the text, at the very end. */
const MARKER = /[[(]?\s*(?:nội dung (?:đã (?:được |bị )?|bị )?(?:rút gọn|lược bớt|cắt bớt)|còn (?:nữa|tiếp)|xem (?:tiếp|thêm)|đọc tiếp|read more|continued)\s*[\])]?\s*$/iu;
/** Lines that close nothing: page numbers, table rules and cell marks, markdown emphasis only. */
const FILLER = /^(?:[-–—]?\s*(?:Trang\s+)?\d{1,3}\s*[-–—]?|[|\s:-]*|[*_#\\]+)$/u;
const SENTENCE_END = /[.!?…:;)\]"”’»]$/u;
/** The closing of an official document: recipients, signature capacity, the end mark "./.". */
const CLOSING = /Nơi nhận\s*:|\b(?:T\/M|TM\.|K\/T|KT\.|TL\.|T\/L)\s|\.\/\.|Đã ký/u;
/** A line of prose runs longer than a table cell, a heading or a signature line. */
const PROSE_LINE = 60;

/** The last line that says something, without markdown marks and table cell marks. */
function lastLine(text: string): string {
  const lines = text.split(/[\n\f\r]/u);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!.replace(/\*\*|__|\s*\|\s*$|^\s*\|\s*/gu, '').trim();
    if (l && !FILLER.test(l)) return l;
  }
  return '';
}

/** Why `text` looks cut short, or null when it ends as a document or an article ends. */
export function cutShort(text: string): { reason: CutReason; ending: string } | null {
  const tail = text.slice(-400);
  const line = lastLine(tail);
  const ending = line.slice(-40);
  if (MARKER.test(line)) return { reason: 'marker', ending };
  if (!line || SENTENCE_END.test(line)) return null;
  const last = /([\p{L}\p{M}]+)[,\s]*$/u.exec(line)?.[1];
  // A lower-case last word that is no syllable: the cut fell inside it ("vốn n", "acti").
  if (last && last === last.toLowerCase() && !isSyllable(last)) return { reason: 'broken-word', ending };
  // A long line of prose that stops on a word or a comma, with no closing anywhere near the end.
  if (line.length >= PROSE_LINE && /[\p{Ll},]$/u.test(line) && !CLOSING.test(text.slice(-1500))) {
    return { reason: 'open-sentence', ending };
  }
  return null;
}
