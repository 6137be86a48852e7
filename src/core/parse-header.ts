/**
 * Parsing, step 3: the header — letterhead, motto, number, place and date, kind, title or subject,
 * recipients — and the index of the first body paragraph. Both official layouts: Party documents
 * (Hướng dẫn 36-HD/VPTW: "Số 1154-CV/TU" under the letterhead, "KẾT LUẬN CỦA BAN BÍ THƯ") and
 * State documents (Nghị định 30/2020: a two-column table of letterhead | motto and number | place
 * and date, "Số: 1026/KH-UBND"). Fields may sit in table cells, on wrapped lines, or be blank
 * (drafts). Nothing is invented: a field the header does not print stays null here.
 */
import type { Para } from './parse-repair.ts';
import { isStamp } from './parse-repair.ts';
import { isCaps, readMarker, endsSentence } from './vn-text.ts';
import { readStructure } from './parse-markers.ts';
import { BODY_OPENER, KIND_NAMES, kindOfTitle, readPrintedDate, readPrintedNumber } from './header-fields.ts';
import { NUM, fold, normalizeNumber } from './citation-patterns.ts';
import { displayOrg, issuerFromLetterhead } from './org-names.ts';

/** What a header paragraph was read as; every header paragraph gets one (nothing silently dropped). */
export type HeaderRole = 'letterhead' | 'motto' | 'number' | 'date' | 'kind' | 'title' | 'subject' | 'recipients'
  | 'authority' | 'decoration' | 'wrapper';

export interface Header {
  readonly kind: string | null;
  readonly number: string | null;
  /** "Số: /HD-MTTQ-BTT": the number field is printed but empty (a draft). */
  readonly numberBlank: boolean;
  readonly issuer: string | null;
  /** Where the issuer was read: the letterhead, or the title's "CỦA BAN BÍ THƯ" (Party layout). */
  readonly issuerFrom: 'letterhead' | 'title' | null;
  readonly place: string | null;
  readonly date: string | null;
  readonly dateBlank: boolean;
  readonly title: string | null;
  readonly recipients: string[];
  /** The power a decision is issued under ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"). */
  readonly authority: string | null;
  /** The meeting a conclusion records ("HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII"). */
  readonly meeting: string | null;
  readonly bodyStart: number;
  /** Role of each header paragraph, by paragraph index. */
  readonly roles: ReadonlyMap<number, HeaderRole>;
}

const MOTTO = /^(ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH|CỘNG H(?:ÒA|OÀ|OA) XÃ HỘI CHỦ NGHĨA VIỆT NAM(?:\s+Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)?|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|ĐẢNG|CỘNG SẢN VIỆT NAM|CỘNG H(?:ÒA|OÀ|OA) XÃ HỘI|CHỦ NGHĨA VIỆT NAM)$/iu;
const DECORATION = /^([-–_=*.\s]{3,}|\*|\* \*|\+\d{2}:\d{2}|(Ký bởi|Email|Cơ quan|Ngày ký|Thời gian ký)\s*:.*|[\p{L}\d/@._]+@[\p{L}\d/@._]+)$/u;
/** A decision's issuing power, printed under its title (Nghị định 30/2020, Phụ lục I, mẫu 1.4). */
const AUTHORITY = /^(CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH|ỦY BAN|UỶ BAN|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|CHÍNH PHỦ|HỘI ĐỒNG|ĐOÀN CHỦ TỊCH)(?![\p{L}\p{N}])/u;

interface State {
  kind: string | null; number: string | null; numberBlank: boolean; issuer: string | null; issuerFrom: Header['issuerFrom'];
  place: string | null; date: string | null; dateBlank: boolean; authority: string | null;
  title: string[]; subject: string[]; recipients: string[]; letterhead: string[];
  meeting: string | null; afterKind: boolean; mode: 'subject' | 'recipients' | 'title' | null;
}

/** Reads the header paragraphs of one document. */
export function readHeader(paras: readonly Para[]): Header {
  const s: State = {
    kind: null, number: null, numberBlank: false, issuer: null, issuerFrom: null, place: null, date: null, dateBlank: false,
    authority: null, meeting: null, title: [], subject: [], recipients: [], letterhead: [], afterKind: false, mode: null,
  };
  const roles = new Map<number, HeaderRole>();
  let i = 0;
  for (; i < paras.length; i++) {
    const role = readPara(paras[i]!, s, i);
    if (!role) break;
    roles.set(i, role);
  }
  if (!s.issuer && s.letterhead.length) { s.issuer = issuerFromLetterhead(s.letterhead); s.issuerFrom = s.issuer ? 'letterhead' : null; }
  const title = s.title.length ? s.title : s.subject;
  return {
    kind: s.kind, number: s.number, numberBlank: s.numberBlank, issuer: s.issuer, issuerFrom: s.issuerFrom, place: s.place,
    date: s.date, dateBlank: s.dateBlank, title: title.length ? title.join(' ').replace(/\s+/gu, ' ').trim() : null,
    recipients: s.recipients, authority: s.authority, meeting: s.meeting, bodyStart: i, roles,
  };
}

