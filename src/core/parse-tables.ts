/**
 * Parsing, step 0: tables in converted text. Two shapes reach us:
 * - markdown rows, one line per row ("| Số: 22/2013/QĐ-TTg | Hà Nội, ngày 26 tháng 04 năm 2013 |",
 *   QĐ 22 and QĐ 3210 from a crawl), with "|---|" separator rows;
 * - cell marks, a "|" alone on its line between cells and two marks in a row between rows (the
 *   thuvienphapluat pages of KL 221, CV 174 and Nghệ An 1026: "|" / "1" / "|" / "Lào Cai" / "|" …).
 * Both the header (letterhead | motto, number | place and date) and the content (CV 174's 50-row
 * appendix) are tables; this step only finds the cells, later steps decide what they are.
 */

/** One cell: its raw lines, and where it sits. */
export interface RawCell {
  readonly lines: readonly string[];
  readonly row: number;
  readonly col: number;
}

/** A table found in the raw lines `[from, to)`. */
export interface RawTable {
  readonly from: number;
  readonly to: number;
  readonly cells: readonly RawCell[];
}

const MD_ROW = /^\s*\|.*\|\s*$/u;
const MD_SEPARATOR = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?$/u;
const MARK = /^\s*\|\s*$/u;
/** Lines between two cell marks of one table: CV 174's longest cell has 11. */
const MAX_CELL_LINES = 40;
/** Lines before the first mark that may be the first cell (a letterhead: "ỦY BAN NHÂN DÂN" / "TỈNH THANH HOÁ" / "-------"). */
const MAX_LEADING_LINES = 8;

/** Finds every table in `lines` (raw lines of one file), in order, non-overlapping. */
export function findTables(lines: readonly string[]): RawTable[] {
  const out: RawTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const pipe = lines[i]!.includes('|'); // both shapes hold one: most lines skip both expressions
    const t = pipe && MD_ROW.test(lines[i]!) && (lines[i]!.match(/\|/gu)?.length ?? 0) >= 2 ? markdownTable(lines, i) : null;
    if (t) { out.push(t); i = t.to; continue; }
    const marked = pipe && MARK.test(lines[i]!) ? markedTables(lines, i, out.at(-1)?.to ?? 0) : [];
    if (marked.length) { out.push(...marked); i = marked.at(-1)!.to; } else i++;
  }
  return out;
}

/** A run of markdown rows from `start`. Cell text keeps the converter's flattened lines; "-----" underlines split them. */
function markdownTable(lines: readonly string[], start: number): RawTable {
  const cells: RawCell[] = [];
  let i = start, row = 0;
  for (; i < lines.length && MD_ROW.test(lines[i]!); i++) {
    if (MD_SEPARATOR.test(lines[i]!)) continue;
    const inner = lines[i]!.trim().slice(1, -1);
    splitCells(inner).forEach((text, col) => {
      const parts = text.split(/\s-{3,}\s*|<br\s*\/?>/iu).map((s) => s.trim()).filter(Boolean);
      if (parts.length) cells.push({ lines: parts, row, col });
    });
    row++;
  }
  return { from: start, to: i, cells };
}

