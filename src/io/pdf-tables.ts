/**
 * Task tables in a PDF text layer. A PDF has no table, only runs of text at positions: a task table
 * (TT | Tỉnh kiến nghị | Thông tin đề xuất | Bộ phụ trách, as CV 174 prints its appendix) shows as
 * visual rows whose cells start at the same x, each row opened by its first column and continued
 * below in whichever column wraps. Found, the table is written as markdown rows, one line per row,
 * which the parser reads as a table whose rows are content. Two-column layouts (letterhead |
 * motto, number | date) are left to the paragraph rules: they are headers, not tasks. Cells are
 * told apart only where the text layer leaves a gap of three font sizes between them
 * (`COLUMN_GAP` in pdf-layout.ts); a table whose cells' text touches is read as paragraphs.
 */
import type { PdfLine } from './pdf-layout.ts';

/** Fewest columns of a task table; fewest rows opened in the first column. */
const MIN_COLUMNS = 3;
const MIN_ROWS = 3;

/** A stretch of a page's lines, or a table found among them, in page order. */
export type PagePiece = { readonly kind: 'lines'; readonly lines: PdfLine[] } | { readonly kind: 'table'; readonly markdown: string; readonly lines: PdfLine[] };

interface VisualRow { readonly lines: PdfLine[]; readonly y: number }

function visualRows(lines: readonly PdfLine[]): VisualRow[] {
  const rows: VisualRow[] = [];
  for (const l of lines) {
    const r = rows[rows.length - 1];
    if (r && Math.abs(r.y - l.y) < 0.4 * l.size) r.lines.push(l);
    else rows.push({ lines: [l], y: l.y });
  }
  for (const r of rows) r.lines.sort((a, b) => a.x0 - b.x0);
  return rows;
}

/** Index of the column a line starts in, or -1. */
function columnOf(starts: readonly number[], l: PdfLine): number {
  let best = -1, d = 2 * l.size;
  starts.forEach((x, i) => { if (Math.abs(x - l.x0) <= d) { d = Math.abs(x - l.x0); best = i; } });
  return best;
}

/** Splits a page's lines (top to bottom) into stretches of lines and task tables. */
export function findPdfTables(lines: readonly PdfLine[]): PagePiece[] {
  const rows = visualRows(lines);
  const out: PagePiece[] = [];
  let plain: PdfLine[] = [];
  for (let i = 0; i < rows.length;) {
    const head = rows[i]!;
    if (head.lines.length >= MIN_COLUMNS) {
      const starts = head.lines.map((l) => l.x0);
      let j = i + 1, opened = 1;
      const spacing = 3 * head.lines[0]!.size;
      while (j < rows.length && rows[j - 1]!.y - rows[j]!.y < spacing && rows[j]!.lines.every((l) => columnOf(starts, l) >= 0)) {
        if (columnOf(starts, rows[j]!.lines[0]!) === 0) opened++;
        j++;
      }
      if (opened >= MIN_ROWS) {
        if (plain.length) out.push({ kind: 'lines', lines: plain });
        plain = [];
        const taken = rows.slice(i, j);
        out.push({ kind: 'table', markdown: toMarkdown(taken, starts), lines: taken.flatMap((r) => r.lines) });
        i = j;
        continue;
      }
    }
    plain.push(...head.lines);
    i++;
  }
  if (plain.length) out.push({ kind: 'lines', lines: plain });
  return out;
}

/** Rows opened in the first column, continued below in any column, as markdown lines. */
function toMarkdown(rows: readonly VisualRow[], starts: readonly number[]): string {
  const table: string[][] = [];
  for (const r of rows) {
    const opens = columnOf(starts, r.lines[0]!) === 0 || !table.length;
    if (opens) table.push(starts.map(() => ''));
    const cells = table[table.length - 1]!;
    for (const l of r.lines) {
      const c = columnOf(starts, l);
      cells[c] = cells[c] ? `${cells[c]} ${l.text}` : l.text;
    }
  }
  return table.map((cells) => `| ${cells.map((c) => c.replace(/\|/gu, '\\|')).join(' | ')} |`).join('\n');
}
