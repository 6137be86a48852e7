/**
 * Parsing, step 4: the body's structure. Paragraphs before the first numbered task are the
 * assessment, the last of them that announces the tasks ("…một số nhiệm vụ sau:") the lead-in;
 * numbered paragraphs ("1.", "1-", "2.1.", roman "I-") open tasks, "-" paragraphs are sub-items,
 * a task headed "Tổ chức thực hiện" is the implementation part, and a short final paragraph
 * ("Kết luận này được phổ biến…", "Đề nghị…") is the closing.
 */
import type { Part } from './types.ts';
import type { Para } from './parse-repair.ts';
import { endsSentence, readDash, readMarker } from './vn-text.ts';

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
}

const CLOSING = /^((Kết luận|Chỉ thị|Nghị quyết|Công văn|Kế hoạch|Quy định|Hướng dẫn|Thông báo|Văn bản|Quyết định) này\b|Đề nghị|Yêu cầu|Nhận được)/u;
const IMPLEMENTATION = /^tổ chức thực hiện/iu;
const ANNOUNCES = /(sau|như sau)\s*:\s*$/u;

/** Assigns parts and units to the body paragraphs `paras[from, to)`. */
export function readBody(paras: readonly Para[], from: number, to: number): BodyPara[] {
  const out: BodyPara[] = [];
  const pre: number[] = [];
  let section: { label: string; part: Part } | null = null;
  let unit: { unit: string; part: Part; heading: string | null } | null = null;
  let closing = false;
  let itemsOnly = false;
  for (let i = from; i < to; i++) {
    const p = paras[i]!;
    const m = readMarker(p.text);
    const dash = m ? null : readDash(p.text);
    const markerLength = m ? p.text.length - m.rest.length : dash !== null ? p.text.length - dash.length : 0;
    if (m && m.roman) {
      section = { label: m.label, part: IMPLEMENTATION.test(m.rest) ? 'implementation' : 'task' };
      unit = null;
      out.push({ para: i, part: section.part, unit: section.label, heading: m.rest, item: false, markerLength, isHeading: true });
      continue;
    }
    if (m) {
      const label = section ? `${section.label}.${m.label}` : m.label;
      const part: Part = section?.part === 'implementation' || IMPLEMENTATION.test(m.rest) ? 'implementation' : 'task';
      // A short unterminated numbered line followed by more text is a heading ("6. Tổ chức thực hiện").
      const next = i + 1 < to ? readMarker(paras[i + 1]!.text) : null;
      const short = m.rest.length <= 160 && !endsSentence(m.rest);
      const isHeading = p.heading || (short && i + 1 < to && (!next || next.label.startsWith(`${m.label}.`)));
      unit = { unit: label, part, heading: isHeading ? m.rest : null };
      closing = false;
      itemsOnly = isHeading;
      out.push({ para: i, part, unit: label, heading: unit.heading, item: false, markerLength, isHeading });
      continue;
    }
    if (!unit) { pre.push(i); continue; }
    const last = i === to - 1 || (i === to - 2 && CLOSING.test(paras[to - 1]!.text));
    if (closing || (dash === null && ((itemsOnly && out.at(-1)?.item) || (last && CLOSING.test(p.text) && p.text.length <= 300)))) {
      closing = true;
      out.push({ para: i, part: 'closing', unit: 'closing', heading: null, item: false, markerLength: 0, isHeading: false });
      continue;
    }
    out.push({ para: i, part: unit.part, unit: unit.unit, heading: unit.heading, item: dash !== null, markerLength, isHeading: false });
  }
  return [...placePreamble(paras, pre, out.length > 0), ...out];
}

/** Paragraphs before the first task: assessment, then the lead-in; without tasks, lead-in then closing. */
function placePreamble(paras: readonly Para[], pre: readonly number[], hasTasks: boolean): BodyPara[] {
  const base = { heading: null, item: false, markerLength: 0, isHeading: false } as const;
  if (!hasTasks) {
    return pre.map((i, k) => {
      const t = paras[i]!.text;
      const dash = readDash(t);
      const part: Part = k === 0 ? 'lead-in' : CLOSING.test(t) && k === pre.length - 1 ? 'closing' : 'task';
      const unit = part === 'task' ? `p${k + 1}` : part;
      return { ...base, para: i, part, unit, item: dash !== null, markerLength: dash !== null ? t.length - dash.length : 0 };
    });
  }
  let lead = -1;
  for (let k = pre.length - 1; k >= 0; k--) if (ANNOUNCES.test(paras[pre[k]!]!.text) || /:\s*$/u.test(paras[pre[k]!]!.text)) { lead = k; break; }
  if (lead < 0 && pre.length) lead = pre.length - 1;
  return pre.map((i, k) => ({ ...base, para: i, part: k >= lead ? 'lead-in' : 'assessment', unit: k >= lead ? 'lead-in' : 'assessment' }));
}
