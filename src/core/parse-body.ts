/**
 * Parsing, step 4: the body's structure. Paragraphs before the first structure marker are the
 * assessment, and from the legal basis or the paragraph announcing the tasks on ("Căn cứ…",
 * "…một số nhiệm vụ sau:") the lead-in. Markers (parse-markers.ts) open nested units — "II.3",
 * "Đ5", "B1.A.I", "2.1" — sub-items ("-", "a)") stay in their unit, a unit headed "Tổ chức thực
 * hiện" / "Điều khoản thi hành" is the implementation part, a short final paragraph ("Kết luận này
 * được phổ biến…", "Đề nghị…") is the closing, and after the appendix heading everything is the
 * appendix. Tables are content: each row of a task table is a block (parse-table-rows.ts).
 */
import type { Part } from './types.ts';
import type { Para } from './parse-repair.ts';
import { endsSentence, isCaps } from './vn-text.ts';
import { opensUnit, readItem, readStructure, type MarkerKind } from './parse-markers.ts';
import { tableRows, type RowCells } from './parse-table-rows.ts';

/** A body paragraph placed in the structure, before offsets are assigned. */
export interface BodyPara {
  readonly para: number;
  readonly part: Part;
  readonly unit: string;
  readonly heading: string | null;
  readonly item: boolean;
  /** Characters of the paragraph text taken by its marker ("1. ", "- "). */
  readonly markerLength: number;
  /** The paragraph is itself the unit's heading ("6. Tổ chức thực hiện"), not body text. */
  readonly isHeading: boolean;
  /** For a table row: the row's other cells (the paragraph itself is the content cell). */
  readonly row?: RowCells;
}

/** The body: its blocks, and the paragraphs that are not blocks (other cells of table rows, table headers). */
export interface Body {
  readonly blocks: BodyPara[];
  readonly cells: ReadonlySet<number>;
}

const CLOSING = /^((Kết luận|Chỉ thị|Nghị quyết|Công văn|Kế hoạch|Quy định|Hướng dẫn|Thông báo|Văn bản|Quyết định) này(?![\p{L}\p{N}])|Đề nghị|Yêu cầu|Nhận được|Trên đây là|Trong quá trình (thực hiện|triển khai))/u;
const IMPLEMENTATION = /^(tổ chức thực hiện|điều khoản thi hành|hiệu lực thi hành|trách nhiệm thi hành|tổ chức thực hiện và|trách nhiệm tổ chức thực hiện)/iu;
const ANNOUNCES = /(sau|như sau)\s*:\s*$/u;
const BASIS = /^(Căn cứ|Xét đề nghị|Theo đề nghị)(?![\p{L}\p{N}])/u;

interface Level { readonly kind: MarkerKind; readonly depth: number; readonly label: string; readonly part: Part; readonly heading: string | null }

/** Assigns parts and units to the body paragraphs `paras[from, to)`; from `appendix` on (when ≥ 0) the part is the appendix. */
export function readBody(paras: readonly Para[], from: number, to: number, appendix = -1, skip: ReadonlySet<number> = new Set()): Body {
  const out: BodyPara[] = [];
  const cells = new Set<number>();
  const pre: number[] = [];
  let stack: Level[] = [];
  let closing = false, tables = 0;
  const unitOf = () => unitLabel(stack);
  const partOf = (i: number): Part => (appendix >= 0 && i >= appendix ? 'appendix' : stack.at(-1)?.part ?? 'task');
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const p = paras[i]!;
    if (appendix >= 0 && i === appendix) { stack = [{ kind: 'roman', depth: 0, label: 'PL', part: 'appendix', heading: p.text }]; out.push(block(i, 'appendix', 'PL', p.text, 0, true)); continue; }
    if (p.cell) {
      const end = tableEnd(paras, i, to);
      const rows = tableRows(paras, i, end);
      if (rows) {
        tables++;
        const base = unitOf() || (appendix >= 0 && i >= appendix ? 'PL' : `T${tables}`);
        for (const h of rows.headers) cells.add(h);
        for (const r of rows.rows) {
          for (const c of r.cells.cells) cells.add(c.para);
          out.push({ ...block(r.para, partOf(i), `${base}.${r.label}`, null, 0, false), row: r.cells });
        }
        i = end - 1;
        continue;
      }
    }
    const m = readStructure(p.text);
    if (m && !(m.kind === 'number' && isCaps(p.text) && m.rest.length < 3)) {
      const part: Part = partOf(i) === 'appendix' ? 'appendix' : IMPLEMENTATION.test(m.rest) ? 'implementation' : stack.find((l) => l.part === 'implementation') ? 'implementation' : 'task';
      const at = stack.findIndex((l) => l.kind === m.kind && (m.kind !== 'number' || l.depth >= m.depth));
      if (at >= 0) stack = stack.slice(0, at);
      const next = i + 1 < to ? readStructure(paras[i + 1]!.text) : null;
      const short = m.rest.length <= 200 && !endsSentence(m.rest);
      const isHeading = m.rest === '' || p.heading || (short && i + 1 < to && (!next || next.kind !== m.kind || next.depth > m.depth));
      stack.push({ kind: m.kind, depth: m.depth, label: m.label, part, heading: isHeading ? m.rest || null : null });
      closing = false;
      out.push(block(i, part, unitOf() || m.label, stack.at(-1)!.heading, m.length, isHeading));
      continue;
    }
    if (!stack.length) { pre.push(i); continue; }
    const part = partOf(i);
    // "Chương I" / "TỔ CHỨC HỘI NGHỊ HIỆP THƯƠNG LẦN THỨ NHẤT…": a chapter's title on its own line.
    const top = stack.at(-1)!;
    // Headings in capitals without a number (the Quảng Ninh guide lost its list numbering: "THÀNH PHẦN HỘI NGHỊ").
    if (isCaps(p.text) && p.text.length <= 300 && (!opensUnit(top.kind) || out.at(-1)?.isHeading || (!endsSentence(p.text) && p.text.split(/\s+/u).length <= 20))) {
      out.push(block(i, part === 'task' && IMPLEMENTATION.test(p.text) ? 'implementation' : part, unitOf() || top.label, p.text, 0, true));
      if (IMPLEMENTATION.test(p.text)) stack[stack.length - 1] = { ...top, part: 'implementation' };
      continue;
    }
    const item = readItem(p.text);
    const last = i === to - 1 || (i === to - 2 && CLOSING.test(paras[to - 1]!.text));
    if (part !== 'appendix' && (closing || (item === null && last && CLOSING.test(p.text) && p.text.length <= 600))) {
      closing = true;
      out.push(block(i, 'closing', 'closing', null, 0, false));
      continue;
    }
    out.push({ ...block(i, part, unitOf() || top.label, top.heading, item?.length ?? 0, false), item: item !== null });
  }
  return { blocks: [...placePreamble(paras, pre, out.length > 0), ...out], cells };
}

