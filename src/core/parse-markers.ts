/**
 * Structure markers at the start of a paragraph, for every layout the field uses: normative
 * texts (Phần / Chương / Mục / Điều, then khoản "1." and điểm "a)", NQLT 102 and QĐ 22), plans
 * and letters ("I." / "1." / "1.1." / "a)" / "-", Nghệ An 1026, CV 174), Q&A-quoted directives
 * ("(1)" … "(8)", Chỉ thị 32), guides with steps ("BƯỚC MỘT" / "A." / "I.", the Quảng Ninh
 * guide). Sub-items ("-", "+", "a)", "(i)") stay inside the unit they belong to.
 */

/** Kinds that open a unit. `number` carries its depth: "2" is number, "2.1" number with depth 1. */
export type MarkerKind = 'part' | 'chapter' | 'section' | 'article' | 'step' | 'upper' | 'roman' | 'number' | 'paren';

export interface StructureMarker {
  readonly kind: MarkerKind;
  /** Label as printed, normalized: "II", "2.1", "Đ5", "B1", "A", "3". */
  readonly label: string;
  /** Dots in a number label ("2.1.3" → 2); 0 otherwise. */
  readonly depth: number;
  /** Text after the marker. */
  readonly rest: string;
  /** Characters the marker takes at the start of the text. */
  readonly length: number;
}

const STEP_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

const PART = /^(?:Phần|PHẦN)\s+(thứ\s+\p{L}+|THỨ\s+\p{L}+|[IVXLC]+|\d{1,2})(?![\p{L}\p{N}])\s*[.:-]?\s*/u;
const CHAPTER = /^(?:Chương|CHƯƠNG)\s+([IVXLC]+|\d{1,2})(?![\p{L}\d])\s*[.:-]?\s*/u;
const SECTION = /^(?:Mục|MỤC)\s+(\d{1,2}|[IVXLC]+)(?![\p{L}\d])\s*[.:-]?\s*/u;
const ARTICLE = /^(?:Điều|ĐIỀU)\s+(\d{1,3}[a-zđ]?)\s*[.:]\s*/u;
const STEP = new RegExp(String.raw`^(?:Bước|BƯỚC)\s+(\d{1,2}|${STEP_WORDS.join('|')}|${STEP_WORDS.map((w) => w.toLocaleUpperCase('vi')).join('|')})(?![\p{L}\d])\s*[.:-]?\s*`, 'u');
const ROMAN = /^([IVX]{1,4})\s*[.\-–)/]\s*(?=\p{Lu})/u;
const UPPER = /^([A-HK-UWYĐ])\s*[.)]\s+(?=\p{Lu})/u;
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3}(?:\.[a-zđ])?)\s*[.\-–)/]\s*(?=\S)/u;
const PAREN = /^\((\d{1,2})\)\s*(?=\S)/u;

/** The structure marker a paragraph starts with, or null. */
export function readStructure(text: string): StructureMarker | null {
  const make = (kind: MarkerKind, label: string, m: RegExpExecArray, depth = 0): StructureMarker =>
    ({ kind, label, depth, rest: text.slice(m[0].length), length: m[0].length });
  let m = ARTICLE.exec(text);
  if (m) return make('article', `Đ${m[1]}`, m);
  if ((m = CHAPTER.exec(text))) return make('chapter', `C${m[1]}`, m);
  if ((m = SECTION.exec(text))) return make('section', `M${m[1]}`, m);
  if ((m = PART.exec(text))) return make('part', `P${m[1]!.replace(/\s+/gu, '')}`, m);
  if ((m = STEP.exec(text))) {
    const w = m[1]!.toLocaleLowerCase('vi');
    return make('step', `B${/^\d/u.test(w) ? w : STEP_WORDS.indexOf(w) + 1}`, m);
  }
  if ((m = ROMAN.exec(text))) return make('roman', m[1]!, m);
  if ((m = UPPER.exec(text)) && upperHeading(text.slice(m[0].length))) return make('upper', m[1]!, m);
  if ((m = NUMBER.exec(text))) {
    const rest = text.slice(m[0].length);
    // Dates ("09/5/2023, …"), years ("2023.") and document numbers a wrap left at a line start
    // ("21-KL/TW, ngày…", "99-QĐ/TW;") are not markers.
    if (/^\d/u.test(rest) || /^[\p{Lu}Đ]{1,6}(?:-[\p{Lu}]{1,6})?\//u.test(rest)) return null;
    return make('number', m[1]!, m, (m[1]!.match(/\./gu) ?? []).length);
  }
  if ((m = PAREN.exec(text))) return make('paren', m[1]!, m);
  return null;
}

/** "A. ĐỐI VỚI VIỆC HIỆP THƯƠNG…": a lettered heading is in capitals, or short. */
function upperHeading(rest: string): boolean {
  const letters = rest.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && (letters === letters.toLocaleUpperCase('vi') || rest.length <= 80);
}

/** A sub-item marker — "-", "–", "+", "•", a letter "a)", "đ)", "a.", a small roman "(i)", "i)" — and its length. */
export function readItem(text: string): { readonly rest: string; readonly length: number } | null {
  const m = /^(?:[-–—+•]\s*|[a-zđ]\)\s*|[a-zđ]\.\s+(?=\p{Lu})|\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\)\s*|(?:i{1,3}|iv|vi{0,3}|ix)\)\s+)(?=\p{L}|\d|\(|“|")/u.exec(text);
  return m ? { rest: text.slice(m[0].length), length: m[0].length } : null;
}

/** Kinds whose labels make up a unit's label. Parts, chapters and sections only group articles. */
export function opensUnit(kind: MarkerKind): boolean {
  return kind !== 'part' && kind !== 'chapter' && kind !== 'section';
}
