/**
 * Parsing helpers: what a document cites and does with it, and metadata the header does not
 * print but the text states elsewhere (an appendix note, a quoting article, a lead-in).
 */
import type { CitedText, ParsedDocument } from './types.ts';
import { extractCitations, type Citation } from './citations.ts';
import { fold } from './citation-patterns.ts';
import { KIND_BY_CODE, KIND_NAMES } from './header-fields.ts';
import { isoDate } from './vn-text.ts';
import { displayOrg } from './org-names.ts';
import { upperVi } from './vi-case.ts';

const ACTION = /(thực hiện|triển khai|quán triệt|cụ thể hoá|cụ thể hóa|tổ chức thực hiện|hướng dẫn thực hiện)[^.;:!?]{0,60}$/iu;
const BASIS = /(căn cứ|theo quy định tại|theo)[^.;:!?]{0,30}$/iu;

/** All numbers in a text, normalized ("Số 652 - CV/ĐU" → "652-CV/ĐU"). */
export function documentNumbers(text: string): string[] {
  return extractCitations(text).filter((c) => c.number !== null && !c.self).map((c) => c.number!);
}

/**
 * Every numbered document a text cites, with the action the sentence takes on it: "Thực hiện
 * Chỉ thị số 32/CT-TTg…" implements; "Căn cứ Nghị quyết liên tịch số 102/2025/…" is a basis;
 * anything else a mention. `where` says which part of the document it was read in.
 */
export function readCites(parts: readonly { readonly text: string; readonly where: CitedText['where'] }[], own: string | null): CitedText[] {
  const out: CitedText[] = [];
  for (const { text, where } of parts) {
    for (const c of extractCitations(text)) {
      if (c.self || c.number === null || (own && sameNumber(c.number, own))) continue;
      const before = text.slice(Math.max(0, text.lastIndexOf('\n', c.start) + 1, c.start - 120), c.start);
      const action: CitedText['action'] = where === 'title' || ACTION.test(before) ? 'implements' : BASIS.test(before) ? 'basis' : 'mentions';
      out.push({ number: c.number, kind: c.kind ?? kindOfNumber(c.number), title: titleAfter(text, c), date: c.date, issuer: c.issuer, action, where });
    }
  }
  // A title in capitals prints "32/CT-TTG": take the spelling the text uses elsewhere, else the usual one.
  return out.map((c) => {
    if (c.number !== upperVi(c.number!)) return c;
    const spelt = out.find((o) => o.number !== upperVi(o.number!) && sameNumber(o.number!, c.number!));
    return { ...c, number: spelt?.number ?? c.number!.replace(/(?<=[-/])TTG(?=$|[-/])/gu, 'TTg').replace(/(?<=[-/])CTR(?=$|[-/])/gu, 'CTr') };
  });
}

/** The subject a citation gives right after it: "Chỉ thị số 32/CT-TTg ngày … của Thủ tướng Chính phủ “về tăng cường…”". */
function titleAfter(text: string, c: Citation): string | null {
  const m = /^\s*,?\s*[“"]?\s*(về|V\/v)\s+([^”";]{5,240})/u.exec(text.slice(c.end, c.end + 260));
  if (!m) return null;
  return m[2]!.replace(/,\s*(UBND|Ủy ban|Uỷ ban|Ban|Bộ|Sở|Tỉnh ủy|Thành ủy|Đảng ủy|Chủ tịch)\s.*$/u, '').replace(/\s+/gu, ' ').trim();
}

/** The kind a number's code implies ("32/CT-TTg" → Chỉ thị). */
export function kindOfNumber(n: string): string | null {
  const code = /^\d+-([^/]+)\//u.exec(n)?.[1] ?? /^\d+\/(?:\d{4}\/)?([^-/]+)/u.exec(n)?.[1] ?? '';
  return KIND_BY_CODE[code] ?? null;
}

/** Number parts for comparison: serial, year, kind code, the rest (separators and case ignored). */
function parts(n: string): { serial: string; year: string; code: string; rest: string } {
  const s = upperVi(n.normalize('NFC')).replace(/\s+/gu, '').replace(/[–‑]/gu, '-');
  const party = /^(\d+)-([^/]+)\/(.*)$/u.exec(s);
  if (party) return { serial: party[1]!, year: '', code: party[2]!, rest: party[3]!.replace(/[-/]/gu, '') };
  const state = /^(\d+)\/(?:(\d{4})\/)?([^-/]+)[-/]?(.*)$/u.exec(s);
  if (state) return { serial: state[1]!, year: state[2] ?? '', code: state[3]!, rest: state[4]!.replace(/[-/]/gu, '') };
  return { serial: s, year: '', code: '', rest: '' };
}

/**
 * Two printings of one number: "32/CT-TTg" = "32/CT-TTG" (a title in capitals), and
 * "102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN" (the Quảng Ninh guide) = "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN".
 */
export function sameNumber(a: string, b: string): boolean {
  const x = parts(a), y = parts(b);
  return x.serial === y.serial && x.code === y.code && (x.year === y.year || !x.year || !y.year)
    && (x.rest === y.rest || x.rest.startsWith(y.rest) || y.rest.startsWith(x.rest));
}

