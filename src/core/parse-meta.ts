/** Parsing helpers: metadata the header does not print but the text states elsewhere. */
import type { ParsedDocument } from './types.ts';
import { KIND_BY_CODE, KIND_NAMES, isoDate } from './vn-text.ts';

const DOC_NUMBER = /(\d{1,5})\s*[-–]\s*(\p{Lu}{1,4})\s*\/\s*(\p{Lu}{1,6})|(\d{1,5}\/\d{4}\/\p{Lu}{1,4}[-–]\p{Lu}{1,8})/gu;

/** All document numbers in a text, normalized ("Số 652 - CV/ĐU" → "652-CV/ĐU"). */
export function documentNumbers(text: string): string[] {
  return [...text.matchAll(DOC_NUMBER)].map((m) => (m[4] ?? `${m[1]}-${m[2]}/${m[3]}`).replace(/–/gu, '-'));
}

/** The document implemented: the first number in the title/subject, else one the lead-in says it carries out. */
export function readImplements(title: string | null, leadIn: string, own: string | null): string | null {
  const fromTitle = documentNumbers(title ?? '').find((n) => n !== own);
  if (fromTitle) return fromTitle;
  const m = /(?:thực hiện|triển khai|quán triệt)[^.;:]{0,40}?((?:Kết luận|Chỉ thị|Nghị quyết|Quyết định|Quy định|Kế hoạch|Hướng dẫn)\s+(?:số\s+)?[^\s,;]+)/iu.exec(leadIn);
  return m ? (documentNumbers(m[1]!)[0] ?? null) : null;
}

/** Kind from a self-reference in the body: "…Kết luận số 54-KL/TW và Công văn này" → "Công văn". */
export function readSelfKind(body: string): string | null {
  for (const k of KIND_NAMES) if (new RegExp(`${k} này`, 'u').test(body)) return k;
  return null;
}

const LEVEL = /Ban Thường vụ (Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (ủy|uỷ)/u;

/** "Ban Thường vụ Tỉnh ủy yêu cầu…" in Quảng Ngãi's lead-in + place "Quảng Ngãi" → "Tỉnh ủy Quảng Ngãi". */
export function inferIssuer(text: string, place: string | null): string | null {
  const m = LEVEL.exec(text);
  if (!m) return null;
  const level = `${m[1]} ủy`;
  return place && m[1] !== 'Đảng' ? `${level} ${place}` : level;
}

/** Number, date and issuer of the document a forwarding letter forwards, as the letter states them. */
export function forwardedFacts(letter: ParsedDocument, kind: string | null): { number: string; date: string | null; issuer: string | null } | null {
  const number = letter.meta.implements;
  if (!number) return null;
  const code = number.split('-')[1]?.split('/')[0] ?? '';
  if (kind && KIND_BY_CODE[code] && KIND_BY_CODE[code] !== kind) return null;
  const esc = number.replace(/-/gu, '\\s*[-–]\\s*').replace(/\//gu, '\\s*\\/\\s*');
  const body = letter.text;
  const before = new RegExp(`[Nn]gày (\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}),?\\s+([^,.;]{2,60}?)\\s+ban hành\\s+[^,.;]{0,20}?${esc}`, 'u').exec(body);
  const after = new RegExp(`${esc},?\\s*ngày\\s+(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})(?:\\s+của\\s+([^,.;(]{2,60}))?`, 'u').exec(body);
  const m = before ?? after;
  const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  const issuer = m?.[4]?.trim() ?? null;
  return { number, date, issuer };
}
