/**
 * Parsing, step 2: repair what conversions break. A page break cuts a sentence into two
 * paragraphs (Lạng Sơn "…Đảng và hệ" / "thống chính trị…"; KL 54 "…Mặt trận Tổ quốc" /
 * "Việt Nam và…"); a hard-wrapped file makes every line its own paragraph (seed 003).
 */
import { paraText, type CellPlace, type RawPara } from './parse-lines.ts';
import { endsSentence, isCaps, personalName, readDash, readMarker } from './vn-text.ts';
import { BODY_OPENER } from './header-fields.ts';

/** A repaired paragraph: text plus the original lines it was made of. */
export interface Para {
  readonly text: string;
  readonly lines: readonly string[];
  readonly heading: boolean;
  /** Markdown heading level, 0 or absent when none. */
  readonly level?: number;
  /** Set when the paragraph is a table cell: cells are never joined to anything. */
  readonly cell?: CellPlace;
}

/** Paragraphs that begin a structure element and so never continue the previous sentence. */
function startsStructure(text: string): boolean {
  return readMarker(text) !== null || readDash(text) !== null || /^-{3,}|^\*$/u.test(text)
    || /^(Nơi nhận|Kính gửi|Số\s*:?\s*\d|T\/M|K\/T|TM\.|KT\.|TL\.|T\/L)/u.test(text)
    || isCaps(text) || personalName(text) !== null || text.startsWith('Đã ký');
}

/**
 * A file is hard-wrapped when nearly all prose paragraphs are short lines that do not end a
 * sentence. Seed 003: ~110 prose lines of at most ~90 characters; real paragraphs run to hundreds.
 */
function isHardWrapped(paras: readonly RawPara[]): boolean {
  // List items and capital lines are short in every document; only prose lines tell.
  const texts = paras.map(paraText).filter((t) => t.length >= 15 && readDash(t) === null && !isCaps(t));
  if (texts.length < 10) return false;
  const short = texts.filter((t) => t.length <= 110).length / texts.length;
  const open = texts.filter((t) => !endsSentence(t)).length / texts.length;
  return short >= 0.85 && open >= 0.5;
}

/** `{ ...r, text }` with its fields written out (a spread per paragraph cost as much as the reading); same field order. */
function withText(r: RawPara): Para {
  const text = paraText(r);
  if (r.level !== undefined) return { lines: r.lines, heading: r.heading, level: r.level, text };
  if (r.cell !== undefined) return { lines: r.lines, heading: r.heading, cell: r.cell, text };
  return { lines: r.lines, heading: r.heading, text };
}

function join(a: Para, b: Para): Para {
  // Both texts are collapsed already (`paraText`, or an earlier join): one space between them keeps it so.
  return { text: `${a.text} ${b.text}`, lines: [...a.lines, ...b.lines], heading: a.heading };
}

/** Whether paragraph `b` continues the sentence that paragraph `a` left open. */
function continues(a: Para, b: Para, hardWrapped: boolean, aIsTitle: boolean, addressee: boolean): boolean {
  if (a.heading || b.heading || a.cell || b.cell) return false;
  // "chính trị" / "- xã hội, …": a wrap before the hyphen of a compound, not a "-" item.
  if (startsStructure(b.text)) return /^[-–]\s+\p{Ll}/u.test(b.text) && !endsSentence(a.text);
  // A paragraph opening the body ("Thực hiện Luật Bầu cử…" under the Lương Minh plan's unterminated title) is never a continuation.
  if (BODY_OPENER.test(b.text) && /^\p{Lu}/u.test(b.text) && !hardWrapped) return false;
  // A document's title ("KẾ HOẠCH" / "thực hiện Kết luận số 54-KL/TW…") never runs into the body.
  if (aIsTitle && /^["“(]?\p{Lu}/u.test(b.text)) return false;
  // An addressee line ("- Các ban đảng, đảng đoàn…") goes on only in lower case: in a hard-wrapped
  // file the body's first sentence may follow it with no separator and no final comma.
  if (a.text.startsWith('Kính gửi') || isCaps(a.text) || (hardWrapped && addressee && readDash(a.text) !== null)) return hardWrapped && !startsStructure(b.text) && /^\p{Ll}/u.test(b.text);
  if (hardWrapped) return !/^-{3,}|^\*$/u.test(a.text);
  if (endsSentence(a.text)) return false;
  // A cut inside a sentence: the next paragraph starts in lower case, or the open paragraph is
  // long body prose (a page break before a proper noun, KL 54's "Tổ quốc" / "Việt Nam").
  return /^\p{Ll}/u.test(b.text) || (a.text.length >= 120 && !readMarker(a.text) && !aIsTitle);
}

/** A kind line joined with its subject by a hard wrap: "KẾ HOẠCH thực hiện Kết luận số 54-KL/TW…". */
const KIND_TITLE = /^(KẾ HOẠCH|KẾT LUẬN|CHỈ THỊ|NGHỊ QUYẾT|HƯỚNG DẪN|THÔNG BÁO|CÔNG VĂN|QUY ĐỊNH|QUYẾT ĐỊNH|BÁO CÁO)\s+\p{Ll}/u;

/** A paragraph that is only a page number: "2", "- 3 -", "Trang 4". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*[-–—])?$/u;

/** `PAGE_NUMBER` opens on a dash, "Trang" or a digit: other paragraphs skip it. */
function mayBePageNumber(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x54 || c === 0x2d || c === 0x2013 || c === 0x2014; // 0-9 T - – —
}

/** Joins paragraphs a conversion split, and drops page numbers. */
export function repairParagraphs(raw: readonly RawPara[]): Para[] {
  const hard = isHardWrapped(raw);
  const out: Para[] = [];
  let addressee = false;
  for (const r of raw) {
    const p = withText(r);
    // A page number left between the two halves of a cut sentence ("…phối hợp" / "2" / "với các…").
    if (mayBePageNumber(p.text) && PAGE_NUMBER.test(p.text) && out.length && !p.cell) continue;
    const prev = out[out.length - 1];
    // The paragraph under an upper-case title ("CỦA BAN BÍ THƯ" / "về tiếp tục…", "KẾ HOẠCH" /
    // "thực hiện…") is the document's title: it ends without a full stop but never runs into the body.
    // (The lower-case test first: paragraphs mostly open in capitals, and `isCaps` read each one again.)
    const prevIsTitle = (out.length >= 2 && /^\p{Ll}/u.test(prev?.text ?? '') && isCaps(out[out.length - 2]!.text))
      || KIND_TITLE.test(prev?.text ?? '');
    if (prev && continues(prev, p, hard, prevIsTitle, addressee)) out[out.length - 1] = join(prev, p);
    else {
      out.push(p);
      addressee = p.text.startsWith('Kính gửi') || (addressee && readDash(p.text) !== null);
    }
  }
  return out;
}

/** A received-stamp block: "ĐẢNG ỦY TTXVN ĐẾN Số đến: 1343 Ngày đến: 18/5/2023". */
export function isStamp(text: string): boolean {
  return /(^|\s)ĐẾN(\s|$)/u.test(text) && /(Số|Ngày)\s+đến\s*:/u.test(text);
}