/**
 * The text implemented when nothing else decides: the first the title or the lead-in says it
 * carries out. A body sentence "…thực hiện nghiêm túc Kết luận số 127-KL/TW" (a news summary of
 * Nghị quyết 74/NQ-CP) does not make the document an implementation.
 */
export function firstImplemented(cites: readonly CitedText[]): string | null {
  const order: CitedText['where'][] = ['title', 'lead-in'];
  for (const where of order) {
    const c = cites.find((x) => x.where === where && x.action === 'implements');
    if (c) return c.number;
  }
  return null;
}

/** Kind from a self-reference in the body: "…Kết luận số 54-KL/TW và Công văn này" → "Công văn". */
export function readSelfKind(body: string): string | null {
  for (const k of KIND_NAMES) if (new RegExp(`${k} này`, 'u').test(body)) return k;
  return null;
}

// "Ban Thường vụ Tỉnh ủy yêu cầu…" (Quảng Ngãi), "Thủ tướng Chính phủ yêu cầu:" (Chỉ thị 32 quoted in
// an article), "Bộ Chính trị, Ban Bí thư kết luận như sau:" (KL 221): the body says who speaks. Who
// "ban hành" something is the text being implemented ("Ban Bí thư ban hành Kết luận số 54-KL/TW"), not the speaker.
const SPEAKER = /(Ban Thường vụ (?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ)|Thủ tướng Chính phủ|Bộ Chính trị, Ban Bí thư|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Chính phủ|Chủ tịch (?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|huyện|xã)|(?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|huyện|xã))\s+(yêu cầu|kết luận|chỉ thị|quyết định|đề nghị)([^.;]{0,40}:)?/gu;

/** The body's speaker as the issuer, with the place line for a party committee ("Tỉnh ủy Quảng Ngãi"). A speaker announcing the tasks (":") wins. */
export function inferIssuer(text: string, place: string | null): string | null {
  const all = [...text.matchAll(SPEAKER)];
  const m = all.find((x) => x[3] !== undefined) ?? all[0];
  if (!m) return null;
  const level = /^Ban Thường vụ (\p{L}+) (?:ủy|uỷ)/u.exec(m[1]!);
  if (level) return place && level[1] !== 'Đảng' ? `${level[1]} ủy ${place}` : `${level[1]} ủy`;
  return m[1]!;
}

/** "(Kèm theo Công văn số 174/CV-BCĐ ngày 02 tháng 12 năm 2025 của Ban Chỉ đạo)": a headerless letter's facts, from its appendix. */
export function factsFromAppendixNote(text: string): { number: string; kind: string | null; date: string | null; issuer: string | null } | null {
  const note = /\(\s*(?:Kèm|Ban hành kèm) theo\s+([^)]{5,240})\)/u.exec(text);
  if (!note) return null;
  const c = extractCitations(note[1]!).find((x) => x.number !== null);
  if (!c) return null;
  const by = /của\s+([^)(]+?)\s*$/u.exec(note[1]!)?.[1] ?? c.issuer;
  return { number: c.number!, kind: c.kind, date: c.date, issuer: by ? displayOrg(by) : null };
}

/**
 * A directive quoted inside an article gets its number from the reference the article makes: it
 * names itself by kind ("…kết quả thực hiện Chỉ thị này") and the article cites one number of that
 * kind, in its own lines (wrappers) first, else as "theo quy định tại Chỉ thị 32/CT-TTg".
 */
export function numberFromArticle(kind: string, wrappers: string, lead: string): string | null {
  const ofKind = (text: string) => extractCitations(text).filter((c) => c.number && !c.self && (c.kind === kind || kindOfNumber(c.number) === kind));
  const w = [...new Set(ofKind(wrappers).map((c) => c.number!))];
  if (w.length === 1) return w[0]!;
  const framed = ofKind(lead).filter((c) => /theo quy định tại\s*$|^theo\s*$/iu.test(lead.slice(Math.max(0, c.start - 24), c.start).trim().replace(/^.*?(theo)/iu, '$1')));
  return framed.length === 1 ? framed[0]!.number : null;
}

/** Number, date and issuer of the document a forwarding letter forwards, as the letter states them. */
export function forwardedFacts(letter: ParsedDocument, kind: string | null): { number: string; date: string | null; issuer: string | null } | null {
  const number = letter.meta.implements;
  if (!number) return null;
  if (kind && kindOfNumber(number) && kindOfNumber(number) !== kind) return null;
  const esc = number.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/-/gu, '\\s*[-–]\\s*').replace(/\//gu, '\\s*\\/\\s*');
  const body = letter.text;
  const before = new RegExp(`[Nn]gày (\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}),?\\s+([^,.;]{2,60}?)\\s+ban hành\\s+[^,.;]{0,20}?${esc}`, 'u').exec(body);
  const after = new RegExp(`${esc},?\\s*ngày\\s+(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})(?:\\s+của\\s+([^,.;(]{2,60}))?`, 'u').exec(body);
  const m = before ?? after;
  const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  const issuer = m?.[4]?.trim() ?? null;
  return { number, date, issuer };
}

/** Folded kind for comparisons ("Chỉ thị" = "CHỈ THỊ"). */
export const kindKey = (k: string | null): string => fold(k ?? '');