function block(para: number, part: Part, unit: string, heading: string | null, markerLength: number, isHeading: boolean): BodyPara {
  return { para, part, unit, heading, item: false, markerLength, isHeading };
}

/** "II.3", "Đ5.2", "B1.A.I", "2.1": the labels of the open units; a dotted number replaces the numbers it extends. */
function unitLabel(stack: readonly Level[]): string {
  const labels: Level[] = [];
  for (const l of stack) {
    if (!opensUnit(l.kind)) continue;
    if (l.kind === 'number' && l.depth > 0) while (labels.at(-1)?.kind === 'number') labels.pop();
    labels.push(l);
  }
  return labels.map((l) => l.label).join('.');
}

/** End (exclusive) of the table whose first cell is `paras[from]`. */
function tableEnd(paras: readonly Para[], from: number, to: number): number {
  const table = paras[from]!.cell!.table;
  let i = from;
  while (i < to && paras[i]!.cell?.table === table) i++;
  return i;
}

/** Paragraphs before the first unit: assessment, then the lead-in; without units, lead-in then closing. */
function placePreamble(paras: readonly Para[], pre: readonly number[], hasUnits: boolean): BodyPara[] {
  if (!hasUnits) {
    return pre.map((i, k) => {
      const t = paras[i]!.text;
      const item = readItem(t);
      const part: Part = k === 0 ? 'lead-in' : CLOSING.test(t) && k === pre.length - 1 ? 'closing' : 'task';
      const unit = part === 'task' ? `p${k + 1}` : part;
      return { heading: null, item: item !== null, markerLength: item?.length ?? 0, isHeading: false, para: i, part, unit };
    });
  }
  let lead = -1;
  for (let k = pre.length - 1; k >= 0; k--) if (ANNOUNCES.test(paras[pre[k]!]!.text) || /:\s*$/u.test(paras[pre[k]!]!.text)) { lead = k; break; }
  // A legal basis ("Căn cứ Luật…;", "Thực hiện Chỉ thị số 32/CT-TTg…") is lead-in, not assessment.
  // "Thực hiện Luật Bầu cử…;" heads a list of bases (the Lương Minh plan) when it ends like one.
  const basis = pre.findIndex((i) => BASIS.test(paras[i]!.text) || (/^(Thực hiện|Triển khai)\s/u.test(paras[i]!.text) && /;\s*$/u.test(paras[i]!.text)));
  if (basis >= 0 && (lead < 0 || basis < lead)) lead = basis;
  if (lead < 0 && pre.length) lead = pre.length - 1;
  // Fields written out (a spread of shared defaults per paragraph cost more than the tests above).
  return pre.map((i, k) => ({ heading: null, item: false, markerLength: 0, isHeading: false, para: i, part: k >= lead ? 'lead-in' : 'assessment', unit: k >= lead ? 'lead-in' : 'assessment' }));
}