/** Reads one paragraph into the state; null when it is body text (the header ends before it). */
function readPara(p: Para, s: State, index: number): HeaderRole | null {
  const t = p.text;
  if (isWrapper(p, s, index)) return 'wrapper';
  if (isStamp(t) || DECORATION.test(t)) {
    if (s.mode === 'title' && (s.title.length || s.meeting)) s.mode = null;
    return 'decoration';
  }
  if (MOTTO.test(t) || isMottoCell(p)) return 'motto';
  if (/^(V\/v|V\/V|Về việc)(?![\p{L}\p{N}])/u.test(t)) { s.subject.push(t.replace(/^(V\/v|V\/V)\s*:?\s*/u, '')); s.mode = 'subject'; return 'subject'; }
  if (t.startsWith('Kính gửi')) { s.recipients.push(...splitRecipients(t.replace(/^Kính gửi\s*:?\s*/u, ''))); s.mode = 'recipients'; return 'recipients'; }
  if (opensBody(t) || (readMarker(t) && !isCaps(t))) return null;
  const num = readPrintedNumber(t);
  if (num && !s.number && !s.numberBlank) {
    s.number = num.number; s.numberBlank = num.number === null;
    if (!s.kind) s.kind = num.kind;
    return 'number';
  }
  const date = readPrintedDate(t);
  if (date && !s.date && !s.dateBlank) { s.place = date.place; s.date = date.date; s.dateBlank = date.blank; return 'date'; }
  const kind = kindOfTitle(p.lines[0] ?? t);
  if (kind && !s.afterKind) {
    s.kind = kind; s.afterKind = true; s.mode = 'title';
    // A kind line and its subject joined by a hard wrap: "KẾ HOẠCH" / "thực hiện Kết luận số 54-KL/TW…".
    for (const l of p.lines.slice(1)) readTitleLine(l, s);
    return 'kind';
  }
  if (s.afterKind && s.mode === 'title') {
    const had = s.authority;
    if (readTitleLine(t, s, p)) return s.authority !== had && !s.title.length ? 'authority' : s.authority !== had && p.lines.length === 1 ? 'authority' : 'title';
    return readLate(t, s);
  }
  const oneLine = s.afterKind ? null : titleWithNumber(t);
  if (oneLine) {
    s.kind = oneLine.kind; s.number ??= oneLine.number; s.afterKind = true; s.mode = null;
    if (oneLine.issuer) { s.issuer = displayOrg(oneLine.issuer); s.issuerFrom = 'title'; }
    if (oneLine.title) s.title.push(oneLine.title);
    return 'kind';
  }
  if (isCaps(t) && !readMarker(t) && !s.afterKind) {
    // Letterhead lines come before the number and date or beside them; "BAN" / "CHẤP HÀNH TRUNG ƯƠNG" is one name.
    s.letterhead.push(...letterheadLines(p));
    return 'letterhead';
  }
  if (s.mode === 'recipients' && (/^[-–+•]/u.test(t) || (t.length < 80 && !endsSentence(t)))) { s.recipients.push(...splitRecipients(t)); return 'recipients'; }
  // Short unterminated lines before the body are the subject (Quảng Ngãi prints no "V/v").
  if (!readMarker(t) && t.length < 160 && !endsSentence(t) && (s.mode === 'subject' || (!s.subject.length && index < 12))) {
    s.subject.push(t); s.mode = 'subject'; return 'subject';
  }
  return null;
}

/**
 * A title line after the kind: capitals or "về …" or an unterminated continuation ("Quy trình hiệp
 * thương, giới thiệu người ứng cử…" in the Quảng Ninh guide). "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" names
 * the issuer; a decision's power line ("THỦ TƯỚNG CHÍNH PHỦ") ends the title.
 */
