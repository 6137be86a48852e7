/**
 * A decision that issues an attached document: "Điều 1. Ban hành kèm theo Quyết định này “Kế
 * hoạch triển khai thực hiện Thông tư số 09/2013/TT-BXD…”" (QĐ 3210/QĐ-UBND TP.HCM), then the
 * signature, then "KẾ HOẠCH" with no number of its own. The attachment is the content; the
 * decision's articles are its cover. Nghị quyết and Chỉ thị issue Quy chế and Chương trình the same way.
 */
import type { Para } from './parse-repair.ts';
import type { Attached } from './parse-document.ts';
import { readHeader } from './parse-header.ts';
import { kindOfTitle } from './header-fields.ts';

const ISSUES = /(?:Ban hành|ban hành|Phê duyệt|phê duyệt)\s+(?:kèm theo\s+(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư)\s+này\s*)?[“"]?\s*(Kế hoạch|Quy chế|Quy định|Chương trình hành động|Chương trình|Điều lệ|Đề án|Hướng dẫn)(?![\p{L}\p{N}])/u;

/** The attachment `next` is to the decision `decision`, or null when `next` is a document of its own. */
export function attachmentOf(decision: readonly Para[], next: readonly Para[]): Attached | null {
  const head = readHeader(decision);
  if (!head.kind || !/^(Quyết định|Nghị quyết|Chỉ thị|Thông tư)$/u.test(head.kind)) return null;
  const issues = decision.slice(head.bodyStart).map((p) => ISSUES.exec(p.text)).find((m) => m !== null);
  if (!issues) return null;
  const kind = issues[1]!;
  const own = readHeader(next);
  const nextKind = own.kind ?? kindOfTitle(next[0]?.text ?? '');
  if (nextKind !== kind || own.number) return null;
  return { kind, from: decision.length };
}

/** The decision's paragraphs followed by the attachment's. */
export function mergeAttachment(decision: readonly Para[], next: readonly Para[]): Para[] {
  return [...decision, ...next];
}
