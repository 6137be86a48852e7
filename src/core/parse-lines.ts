/**
 * Parsing, step 1: raw converted text → paragraphs of cleaned lines. Removes what conversions
 * add (markdown marks, `<sup>` footnote markers, escaped characters, trailing line-break spaces)
 * and separates front matter and footnote definitions.
 */
import { findTables, type RawCell } from './parse-tables.ts';
import { isAllBold } from './line-scan.ts';
import { cleanLine } from './clean-line.ts';
import { isSpace } from './spaces.ts';
import type { RemovedChars } from './sanitize-text.ts';
import { plainText } from './plain-text.ts';
import { startsOwnParagraph } from './parse-line-breaks.ts';
import { ownString } from './own-string.ts';

/** A paragraph as the conversion left it: consecutive non-blank lines. */
export interface RawPara {
  /** Cleaned lines (markdown removed, trimmed). */
  readonly lines: readonly string[];
  /** The whole paragraph was bold or a markdown heading: a title, never a continued sentence. */
  readonly heading: boolean;
  /** The lines joined by single spaces (`paraText`), made once with the paragraph: parsing asks often. */
  readonly text: string;
  /** Markdown heading level (1 for "#"), 0 when none: a web page's title or a Q&A question is a wrapper. */
  readonly level?: number;
  /** The paragraph is one cell of a table (see parse-tables.ts). */
  readonly cell?: CellPlace;
}

/** Where a table cell sits: table number in the file, row and column. */
export interface CellPlace {
  readonly table: number;
  readonly row: number;
  readonly col: number;
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

/**
 * Splits raw text into paragraphs; every table cell becomes a paragraph of its own, marked with
 * its place (a form feed from pdftotext is a paragraph break). Bold (`**…**`) spanning several lines of one paragraph counts
 * as a heading (KL 21's multi-line "**về đẩy mạnh xây dựng…**" title). `isNfc`: see `plainText`.
 */
export function prepareText(raw: string, isNfc = false): PreparedText {
  const { text: plain, removed, plainSpaces } = plainText(raw, isNfc);
  const { front, body } = readFront(plain);
  const paras: RawPara[] = [];
  const footnotes: string[] = [];
  let lines: string[] = [];
  let rawLines: string[] = [];
  const flush = () => {
    if (!lines.length) return;
    const joined = rawLines.join(' ').trim();
    // A heading mark opens on "#", a footnote on "<": other paragraphs skip those expressions.
    const first = joined.charAt(0);
    const allBold = isAllBold(joined);
    const heading = allBold || (first === '#' && /^#{1,6}\s/u.test(joined));
    const level = first === '#' ? /^(#{1,6})\s/u.exec(joined)?.[1]!.length ?? 0 : 0;
    if (first === '<' && /^<sup>\s*\d+\s*<\/sup>/iu.test(joined)) footnotes.push(lines.join(' '));
    else paras.push(level ? { lines, heading, level, text: joinLines(lines) } : { lines, heading, text: joinLines(lines) });
    lines = [];
    rawLines = [];
  };
  // pdftotext glues an underline to the next line: "----------------Thực hiện Chỉ thị số…".
  const all: string[] = [];
  // Lines known to hold no mark, no double space and no white space but spaces: `cleanLine` reads only their ends.
  const plainLines: boolean[] = [];
  const marks = plainSpaces ? markOffsets(body) : null;
  let off = 0, next = 0;
  for (const l of body.split('\n')) {
    if (opensOnRule(l) && /^\s*[-–_=]{5,}(?=[^\s\-–_=])/u.test(l)) {
      all.push(/^\s*[-–_=]+/u.exec(l)![0], l.replace(/^\s*[-–_=]+/u, ''));
      plainLines.push(false, false);
    } else {
      all.push(l);
      if (marks) while (next < marks.length && marks[next]! < off) next++;
      plainLines.push(marks !== null && !(next < marks.length && marks[next]! < off + l.length));
    }
    off += l.length + 1;
  }
  const tables = findTables(all);
  let t = 0;
  for (let i = 0; i < all.length; i++) {
    const table = tables[t];
    if (table && i === table.from) {
      flush();
      for (const c of table.cells) pushCell(paras, c, t);
      t++;
      i = table.to - 1;
      continue;
    }
    const line = all[i]!;
    const { text } = cleanLine(line, plainLines[i]);
    if (!text) { flush(); continue; }
    // A numbered point or a capitalized "-" item starts its own paragraph even without a blank
    // line before it (seed 003: "…“tự chuyển hóa”. " / " 3- Các cấp, các ngành…").
    if (lines.length && startsOwnParagraph(text, lines[lines.length - 1]!)) flush();
    // A copy: a slice of the file's text keeps all of it for as long as the document keeps a
    // heading or a signer's name read from the line (12 MB at N = 1,000).
    lines.push(ownString(text));
    rawLines.push(line);
  }
  flush();
  return { front, paras, footnotes, removed };
}

/**
 * Where `body` holds a character `cleanLine` acts on besides white space ("#", "*", "<", "\\") or a
 * double space, in order: five searches of the whole text (native, a few instructions a character)
 * instead of an expression run over every line (three times as costly).
 */
function markOffsets(body: string): number[] {
  const at: number[] = [];
  for (const m of ['#', '*', '<', '\\', '  ']) for (let i = body.indexOf(m); i >= 0; i = body.indexOf(m, i + 1)) at.push(i);
  return at.sort((a, b) => a - b);
}

/** The line opens on a rule character or white space: only such a line may hold a glued underline. */
function opensOnRule(l: string): boolean {
  // An empty line is answered first: reading past its end deoptimized the function.
  if (!l.length) return false;
  const c = l.charCodeAt(0);
  return c === 0x2d || c === 0x2013 || c === 0x5f || c === 0x3d || isSpace(c); // - – _ =
}

/** A table cell as a paragraph: its lines cleaned, bold when every line was. */
function pushCell(paras: RawPara[], c: RawCell, table: number): void {
  const cleaned = c.lines.map((l) => cleanLine(l)).filter((l) => l.text);
  if (!cleaned.length) return;
  const joined = c.lines.join(' ').trim();
  const heading = isAllBold(joined);
  const lines = cleaned.map((l) => ownString(l.text));
  paras.push({ lines, heading, cell: { table, row: c.row, col: c.col }, text: joinLines(lines) });
}

/**
 * Paragraph text: its lines joined by single spaces. Every line is `cleanLine`'s output — white
 * space already collapsed to single spaces, trimmed, never empty — so the join is collapsed too.
 */
function joinLines(lines: readonly string[]): string {
  return lines.length === 1 ? lines[0]! : lines.join(' ');
}

/** Paragraph text with its lines joined by single spaces. */
export function paraText(p: RawPara): string {
  return p.text;
}
