/**
 * Parsing, step 1: raw converted text → paragraphs of cleaned lines. Removes what conversions
 * add (markdown marks, `<sup>` footnote markers, escaped characters, trailing line-break spaces)
 * and separates front matter and footnote definitions.
 */
import { isAllBold, isAllCapitals, isBoldLine, stripFormattingTags } from './line-scan.ts';
import { sanitizeText, type RemovedChars } from './sanitize-text.ts';

/** A paragraph as the conversion left it: consecutive non-blank lines. */
export interface RawPara {
  /** Cleaned lines (markdown removed, trimmed). */
  readonly lines: readonly string[];
  /** The whole paragraph was bold or a markdown heading: a title, never a continued sentence. */
  readonly heading: boolean;
}

export interface PreparedText {
  readonly front: Record<string, string>;
  readonly paras: RawPara[];
  readonly footnotes: string[];
  /** Direction and control characters removed from the raw text (see sanitize-text.ts). */
  readonly removed: RemovedChars;
}

/** Reads `key: value` front matter (only what the text itself cannot tell; see corpus/README). */
function readFront(raw: string): { front: Record<string, string>; body: string } {
  // "---\n…\n---\n" found with indexOf: a lazy `[\s\S]*?` overflows the stack on a huge unclosed block.
  const close = raw.startsWith('---\n') ? raw.indexOf('\n---\n', 4) : -1;
  if (close < 0) return { front: {}, body: raw };
  const front: Record<string, string> = {};
  for (const line of raw.slice(4, close).split('\n')) {
    const kv = /^([\w-]+):\s*(.*)$/u.exec(line.trim());
    if (kv) front[kv[1]!] = kv[2]!.replace(/^["']|["']$/gu, '');
  }
  return { front, body: raw.slice(close + 5) };
}

/** Strips markdown emphasis/heading marks and escapes from one line; reports whether it was all-bold/heading. */
function cleanLine(line: string): { text: string; marked: boolean } {
  let s = line.replace(/\t/gu, ' ');
  const heading = /^\s*#{1,6}\s+/u.test(s);
  s = s.replace(/^\s*#{1,6}\s+/u, '');
  const t = s.trim();
  const bold = isBoldLine(t);
  // Only formatting tags a conversion leaves behind; anything else is the document's own text
  // (a letter quoting "<script>…" must show it, as text).
  s = stripFormattingTags(s.replace(/<sup>\s*\d+\s*<\/sup>/giu, ''))
    .replace(/\\([*_#\\[\]()>-])/gu, '$1')
    .replace(/\*{1,3}(?=\S)|(?<=\S)\*{1,3}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (s === '*' || s === '* *') s = '*';
  return { text: s, marked: heading || bold };
}

/**
 * Splits raw text into paragraphs. Bold (`**…**`) spanning several lines of one paragraph counts
 * as a heading (KL 21's multi-line "**về đẩy mạnh xây dựng…**" title).
 */
export function prepareText(raw: string): PreparedText {
  const { text, removed } = sanitizeText(raw.normalize('NFC').replace(/\r\n?/gu, '\n').replace(/\u00a0/gu, ' '));
  const { front, body } = readFront(text);
  const paras: RawPara[] = [];
  const footnotes: string[] = [];
  let lines: string[] = [];
  let rawLines: string[] = [];
  const flush = () => {
    if (!lines.length) return;
    const joined = rawLines.join(' ').trim();
    const allBold = isAllBold(joined);
    const heading = allBold || /^#{1,6}\s/u.test(joined);
    if (/^<sup>\s*\d+\s*<\/sup>/iu.test(joined)) footnotes.push(lines.join(' '));
    else paras.push({ lines, heading });
    lines = [];
    rawLines = [];
  };
  for (const line of body.split('\n')) {
    const { text } = cleanLine(line);
    if (!text) { flush(); continue; }
    // A numbered point or a capitalized "-" item starts its own paragraph even without a blank
    // line before it (seed 003: "…“tự chuyển hóa”. " / " 3- Các cấp, các ngành…").
    if (lines.length && startsOwnParagraph(text, lines[lines.length - 1]!)) flush();
    lines.push(text);
    rawLines.push(line);
  }
  flush();
  return { front, paras, footnotes, removed };
}

/** Header and frame lines that are elements of their own even when no blank line separates them. */
const HEADER_LINE = /^(Số\s*:?\s*\d|V\/v\b|Về việc\b|Kính gửi|Nơi nhận|T\/M\b|TM\.|K\/T\b|KT\.|\*$|ĐẢNG CỘNG SẢN VIỆT NAM$|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập - Tự do)|^[\p{L} .'-]{2,40},\s*ngày\s+\d{1,2}\s+tháng/u;

function startsOwnParagraph(line: string, prev: string): boolean {
  if (HEADER_LINE.test(line) || HEADER_LINE.test(prev)) return true;
  // A capitalized line after a finished sentence starts a paragraph: text converted with single
  // line breaks ("…các xã, thị trấn." / "Nhận được Công văn này…") has no blank lines to tell.
  if (/[.:;!?…]["”’)]*$/u.test(prev) && /^["“(]?\p{Lu}/u.test(line) && !isAllCapitals(prev.split(' ').pop() ?? '')) return true;
  // A document number wrapped to the start of a line ("99-QĐ/TW;") is not a task marker.
  return /^(\d{1,2}(\.\d{1,2}){0,3}\s*[.\-–)]\s*(?!\p{Lu}{1,6}(?:-\p{Lu}{1,6})?\/)\p{Lu}|[IVX]{1,4}\s*[.\-–]\s*\p{Lu}|[-–+•]\s+\p{Lu}|[a-zđ]\)\s+\p{Lu})/u.test(line);
}

const texts = new WeakMap<RawPara, string>();

/** Paragraph text with its lines joined by single spaces (computed once per paragraph: parsing asks often). */
export function paraText(p: RawPara): string {
  let t = texts.get(p);
  if (t === undefined) texts.set(p, (t = p.lines.join(' ').replace(/\s+/gu, ' ').trim()));
  return t;
}