function readTitleLine(full: string, s: State, p?: Para): boolean {
  if (DECORATION.test(full)) { s.mode = s.title.length ? null : s.mode; return true; }
  // An attachment's title ends with its note: "… TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH (Ban hành kèm theo Quyết định số 3210/QĐ-UBND…)".
  const t = full.replace(/\s*\((?:Ban hành )?[Kk]èm theo [^()]*\)\s*$/u, '') || full;
  if (opensBody(t) || t.startsWith('Kính gửi') || readStructure(t) || (readMarker(t) && !isCaps(t))) return false;
  // "HỘI NGHỊ LÂN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI) về xây dựng…" (Thừa Thiên Huế, no blank lines).
  const met = /^(HỘI NGHỊ\s[^\p{Ll}]+?)\s+(về\s.*)$/u.exec(t);
  if (met && !s.title.length) { s.meeting = met[1]!; s.title.push(met[2]!); return true; }
  if (!isCaps(t)) {
    // "về …" or an unterminated line continues the title; prose is the body.
    if (!/^[Vv]ề\s/u.test(t) && (t.length >= 300 || endsSentence(t))) return false;
    s.title.push(t);
    return true;
  }
  let caps = '';
  for (const l of t === full && p ? p.lines : [t]) {
    // A power line starts on its own line, after a title line that does not leave a phrase open.
    if ((s.title.length || caps) && AUTHORITY.test(l) && !/(CỦA|VÀ|VỀ|,)$/u.test(caps || (s.title.at(-1) ?? ''))) { s.authority = l; s.mode = null; break; }
    caps = caps ? `${caps} ${l}` : l;
  }
  const of = /^CỦA\s+(.+?)(?:\s+(VỀ\s.*))?$/u.exec(caps);
  // "KẾT LUẬN" / "HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII" / "về …" (KL 21): the
  // meeting that concluded, not the title; the letterhead still names the issuer.
  if (/^HỘI NGHỊ\s/u.test(caps) && !s.title.length) { s.meeting = caps; return true; }
  if (s.meeting && !s.title.length && !/^VỀ\s/u.test(caps)) { s.meeting += ` ${caps}`; return true; }
  if (of) { s.issuer = displayOrg(of[1]!.replace(/,\s*$/u, '')); s.issuerFrom = 'title'; if (of[2]) s.title.push(of[2]); }
  else if (caps) s.title.push(caps);
  return true;
}

/**
 * A paragraph that opens the body: "Căn cứ…", "Thực hiện…" as a sentence. Quảng Ngãi's subject
 * line "Triển khai thực hiện Kết luận số 54-KL/TW" / "ngày 09/5/2023 của Ban Bí thư" opens the
 * same way but is short and ends without a full stop: it is the trích yếu.
 */
function opensBody(t: string): boolean {
  return BODY_OPENER.test(t) && (endsSentence(t) || t.length >= 160);
}

/**
 * A title on one line, as a republishing site prints it: "KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN
 * BÍ THƯ VỀ TRỈỂN KHÀÌ…" (its tone marks scrambled on purpose). Read without tone marks.
 */
function titleWithNumber(t: string): { kind: string; number: string; issuer: string | null; title: string | null } | null {
  if (!isCaps(t) || t.length > 400) return null;
  const f = fold(t);
  if (f.length !== t.length) return null;
  const kind = KIND_NAMES.find((k) => f.startsWith(`${fold(k)} `));
  if (!kind) return null;
  const num = new RegExp(`^\\s*(?:số\\s*)?(${NUM})`, 'iu').exec(t.slice(kind.length));
  if (!num) return null;
  const after = kind.length + num[0].length;
  const of = f.indexOf(' cua ', after - 1), about = f.indexOf(' ve ', after - 1);
  const issuer = of >= 0 ? t.slice(of + 5, about > of ? about : undefined).trim() : null;
  const title = about >= 0 ? t.slice(about + 1).trim() : null;
  return { kind, number: normalizeNumber(num[1]!), issuer, title };
}

/** After the title: the authority line of a decision, or nothing more of the header. */
function readLate(t: string, s: State): HeaderRole | null {
  if (isCaps(t) && AUTHORITY.test(t) && !s.authority) { s.authority = t; return 'authority'; }
  return null;
}

/**
 * A web page's own lines around the document: its title as a level-1 markdown heading before the
 * letterhead ("# Hỗ trợ người có công với cách mạng về nhà ở" above QĐ 22), and the questions of a
 * Q&A article ("**Yêu cầu … của Thủ tướng Chính phủ gồm những gì?**" around Chỉ thị 32).
 */
export function isWrapper(p: Para, s: { readonly afterKind: boolean; readonly number: string | null }, index: number): boolean {
  if ((p.heading || p.level) && /\?\s*$/u.test(p.text)) return true;
  // A news page's section label ("### Nội dung chính") before any header field of a document.
  return (p.level ?? 0) > 0 && !s.afterKind && !s.number && (index === 0 || (p.level ?? 0) > 1);
}

/** A table cell holding the motto and its underline ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM" / "Độc lập - …"). */
function isMottoCell(p: Para): boolean {
  return p.lines.length > 1 && p.lines.every((l) => MOTTO.test(l) || DECORATION.test(l));
}

/** Letterhead lines of a paragraph, a lone word joined to the next ("BAN" / "CHẤP HÀNH TRUNG ƯƠNG"), mottos and underlines left out. */
function letterheadLines(p: Para): string[] {
  const out: string[] = [];
  let carry = '';
  for (const raw of p.lines.length ? p.lines : [p.text]) {
    let l = raw.replace(/\s*(ĐẢNG CỘNG SẢN VIỆT NAM)$/u, '').trim();
    if (!l || DECORATION.test(l) || MOTTO.test(l)) continue;
    l = carry ? `${carry} ${l}` : l;
    if (!/\s/u.test(l) && l.length < 8) { carry = l; continue; }
    carry = '';
    out.push(l);
  }
  if (carry) out.push(carry);
  return out;
}

function splitRecipients(text: string): string[] {
  return text.split(/(?:^|\s)[-–+•]\s+/u).map((x) => x.trim()).filter(Boolean);
}
