/** Vietnamese text facts shared by the parsing stages: document kinds, capitals, names, markers. */
import { restOfLine } from './line-scan.ts';
import { isSpace } from './spaces.ts';

/** True when the letters of `s` are (almost) all capitals: header lines, signature titles. */
export function isCaps(s: string): boolean {
  // Document numbers ("99-QĐ/TW") are capitals in any text; a wrapped line holding one is not a
  // heading. Cutting them only removes capitals (and shortens the text), so it can only turn a
  // yes into a no: most calls (prose) are answered by the first few words, before any search for "/".
  if (!capsShare(s)) return false;
  return !s.includes('/') || capsShare(s.replace(/\d+[-–]\p{Lu}{1,6}(?:-\p{Lu}{1,6})?\/\p{Lu}{1,6}/gu, ''));
}

function capsShare(t: string): boolean {
  // Stops at the first run of lower case that rules it out: joined prose paragraphs are long.
  const bound = 0.15 * t.length;
  let letters = 0, other = 0;
  for (let i = 0; i < t.length; i++) {
    const k = letterClass(t, i);
    if (k > 0xffff) i++; // the second half of a surrogate pair
    if ((k & 3) === NOT_LETTER) continue;
    letters++;
    if ((k & 3) !== UPPER_LETTER && ++other > bound) return false;
  }
  return letters >= 2 && (letters - other) / letters >= 0.85;
}

const NOT_LETTER = 1, LOWER_LETTER = 2, UPPER_LETTER = 3;
/** Letter class of each BMP code unit, filled as met: `\p{L}` and `\p{Lu}` tested once per character. */
const classes = new Uint8Array(0x10000);

/**
 * The class of the code point at `i` (`NOT_LETTER`, `LOWER_LETTER` for any other letter,
 * `UPPER_LETTER`), plus 0x10000 when it is a surrogate pair — as `for…of` reads code points.
 */
function letterClass(t: string, i: number): number {
  const code = t.charCodeAt(i);
  let k = classes[code]!;
  if (k === 0) {
    if (code >= 0xd800 && code <= 0xdfff) {
      const c = String.fromCodePoint(t.codePointAt(i)!);
      return (c.length === 2 ? 0x10000 : 0) | classOf(c);
    }
    k = classes[code] = classOf(String.fromCharCode(code));
  }
  return k;
}

/** `/\p{Lu}/u` on the one code unit `code` (a lone surrogate is no capital), read from the table. */
export function isUpperUnit(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let k = classes[code]!;
  if (k === 0) k = classes[code] = classOf(String.fromCharCode(code));
  return k === UPPER_LETTER;
}

function classOf(c: string): number {
  return !LETTER.test(c) ? NOT_LETTER : UPPER.test(c) ? UPPER_LETTER : LOWER_LETTER;
}

/** Whether `s` holds more than `max` runs of white space (`\s`), counted only as far as needed. */
function spaceRunsOver(s: string, max: number): boolean {
  let runs = 0, inRun = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inRun && ++runs > max) return true;
    inRun = space;
  }
  return false;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const NAME_WORD = /^\p{Lu}\p{Ll}*$/u;

/**
 * A personal name standing alone: 2–5 capitalized syllables ("Hoàng Văn Nghiệm", "Đỗ Thị Trang"),
 * optionally after "Đã ký:" (KL 21's "Đã ký: Nguyễn Phú Trọng"). Returns the name or null.
 */
export function personalName(line: string): string | null {
  // Prose paragraphs are asked too: the replaces and split below copied each one whole. A name
  // has at most 5 words, and its prefix ("(Đã ký) :"), final stop and edges add at most 5 white
  // space runs: a line with more runs is no name.
  if (spaceRunsOver(line, 10)) return null;
  const s = line.replace(/^(Đã ký|Ký|\(Đã ký\))\s*:?\s*/u, '').replace(/[.,]$/u, '').trim();
  const words = s.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return null;
  if (!words.every((w) => NAME_WORD.test(w))) return null;
  // Organisation words are capitalized too ("Như Trên", "Ban Bí Thư"): names have none of them.
  if (/^(Ban|Các|Như|Lưu|Văn|Sở|Tỉnh|Thành|Đảng|Kính|Nơi|Số|Ngày|Bộ|Hội|Ủy)$/u.test(words[0]!)) return null;
  return s;
}

/** A numbered marker at the start of a paragraph: "1.", "1-", "1)", "2.1.", "I-", "II.". */
export interface Marker {
  readonly label: string;
  readonly roman: boolean;
  readonly rest: string;
}

/**
 * Reads a task marker; dates ("09/5/2023, …"), years ("2023.") and document numbers that a hard
 * wrap left at the start of a line ("21-KL/TW, ngày…") are not markers.
 */
export function readMarker(text: string): Marker | null {
  // Both expressions open on a Roman or Arabic digit: most paragraphs are answered here.
  const c = text.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39) && c !== 0x49 && c !== 0x56 && c !== 0x58) return null; // 0-9 I V X
  // `restOfLine` stands for a final `(.*)$`, which overflows the stack on a paragraph of millions of characters.
  const roman = /^([IVX]{1,4})\s*[.\-–)]\s*/u.exec(text);
  const romanRest = roman && restOfLine(text, roman[0].length);
  if (roman && romanRest !== null && /^\p{Lu}/u.test(romanRest)) return { label: roman[1]!, roman: true, rest: romanRest };
  const num = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.\-–)]\s*(?=\S)/u.exec(text);
  const rest = num && restOfLine(text, num[0].length);
  if (num && rest !== null && !/^\d/u.test(rest) && !/^[\p{Lu}Đ]{1,6}(?:-[\p{Lu}]{1,6})?\//u.test(rest)) return { label: num[1]!, roman: false, rest };
  return null;
}

const DASH_OPENERS = ['-', '–', '—', '+', '•'];

/** A sub-item marker — "-", "–", "+", "•" or a letter "a)", "b)" — and the text after it. */
export function readDash(text: string): string | null {
  // A dash opens the text, or a letter with ")" after it: most paragraphs are answered here.
  // The length first: reading past the end (a one-character paragraph) deoptimized the callers.
  if ((text.length < 2 || text.charCodeAt(1) !== 0x29) && !DASH_OPENERS.includes(text.charAt(0))) return null;
  const m = /^(?:[-–—+•]\s*|[a-zđ]\)\s+)(?=\p{L}|\d|\()/u.exec(text);
  return m ? restOfLine(text, m[0].length) : null;
}

/** Sentence-final punctuation at the end of a paragraph (closing quotes/brackets allowed after it). */
export function endsSentence(text: string): boolean {
  return /[.!?…:;]["”’»)\]]*\s*$/u.test(text);
}

/** "ngày 12 tháng 6 năm 2023" or "12/6/2023" → ISO date, validated; null when invalid. */
export function isoDate(d: number, m: number, y: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
