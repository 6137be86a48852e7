/**
 * Text facts for `citations.ts`: kind words, number shapes, folding, and the readers of the date
 * and issuer that follow a cited number. Pure string code importing only the bounded memo: the stage
 * must run in the worker and must not move when the other text helpers are edited.
 */
import { boundedMemo } from './bounded-memo.ts';

/**
 * Comparison form: NFD, combining marks removed, đ (and its look-alike ð) → d, lower case, whitespace
 * collapsed. Removing the marks also makes tone placement irrelevant (KL 21 writes "khoá XII",
 * Lạng Sơn "khóa XII"). Used for names and issuers, never for number keys. Remembered: it is asked
 * per word of every issuer and key read (`readIssuer`), the same few thousand words.
 */
export const fold = boundedMemo(50_000, (s) => foldOnce(s));

function foldOnce(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D')
    .toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Collapses runs of whitespace (hard wraps in seed 003 put "\n\n" inside names) and applies NFC. */
export const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Kind words → the code(s) a number of that kind carries. Only kinds whose code is certain are
 * listed with codes; "Quy chế" is issued under a Quyết định (QĐ) as often as under its own QC, and
 * "Luật"/"Pháp lệnh" numbers carry the issuer ("QH15"), so those are never kind-checked.
 * Longest first: "Thông báo kết luận" must win over "Thông báo".
 */
export const KIND_CODES: readonly (readonly [string, readonly string[]])[] = [
  ['Nghị quyết liên tịch', ['NQLT']], ['Thông tư liên tịch', ['TTLT']], ['Chương trình hành động', ['CTr', 'CTHĐ']],
  ['Thông báo kết luận', ['TB']], ['Quyết định', ['QĐ']], ['Quy định', ['QĐ', 'QĐi']],
  ['Kết luận', ['KL']], ['Hướng dẫn', ['HD']], ['Nghị quyết', ['NQ']], ['Nghị định', ['NĐ']],
  ['Chỉ thị', ['CT']], ['Công văn', ['CV']], ['Kế hoạch', ['KH']], ['Thông báo', ['TB']],
  ['Thông tri', ['TT']], ['Thông tư', ['TT']], ['Báo cáo', ['BC']], ['Quy chế', []],
  ['Công điện', []], ['Tờ trình', []], ['Chương trình', []], ['Đề án', []], ['Pháp lệnh', []], ['Luật', []],
];

const KIND_BY_FOLD = new Map(KIND_CODES.map(([k]) => [fold(k), k]));
/** Canonical spelling of a kind word as matched ("quyết định", "QUYẾT ĐỊNH" → "Quyết định"). */
export const canonicalKind = (written: string): string | null => KIND_BY_FOLD.get(fold(written)) ?? null;

const variants = (k: string) => [k, k.charAt(0).toLowerCase() + k.slice(1), k.toUpperCase()];
/** Regex source for any kind word, in the three casings a text uses. */
export const KIND = KIND_CODES.flatMap(([k]) => variants(k)).join('|');

// Codes: "TW", "TU", "ĐU", "VPQU", "UBND", "QH15", "TTg", "QĐi". Any letter or combining mark is
// read so a damaged "QD\u0335" (D + combining stroke) or "QÐ" (Icelandic eth) is still a number, with
// its own key: only NFC is applied, look-alikes are never merged. Spaces around the hyphen come
// from the TTXVN header "Số 652 - CV/ĐU"; they are tolerated on one line only.
const ORG = String.raw`\p{Lu}[\p{L}\p{M}\d]*`;
const LEGAL = String.raw`\d{1,5}\/\d{4}\/${ORG}(?:[-–]${ORG})*`; // 29/2022/QĐ-UBND, 10/2022/QH15
const PARTY = String.raw`\d{1,5}[ \t]*[-–‑][ \t]*${ORG}(?:[ \t]*\/[ \t]*${ORG}(?:[-–]${ORG})*)+`; // 99-QĐ/TW
const GOV = String.raw`\d{1,5}\/${ORG}(?:[-–]${ORG})+`; // 1234/UBND-VX
/** Regex source for a document number. Dates ("03/10/2017") and "Số đến: 1343" never match: a code is required. */
export const NUM = `(?:${LEGAL}|${PARTY}|${GOV})`;

/** "652 - CV/ĐU" → "652-CV/ĐU": NFC, no spaces, dashes unified. Đ is kept as written (no D folding). */
export const normalizeNumber = (n: string): string => n.normalize('NFC').replace(/[ \t]/g, '').replace(/[–‑]/g, '-');

/** Parts of a normalized number; `code` is null when the shape does not say the kind. */
export interface NumberParts { readonly serial: string; readonly code: string | null; readonly suffix: string }

/** Splits "99-QĐ/TW" (party: code QĐ, suffix TW) and "29/2022/QĐ-UBND" (legal: code QĐ, suffix 2022/UBND). */
export function numberParts(n: string): NumberParts | null {
  const party = /^(\d+)-([^/]+)\/(.+)$/.exec(n);
  if (party) return { serial: party[1]!, code: party[2]!, suffix: party[3]! };
  const legal = /^(\d+)\/(\d{4})\/([^-]+)(?:-(.+))?$/.exec(n);
  if (legal) return legal[4] === undefined
    ? { serial: legal[1]!, code: null, suffix: `${legal[2]}/${legal[3]}` } // "10/2022/QH15": issuer only
    : { serial: legal[1]!, code: legal[3]!, suffix: `${legal[2]}/${legal[4]}` };
  return null;
}

/** Codes a kind implies, or null when the kind is unknown or not checked. */
export function codesOfKind(kind: string | null): readonly string[] | null {
  const codes = KIND_CODES.find(([k]) => k === kind)?.[1];
  return codes && codes.length > 0 ? codes : null;
}

/** True when `code` fits `kind`. D/Đ are folded here only: "QD" is a misspelt QĐ, not another kind. */
export const codeFits = (code: string, codes: readonly string[]): boolean =>
  codes.some((c) => fold(c) === fold(code));

/**
 * Numbers a province or city issues ("05-HD/TU", "1575-QĐ/TU", "29/2022/QĐ-UBND") and names of a
 * local congress: the same string from two provinces is two documents, so they are only compared
 * within one document. Central bodies' suffixes end in "TW" (TW, VPTW, BTGTW).
 */
export function isLocalKey(key: string): boolean {
  const p = numberParts(key);
  if (p) return /^\d{4}\//.test(p.suffix) ? /UBND|HĐND/.test(p.suffix) : !/TW$/.test(p.suffix);
  if (key.includes('/')) return /UBND|HĐND/.test(key); // government style "1234/UBND-VX"
  return / dang bo /.test(` ${key} `);
}

/** Replaces markdown marks (`*`, `**`, `\*`, `#`) and `<sup>…</sup>` by spaces: same length, so offsets stay valid. */
export const maskMarkdown = (text: string): string =>
  // Every mark opens on "<", "*", "\\" or "#": a text with none (most) is its own mask.
  !/[<*\\#]/.test(text) ? text : text.replace(/<sup>[\s\S]*?<\/sup>|<\/?(?:sup|sub|br|b|i|em|strong)\s*\/?>|[*\\#]/g, (m) => ' '.repeat(m.length));

const DATE_AFTER = /[\s,]*(?:ban hành\s+)?[Nn]gày\s+(\d{1,2})(?:[ \t]*([/.-])[ \t]*(\d{1,2})[ \t]*\2[ \t]*(\d{4})|\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/uy;

/** Reads "ngày 03/10/2017", ", ngày 3-10-2017", "ngày 03 tháng 10 năm 2017" at `pos` → ISO date and end offset. */
export function readDate(s: string, pos: number): { iso: string; end: number } | null {
  DATE_AFTER.lastIndex = pos;
  const m = DATE_AFTER.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[3] ?? m[5]), Number(m[4] ?? m[6])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, end: pos + m[0].length };
}

/** Issuer comparison form: folded, "Trung ương Đảng" → "Trung ương" (KL 21 is cited both ways). */
export const issuerFold = (issuer: string): string => fold(issuer).replace(/trung uong dang(?= |$)/g, 'trung uong');

/** Two issuers are the same when equal or one is a word-prefix of the other ("Ban Bí thư" / "Ban Bí thư Trung ương Đảng"). */
export function sameIssuer(a: string, b: string): boolean {
  const [x, y] = [issuerFold(a), issuerFold(b)];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** "Nghị quyết (Hội nghị) Trung ương 4 (khóa XII)": Lạng Sơn, KL 21. Group 1 = plenum, 2 = term (absent in the bare form). */
export const NQ_TW = new RegExp(String.raw`(?<![\p{L}\p{N}])[Nn]ghị quyết\s+(?:[Hh]ội nghị\s+)?Trung\s+ương\s+(\d{1,2})`
  + String.raw`(?:\s*,?\s*\(?\s*(?:[Kk]h(?:óa|oá)|KH(?:ÓA|OÁ))\s+([IVXLC]+|\d{1,2})\)?)?(?![\p{L}\p{N}])`, 'gu');

/** "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII": up to 8 words, then a Roman numeral. */
export const NQ_DH = /(?<![\p{L}\p{N}])[Nn]ghị quyết\s+Đại\s+hội\s+(?:\p{L}+\s+){0,8}?[IVXLC]+(?![\p{L}\p{N}])/gu;

/**
 * Key of a congress resolution: "Đại hội XIII", "Đại hội Đảng toàn quốc lần thứ XIII" and "Đại hội
 * đại biểu toàn quốc lần thứ XIII" name one congress; "Đảng bộ tỉnh" stays (a provincial congress).
 */
export const congressKey = (name: string): string =>
  fold(name).replace(/ (dai bieu|toan quoc|lan thu)(?= )/g, '').replace(/ dang(?! bo)(?= )/g, '').replace(/\s+/g, ' ');

/** "Luật <name>": not "Luật số …" (a numbered law, read as a number) nor "Luật sư", "Luật pháp". */
export const LAW = /(?<![\p{L}\p{N}])Luật\s+(?!(?:số|sư|pháp|lệ|chơi|học|gia)(?!\p{L}))(?=\p{L})/gu;
// Compared as written (not folded): folding would turn "sở" ("ở cơ sở") into the stop word "số".
const LAW_STOP = new Set(['và', 'về', 'gắn', 'để', 'nhằm', 'theo', 'phương', 'đã', 'được', 'thì', 'là', 'số']);
const YEAR_AHEAD = /^[^;.(:\n"“]{0,80}?\snăm\s+\d{4}/u;

/**
 * End offset of a law's name starting at `pos`. "năm YYYY" closes the name (Quảng Ngãi "Luật thực
 * hiện dân chủ ở cơ sở năm 2022;"), a comma only when no year follows ("Luật Phòng, chống tham
 * nhũng năm 2018" keeps its comma); "phương châm", "và", "(" and ";" end it. At most 12 words.
 */
export function readLawName(s: string, pos: number): number | null {
  const words = /\S+/gu;
  words.lastIndex = pos;
  let end: number | null = null;
  for (let i = 0, w = words.exec(s); w && i < 12; i += 1, w = words.exec(s)) {
    const core = w[0].replace(/[,;.:)!?”"]+$/u, '');
    if (core === '' || /^[("“]/u.test(core) || (i > 0 && LAW_STOP.has(core.normalize('NFC')))) break;
    const wEnd = w.index + core.length;
    if (fold(core) === 'nam' && i > 0 && core === w[0]) {
      const year = /^\s+(\d{4})(?!\d)/u.exec(s.slice(wEnd));
      if (year) return wEnd + year[0].length;
    }
    end = wEnd;
    if (core !== w[0] && !(w[0].endsWith(',') && YEAR_AHEAD.test(s.slice(w.index + w[0].length)))) break;
  }
  return end;
}
