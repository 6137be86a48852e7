/**
 * Parsing, step 3: the header — issuer, number, place and date, kind, title or subject,
 * recipients — and the index of the first body paragraph. Nothing is invented: a field the
 * header does not print stays null here (parse-document may derive it, with a note).
 */
import type { Para } from './parse-repair.ts';
import { isStamp } from './parse-repair.ts';
import { isCaps, isoDate, kindFromTitle, readMarker, endsSentence, titleCaseOrg, KIND_BY_CODE } from './vn-text.ts';

export interface Header {
  readonly kind: string | null;
  readonly number: string | null;
  readonly issuer: string | null;
  readonly place: string | null;
  readonly date: string | null;
  readonly title: string | null;
  readonly recipients: string[];
  readonly bodyStart: number;
}

const NUMBER = /^Số\s*:?\s*(\d+)\s*[-–]\s*([\p{Lu}]+(?:[-–][\p{Lu}]+)?)\s*\/\s*([\p{Lu}\p{Ll}]+(?:[-–][\p{Lu}]+)?)/u;
const STATE_NUMBER = /^Số\s*:?\s*(\d+\/\d{4}\/[\p{Lu}]+[-–][\p{Lu}]+)/u;
const PLACE_DATE = /^([\p{L} .'-]{2,40}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const MOTTO = /^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc)$/iu;
const E_SIGN = /^(Ký bởi|Email|Cơ quan|Ngày ký|Thời gian ký)\s*:/u;

/** "Số 652 - CV/ĐU" → { number: "652-CV/ĐU", code: "CV" }. */
export function readNumber(text: string): { number: string; code: string } | null {
  const s = STATE_NUMBER.exec(text);
  if (s) return { number: s[1]!.replace(/–/gu, '-'), code: s[1]!.split('/')[2]!.split(/[-–]/u)[0]! };
  const m = NUMBER.exec(text);
  if (!m) return null;
  return { number: `${m[1]}-${m[2]!.replace(/–/gu, '-')}/${m[3]!.replace(/–/gu, '-')}`, code: m[2]!.split(/[-–]/u)[0]! };
}

/** "Lạng Sơn, ngày 12 tháng 6 năm 2023" → place and ISO date. */
export function readPlaceDate(text: string): { place: string; date: string } | null {
  const m = PLACE_DATE.exec(text);
  if (!m) return null;
  const date = isoDate(Number(m[2]), Number(m[3]), Number(m[4]));
  return date ? { place: m[1]!.trim(), date } : null;
}

/** Reads the header paragraphs of one document. */
export function readHeader(paras: readonly Para[]): Header {
  let kind: string | null = null, number: string | null = null, issuer: string | null = null;
  let place: string | null = null, date: string | null = null, title: string | null = null;
  const subject: string[] = [];
  const recipients: string[] = [];
  let afterKind = false, mode: 'subject' | 'recipients' | null = null;
  let i = 0;
  for (; i < paras.length; i++) {
    const p = paras[i]!, t = p.text;
    if (isStamp(t) || E_SIGN.test(t) || /^[-*_=]{3,}$|^\*$/u.test(t) || MOTTO.test(t) || /^\+\d{2}:\d{2}$/u.test(t)) continue;
    const num: ReturnType<typeof readNumber> = number ? null : readNumber(t);
    if (num) { number = num.number; kind ??= KIND_BY_CODE[num.code] ?? null; continue; }
    const pd: ReturnType<typeof readPlaceDate> = date ? null : readPlaceDate(t);
    if (pd) { place = pd.place; date = pd.date; continue; }
    if (/^(V\/v|V\/V|Về việc)\b/u.test(t)) { subject.push(t.replace(/^(V\/v|V\/V)\s*/u, '')); mode = 'subject'; continue; }
    if (/^Kính gửi/u.test(t)) { recipients.push(...splitRecipients(t.replace(/^Kính gửi\s*:?\s*/u, ''))); mode = 'recipients'; continue; }
    const k = kindFromTitle(t);
    if (k) { kind = k; afterKind = true; mode = null; continue; }
    if (afterKind && /^về\s/u.test(t)) { title = t; continue; }
    if (isCaps(t) && !readMarker(t)) {
      if (afterKind) { if (/^CỦA\s/u.test(t)) issuer = titleCaseOrg(t.replace(/^CỦA\s+/u, '')); }
      else issuer = titleCaseOrg(p.lines.filter((l) => isCaps(l) && !MOTTO.test(l)).at(-1) ?? t);
      continue;
    }
    if (mode === 'recipients' && (/^[-–+•]/u.test(t) || (t.length < 80 && !endsSentence(t)))) { recipients.push(...splitRecipients(t)); continue; }
    // Short unterminated lines before the body are the subject (Quảng Ngãi has no "V/v").
    if (!readMarker(t) && t.length < 160 && !endsSentence(t) && (mode === 'subject' || !subject.length)) {
      subject.push(t); mode = 'subject'; continue;
    }
    break;
  }
  if (!title && subject.length) title = subject.join(' ').replace(/\s+/gu, ' ').trim();
  return { kind, number, issuer, place, date, title, recipients, bodyStart: i };
}

function splitRecipients(text: string): string[] {
  return text.split(/(?:^|\s)[-–+•]\s+/u).map((s) => s.trim()).filter(Boolean);
}
