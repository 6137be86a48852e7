/** Vietnamese text facts shared by the parsing stages: document kinds, capitals, names, markers. */
import { restOfLine } from './line-scan.ts';

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
  for (const c of t) {
    // ASCII answered by its code (most of a prose paragraph); the Unicode classes only beyond it.
    const code = c.charCodeAt(0);
    const ascii = code < 128;
    if (ascii ? !((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) : !LETTER.test(c)) continue;
    letters++;
    if (!(ascii ? code <= 90 : UPPER.test(c)) && ++other > bound) return false;
  }
  return letters >= 2 && (letters - other) / letters >= 0.85;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const NAME_WORD = /^\p{Lu}\p{Ll}*$/u;

/**
 * A personal name standing alone: 2–5 capitalized syllables ("Hoàng Văn Nghiệm", "Đỗ Thị Trang"),
 * optionally after "Đã ký:" (KL 21's "Đã ký: Nguyễn Phú Trọng"). Returns the name or null.
 */
export function personalName(line: string): string | null {
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
  // `restOfLine` stands for a final `(.*)$`, which overflows the stack on a paragraph of millions of characters.
  const roman = /^([IVX]{1,4})\s*[.\-–)]\s*/u.exec(text);
  const romanRest = roman && restOfLine(text, roman[0].length);
  if (roman && romanRest !== null && /^\p{Lu}/u.test(romanRest)) return { label: roman[1]!, roman: true, rest: romanRest };
  const num = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.\-–)]\s*(?=\S)/u.exec(text);
  const rest = num && restOfLine(text, num[0].length);
  if (num && rest !== null && !/^\d/u.test(rest) && !/^[\p{Lu}Đ]{1,6}(?:-[\p{Lu}]{1,6})?\//u.test(rest)) return { label: num[1]!, roman: false, rest };
  return null;
}

/** A sub-item marker — "-", "–", "+", "•" or a letter "a)", "b)" — and the text after it. */
export function readDash(text: string): string | null {
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
