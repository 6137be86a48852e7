/**
 * PDF text items → lines → paragraphs. A PDF has no paragraphs, only positioned runs of glyphs
 * (Chromium even splits "Tỉnh" into "T", "ỉ", "nh" when the accented glyph comes from another
 * font), so we rebuild them from geometry: items sharing a baseline form a line; a vertical gap
 * larger than the usual line spacing, or a short line followed by a capital, a digit or a list
 * marker, starts a new paragraph. Vietnamese has no hyphenation, so lines are joined by a space
 * (none after a hyphen glued to a word: "99-" + "QĐ/TW" is "99-QĐ/TW").
 */

/** A positioned run of text, as pdfjs's `TextItem` (`transform[4]` = x, `transform[5]` = baseline y). */
export interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly hasEOL?: boolean;
}

/** One visual line of a page. y grows upwards (PDF space). */
export interface PdfLine {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
}

interface Placed { str: string; x: number; y: number; w: number; size: number }

/** Runs further apart than this many font sizes are separate cells ("TỈNH ỦY …     ĐẢNG CỘNG SẢN …"). */
const COLUMN_GAP = 3;

function toLine(items: Placed[]): PdfLine {
  let text = '';
  let prevEnd = -Infinity;
  for (const it of items) {
    const gap = it.x - prevEnd;
    if (text !== '' && gap > 0.15 * it.size && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
    text += it.str;
    prevEnd = it.x + it.w;
  }
  const first = items[0] as Placed;
  const size = items.reduce((m, i) => Math.max(m, i.size), 0);
  return { text: text.replace(/\s+/g, ' ').trim(), x0: first.x, x1: prevEnd, y: first.y, size };
}

/** Groups a page's text items into lines, top to bottom, left to right. */
export function pageLines(items: readonly PdfTextItem[]): PdfLine[] {
  const placed: Placed[] = items
    .filter((i) => i.str !== '')
    .map((i) => ({ str: i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, w: i.width, size: Math.abs(i.transform[3] ?? 0) || i.height || 10 }));
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Placed[][] = [];
  for (const it of placed) {
    const row = rows[rows.length - 1];
    // Same line when baselines are within 40% of the font size (superscripts stay on their line).
    if (row !== undefined && Math.abs((row[0] as Placed).y - it.y) < 0.4 * Math.max(it.size, (row[0] as Placed).size)) row.push(it);
    else rows.push([it]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let cell: Placed[] = [];
    for (const it of row) {
      const last = cell[cell.length - 1];
      if (last !== undefined && it.x - (last.x + last.w) > COLUMN_GAP * it.size) { lines.push(toLine(cell)); cell = []; }
      cell.push(it);
    }
    if (cell.length > 0) lines.push(toLine(cell));
  }
  // Page numbers ("2", "- 2 -") on the first or last line are furniture, not text.
  const furniture = (l: PdfLine | undefined): boolean => l !== undefined && /^[-–]?\s*\d{1,3}\s*[-–]?$/.test(l.text);
  if (furniture(lines[lines.length - 1])) lines.pop();
  if (furniture(lines[0])) lines.shift();
  return lines.filter((l) => l.text !== '');
}

import { findPdfTables } from './pdf-tables.ts';

const LIST_ITEM = /^(?:[-–+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)/;
const BULLET = /^[-–+•*]\s/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Joins the lines of all pages into text: paragraphs separated by a blank line, "- " list items
 * on their own line, lines of one paragraph joined by a space (also across a page break, unless
 * the last line of the page is short).
 */
export function linesToText(pages: readonly PdfLine[][]): string {
  const all = pages.flat();
  if (all.length === 0) return '';
  const left = all.reduce((m, l) => Math.min(m, l.x0), Infinity);
  const right = all.reduce((m, l) => Math.max(m, l.x1), -Infinity);
  const spacings: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const d = (page[i - 1] as PdfLine).y - (page[i] as PdfLine).y;
      if (d > 0 && d < 3 * (page[i] as PdfLine).size) spacings.push(d);
    }
  }
  const spacing = median(spacings);
  let out = '';
  let prev: PdfLine | null = null;
  const pieces = pages.flatMap((page) => findPdfTables(page));
  for (const piece of pieces) {
    if (piece.kind === 'table') {
      // A task table: its markdown rows are a paragraph of their own (pdf-tables.ts).
      out += (out ? '\n\n' : '') + piece.markdown;
      prev = null;
      continue;
    }
    piece.lines.forEach((line, i) => {
      if (prev === null) out += out ? '\n\n' : '';
      else {
        const short = prev.x1 < right - 0.15 * (right - left);
        const gap = i > 0 && spacing > 0 && prev.y - line.y > 1.3 * spacing;
        const opens = /^[\p{Lu}\d"“(]/u.test(line.text) || LIST_ITEM.test(line.text);
        const listAfterPunct = LIST_ITEM.test(line.text) && /[.,;:]$/.test(prev.text);
        // Chromium and Word wrap after the hyphen or slash of "99-QĐ/TW": glue, never a break.
        const glued = /\S[-/]$/.test(prev.text);
        if (gap) out += '\n\n';
        else if (glued) out += '';
        else if ((short && opens) || listAfterPunct) out += BULLET.test(line.text) ? '\n' : '\n\n';
        else out += ' ';
      }
      out += line.text;
      prev = line;
    });
  }
  return out;
}
