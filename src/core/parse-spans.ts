/**
 * What every paragraph of a parsed document is: a header field, a block, a table cell, the frame
 * (recipients, signatures, a copy's trailer), a wrapper (a web page's title, a Q&A question, a news
 * site's "Theo TTXVN"), the cover of an attachment, or noise (underlines). Shown by the app and
 * checked by the tests: nothing of the text is silently dropped.
 */
import type { Span } from './types.ts';
import type { Para } from './parse-repair.ts';
import type { HeaderRole } from './parse-header.ts';

/** News and Q&A furniture inside or after a text ("## INFOGRAPHICS: …", "Theo TTXVN", "Nguồn: …"). */
const NEWS = /^(INFOGRAPHICS?(?![\p{L}\p{N}])|Infographics?(?![\p{L}\p{N}])|Theo (TTXVN|VOV|VTV|TTXVN\/\p{L}+|báo\s)|Nguồn\s*:|Ảnh\s*:|Video\s*:|Xem thêm|Tin liên quan|>>|Mời (bạn|quý vị) đọc)/u;

/**
 * Paragraphs after the header that wrap the document: questions of a Q&A, news furniture. A table
 * cell is the table's content, never a wrapper: a plan's funding column says "Nguồn: ngân sách
 * tỉnh", and a row's task cell that read "INFOGRAPHICS: …" was both a wrapper and the row's block
 * (parse-accounting's random layouts, seed -173326941).
 */
export function wrapperParas(paras: readonly Para[], from: number): Set<number> {
  const out = new Set<number>();
  for (let i = from; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.cell) continue;
    if (((p.heading || p.level) && /\?\s*$/u.test(p.text)) || NEWS.test(p.text)) out.add(i);
  }
  return out;
}

export interface Layout {
  readonly header: ReadonlyMap<number, HeaderRole>;
  readonly attachedHeader: { readonly offset: number; readonly roles: ReadonlyMap<number, HeaderRole> } | null;
  readonly blocks: ReadonlySet<number>;
  readonly cells: ReadonlySet<number>;
  readonly frame: readonly number[];
  readonly wrappers: ReadonlySet<number>;
  readonly cover: { readonly from: number; readonly to: number } | null;
  /** First paragraph after the body: unread paragraphs from here on are the frame's trailer. */
  readonly frameFrom: number;
}

/** One span per paragraph. */
export function layoutSpans(paras: readonly Para[], paraStart: readonly number[], l: Layout): Span[] {
  const frame = new Set(l.frame);
  return paras.map((p, i): Span => {
    const start = paraStart[i]!, end = start + p.text.length;
    // Fields written out, in the order a spread of `{ start, end }` gave them: the spread cost more than the rest.
    const span = (role: Span['role'], field: Span['field']): Span => ({ role, field, start, end });
    const head = l.header.get(i) ?? (l.attachedHeader ? l.attachedHeader.roles.get(i - l.attachedHeader.offset) : undefined);
    // A paragraph a table row took as its cell is the table's content even when it reads like news
    // furniture: a plan's funding column says "Nguồn: ngân sách tỉnh", which NEWS alone calls a wrapper.
    if (l.cells.has(i)) return span('cell', null);
    if (l.wrappers.has(i) || head === 'wrapper') return span('wrapper', null);
    if (l.blocks.has(i)) return span('block', null);
    // An underline is noise; an e-signature or a received stamp ("Ký bởi: Thành ủy Hà Nội…") is said as a header line.
    if (head === 'decoration') return /\p{L}{2,}/u.test(p.text) ? span('header', 'decoration') : span('noise', null);
    if (head) return span('header', head);
    if (l.cover && i >= l.cover.from && i < l.cover.to) return span('cover', null);
    if (frame.has(i) || i >= l.frameFrom) return span('frame', null);
    return span('noise', null);
  });
}