/** Splits a markdown row's inner text at unescaped pipes. */
function splitCells(inner: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let k = 0; k < inner.length; k++) {
    const ch = inner[k]!;
    if (ch === '\\' && inner[k + 1] === '|') { cur += '|'; k++; continue; }
    if (ch === '|') { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** A run of lines between two marks: `[from, to)` in the file's lines. */
interface Segment { readonly from: number; readonly to: number }

/**
 * Cells between "|" marks from the mark at `first`. The table ends at the last mark that is
 * followed, within MAX_CELL_LINES lines and before a blank line, by another mark. Text after the
 * last mark is not a cell (KL 221: "|" / "**KẾT LUẬN**" / "CỦA BỘ CHÍNH TRỊ…" goes on as the title).
 * May return two tables: see `splitWideFirstRow`.
 */
function markedTables(lines: readonly string[], first: number, floor: number): RawTable[] {
  const marks = [first];
  for (let i = first + 1; i < lines.length; i++) {
    if (!lines[i]!.trim()) break;
    if (MARK.test(lines[i]!)) marks.push(i);
    else if (i - marks.at(-1)! > MAX_CELL_LINES) break;
  }
  const end = marks.at(-1)! + 1;
  // Segments between marks; an empty one (two marks in a row) ends a row.
  let rows: Segment[][] = [[]];
  for (let k = 0; k + 1 < marks.length; k++) {
    const seg = { from: marks[k]! + 1, to: marks[k + 1]! };
    if (seg.to === seg.from) { if (rows.at(-1)!.length) rows.push([]); continue; }
    rows.at(-1)!.push(seg);
  }
  rows = rows.filter((r) => r.length);
  const lead = leadingLines(lines, first, floor);
  if (lead > 0 && takesLeading(rows)) rows[0] = [{ from: first - lead, to: first }, ...(rows[0] ?? [])];
  const from = rows[0]?.[0]?.from ?? first;
  if (!rows.length) return marks.length > 1 ? [{ from: first, to: end, cells: [] }] : [];
  const [head, body] = splitWideFirstRow(rows);
  const tables = head ? [toTable(lines, [head], from, body[0]![0]!.from), toTable(lines, body, body[0]![0]!.from, end)] : [toTable(lines, body, Math.min(from, first), end)];
  return tables;
}

function toTable(lines: readonly string[], rows: readonly (readonly Segment[])[], from: number, to: number): RawTable {
  const cells: RawCell[] = [];
  rows.forEach((segs, row) => segs.forEach((seg, col) => {
    const kept = lines.slice(seg.from, seg.to).filter((l) => l.trim());
    if (kept.length) cells.push({ lines: kept, row, col });
  }));
  return { from, to, cells };
}

/**
 * CV 174 loses the row ends around its appendix heading: "|" / "Nơi nhận:…" / "|" / "KT. TRƯỞNG
 * BAN…" / "|" / "PHỤ LỤC…(Kèm theo Công văn số 174…)" / "|" / "TT" / "|" / "Tỉnh kiến nghị" … — a
 * first row of 7 cells over rows of 4. The cells beyond the usual width, at the front, are a
 * table of their own (the recipients | signature block, then the heading).
 */
function splitWideFirstRow(rows: Segment[][]): [Segment[] | null, Segment[][]] {
  if (rows.length < 3) return [null, rows];
  const usual = usualWidth(rows.slice(1));
  const extra = rows[0]!.length - usual;
  if (extra <= 0) return [null, rows];
  return [rows[0]!.slice(0, extra), [rows[0]!.slice(extra), ...rows.slice(1)]];
}

/** The most frequent width among rows. */
function usualWidth(rows: readonly (readonly Segment[])[]): number {
  const count = new Map<number, number>();
  for (const r of rows) count.set(r.length, (count.get(r.length) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/** Number of non-blank lines right before the first mark (back to a blank line or the previous table). */
function leadingLines(lines: readonly string[], first: number, floor: number): number {
  let k = first;
  while (k > floor && lines[k - 1]!.trim() && !MARK.test(lines[k - 1]!)) k--;
  return first - k <= MAX_LEADING_LINES ? first - k : 0;
}

/**
 * Whether the lines before the first mark are the first cell. KL 221's header starts "**BAN" /
 * "CHẤP HÀNH TRUNG ƯƠNG**" / "|" / "ĐẢNG CỘNG SẢN" / "|" / "|" / "Số 221-KL/TW" / "|" / "Hà Nội…":
 * its first row is one cell short of the next. CV 174's appendix note "(Kèm theo Công văn…)" sits
 * right before a first row as wide as the others, so it stays outside. One row: the marks only
 * separate a letterhead from the rest (Thanh Hóa 15/CT-UBND), so the lines before belong to it.
 */
function takesLeading(rows: readonly (readonly Segment[])[]): boolean {
  if (rows.length < 2) return true;
  return rows[0]!.length + 1 === usualWidth(rows.slice(1));
}
