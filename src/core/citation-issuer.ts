/**
 * The issuer a citation names right after its number or date ("… của Ban Bí thư Trung ương Đảng"),
 * for `citations.ts`. Pure string code, like `citation-patterns.ts` it reads from.
 */
import { KIND, fold, squash } from './citation-patterns.ts';

// Folded words that may continue an issuer in lower case or after a line break ("Ban Bí thư \n\n
// Trung ương Đảng" in seed 003). Anything else lower case ("và chức trách" after "Ban Thường vụ
// Tỉnh ủy" in Lạng Sơn) ends it, and so does a new line starting elsewhere ("Kính gửi" in 000).
const ORGAN = new Set(('ban bi thu chap hanh trung uong dang bo chinh tri thuong vu truc tinh thanh uy pho '
  + 'huyen quan thi xa khoa nhan dan quoc hoi phu tuong mat tran to viet nam van phong kiem tra tuyen giao '
  + 'chuc doan khoi so dong chu tich nuoc tong thong tan lien').split(' '));
const ROMAN = /^[IVXLC]+$/;
const OF = /[\s,]*của\s+/uy;
const KIND_AHEAD = new RegExp(String.raw`^(?:${KIND})(?!\p{L})`, 'u');

/** Whether a word after the first ends an issuer: a lower-case word no organ name has, or any word past a line break but an organ word not in capitals. */
function stopsIssuer(core: string, lower: boolean, crossed: boolean): boolean {
  const f = fold(core);
  if (lower && !ORGAN.has(f)) return true;
  return crossed && ((core.length > 1 && core === core.toUpperCase() && !ROMAN.test(core)) || !ORGAN.has(f));
}

/**
 * Reads "của X" at `pos`: the issuer, word by word, until punctuation, "(", "về", "ban hành"
 * ("của Ủy ban nhân dân tỉnh ban hành Quy chế", Quảng Ngãi) or a word no organ name has.
 * Line breaks are crossed only into an organ word that is not all capitals: the Lạng Sơn subject
 * "của Ban Bí thư Trung ương Đảng" is followed by the header line "ĐẢNG CỘNG SẢN VIỆT NAM".
 */
export function readIssuer(s: string, pos: number): { issuer: string; end: number } | null {
  OF.lastIndex = pos;
  const of = OF.exec(s);
  if (!of) return null;
  const words = /\S+/gu;
  words.lastIndex = pos + of[0].length;
  let end = -1;
  let prevEnd = words.lastIndex;
  const start = prevEnd;
  let count = 0;
  for (let w = words.exec(s); w && count < 12; w = words.exec(s), count += 1) {
    const core = w[0].replace(/[,;.:)!?]+$/u, '');
    const stopped = core !== w[0];
    const first = end < 0;
    const lower = core === core.toLowerCase();
    if (core === '' || /^[("“”'‘]/u.test(core)) break;
    if (first && (lower || !/^\p{Lu}/u.test(core))) return null; // "của một số cấp uỷ" (KL 54) is no issuer
    // The fold, the line break and the capitals are read only for a word after the first, which they may stop.
    if (!first && stopsIssuer(core, lower, s.slice(prevEnd, w.index).includes('\n'))) break;
    if (core === 'ban' && /^\s+hành/u.test(s.slice(w.index + 3))) break;
    if (!first && KIND_AHEAD.test(s.slice(w.index, w.index + 24))) break; // "… của Đảng Kết luận số …"
    end = w.index + core.length;
    prevEnd = w.index + w[0].length;
    if (stopped) break;
  }
  return end < 0 ? null : { issuer: squash(s.slice(start, end)), end };
}
