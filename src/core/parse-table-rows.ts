/**
 * Tables are content. CV 174's appendix (TT | Tỉnh kiến nghị | Thông tin đề xuất | Bộ phụ trách
 * tiếp nhận, xử lý) is 73 of the 88 clauses a reader labels; a Kế hoạch's task table (Nội dung |
 * Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm) is its tasks. Each row
 * becomes one block — its content cell — and keeps the other cells with what their column means.
 */
import type { Para } from './parse-repair.ts';
import type { ColumnRole } from './types.ts';
import { fold } from './citation-patterns.ts';

/** The other cells of a row, by paragraph, with their column's role and header. */
export interface RowCells {
  readonly table: number;
  /** The row's number as printed in its index column ("1", "42"), else null. */
  readonly index: string | null;
  readonly cells: readonly { readonly para: number; readonly role: ColumnRole; readonly header: string | null }[];
}

export interface TableRows {
  /** Paragraphs of the header row(s). */
  readonly headers: readonly number[];
  readonly rows: readonly { readonly para: number; readonly label: string; readonly cells: RowCells }[];
}

// Folded header words → column role; first match wins ("Tỉnh kiến nghị" is where a proposal comes
// from, "Thông tin đề xuất" the proposal itself, "Bộ phụ trách tiếp nhận, xử lý" who handles it).
const ROLES: readonly (readonly [RegExp, ColumnRole])[] = [
  [/^(s?tt|so tt|so thu tu)$/u, 'index'],
  [/^(tinh|dia phuong|don vi|co quan|noi)\b.*(kien nghi|de xuat|de nghi)/u, 'source'],
  [/phoi hop/u, 'partner'],
  [/(chu tri|phu trach|thuc hien|trach nhiem|tiep nhan|giao)/u, 'lead'],
  [/(thoi gian|thoi han|tien do|hoan thanh)/u, 'deadline'],
  [/(san pham|ket qua|hinh thuc)/u, 'product'],
  [/ghi chu/u, 'note'],
  [/(noi dung|nhiem vu|cong viec|de xuat|kien nghi|giai phap|thong tin|van de)/u, 'task'],
];

/** Role of a column from its header text. */
export function columnRole(header: string): ColumnRole {
  const f = fold(header).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/gu, ' ').trim();
  return ROLES.find(([re]) => re.test(f))?.[1] ?? 'other';
}

/**
 * Rows of the table held by `paras[from, to)` (all cells of one table). Null when it is no task
 * table — a single row (a letterhead, a signature block) or a single column.
 */
export function tableRows(paras: readonly Para[], from: number, to: number): TableRows | null {
  const byRow = new Map<number, number[]>();
  for (let i = from; i < to; i++) {
    const r = paras[i]!.cell!.row;
    byRow.set(r, [...(byRow.get(r) ?? []), i]);
  }
  const rows = [...byRow.values()];
  const cols = Math.max(...rows.map((r) => r.length));
  if (rows.length < 2 || cols < 2) return null;
  const first = rows[0]!;
  const isHeader = first.every((i) => paras[i]!.heading || paras[i]!.text.split(/\s+/u).length <= 8)
    && first.some((i) => columnRole(paras[i]!.text) !== 'other');
  const headers = isHeader ? first : [];
  const roleOf = new Map<number, { role: ColumnRole; header: string | null }>();
  for (const i of headers) roleOf.set(paras[i]!.cell!.col, { role: columnRole(paras[i]!.text), header: paras[i]!.text });
  const data = isHeader ? rows.slice(1) : rows;
  const content = contentColumn(paras, data, roleOf);
  return {
    headers,
    rows: data.flatMap((r, k) => {
      const main = r.find((i) => paras[i]!.cell!.col === content) ?? longest(paras, r);
      const others = r.filter((i) => i !== main);
      const index = others.find((i) => (roleOf.get(paras[i]!.cell!.col)?.role ?? (/^\d{1,4}\.?$/u.test(paras[i]!.text) ? 'index' : null)) === 'index');
      const label = index !== undefined && /^\d{1,4}/u.test(paras[index]!.text) ? /^\d{1,4}/u.exec(paras[index]!.text)![0] : String(k + 1);
      const cells = others.map((i) => {
        const known = roleOf.get(paras[i]!.cell!.col);
        return { para: i, role: known?.role ?? (i === index ? 'index' as const : 'other' as const), header: known?.header ?? null };
      });
      return [{ para: main, label, cells: { table: paras[main]!.cell!.table, index: index !== undefined ? paras[index]!.text : null, cells } }];
    }),
  };
}

/** The column holding the tasks: the one headed as such, else the one with the most text. */
function contentColumn(paras: readonly Para[], rows: readonly (readonly number[])[], roles: ReadonlyMap<number, { role: ColumnRole }>): number {
  for (const [col, r] of roles) if (r.role === 'task') return col;
  const total = new Map<number, number>();
  for (const r of rows) for (const i of r) total.set(paras[i]!.cell!.col, (total.get(paras[i]!.cell!.col) ?? 0) + paras[i]!.text.length);
  return [...total].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function longest(paras: readonly Para[], row: readonly number[]): number {
  return row.reduce((best, i) => (paras[i]!.text.length > paras[best]!.text.length ? i : best), row[0]!);
}
