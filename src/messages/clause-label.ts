/**
 * Clause ids as people read them. Ids are "<unit>-<n>" (src/core/segment-clauses.ts): "assessment-1",
 * "lead-in-2", "2-1", "II.1-3". Shown to people they become "Phần đánh giá, câu 1", "Nhiệm vụ 2, câu 1"
 * (English: "Assessment, clause 1", "Task 2, clause 1").
 */
import type { Part as DocPart } from '../core/types.ts';
import { fillText, type Lang } from './words.ts';

const LABELS: Readonly<Record<Lang, Readonly<Record<DocPart, string>>>> = {
  vi: {
    assessment: 'Phần đánh giá, câu {n}',
    'lead-in': 'Phần mở đầu, câu {n}',
    task: 'Nhiệm vụ {unit}, câu {n}',
    implementation: 'Mục {unit}, câu {n}',
    closing: 'Phần kết thúc, câu {n}',
    appendix: 'Phụ lục, {unit}, câu {n}',
  },
  en: {
    assessment: 'Assessment, clause {n}',
    'lead-in': 'Opening, clause {n}',
    task: 'Task {unit}, clause {n}',
    implementation: 'Section {unit}, clause {n}',
    closing: 'Closing, clause {n}',
    appendix: 'Appendix, {unit}, clause {n}',
  },
};

const NAMED: readonly DocPart[] = ['assessment', 'lead-in', 'closing'];

/** Words of the structure labels (src/core/parse-markers.ts): "Đ5.2.a", "B1.A.I", "PL.3", "CII", "p4". */
const UNIT_WORDS: Readonly<Record<Lang, { article: string; khoan: string; diem: string; step: string; table: string; row: string; para: string; chapter: string; section: string }>> = {
  vi: { article: 'Điều', khoan: 'khoản', diem: 'điểm', step: 'Bước', table: 'Bảng', row: 'dòng', para: 'Đoạn', chapter: 'Chương', section: 'Mục' },
  en: { article: 'Article', khoan: 'paragraph', diem: 'point', step: 'Step', table: 'Table', row: 'row', para: 'Paragraph', chapter: 'Chapter', section: 'Section' },
};

/** A unit label in words: "Đ5.2.a" → "Điều 5, khoản 2, điểm a"; "PL.2.3" → "2.3", "PL" → ""; "T1.3" → "Bảng 1, dòng 3"; "B1.A.I" → "Bước 1, A, I"; "II.1" stays. */
export function unitWords(lang: Lang, unit: string): string {
  const w = UNIT_WORDS[lang];
  const segs = unit.split('.');
  const out: string[] = [];
  let inArticle = false, inTable = false, inAppendix = false, appendixNumber = false;
  for (const seg of segs) {
    let m: RegExpExecArray | null;
    if ((m = /^Đ(\d+[a-zđ]?)$/u.exec(seg))) { out.push(`${w.article} ${m[1]}`); inArticle = true; continue; }
    if (inArticle && /^\d+$/u.test(seg)) { out.push(`${w.khoan} ${seg}`); continue; }
    if (inArticle && /^[a-zđ]$/u.test(seg)) { out.push(`${w.diem} ${seg}`); continue; }
    if ((m = /^B(\d+)$/u.exec(seg))) { out.push(`${w.step} ${m[1]}`); continue; }
    // An appendix numbers table rows ("PL.12": the Government letter's 50-row table) and its own
    // sections ("PL.2.3": NQLT 102's appendix) alike, so its numbers are printed as the document
    // prints them, "2.3", not called rows ("dòng 2, dòng 3").
    if (seg === 'PL') { inAppendix = true; continue; }
    if (inAppendix && !inTable && /^\d+$/u.test(seg)) {
      if (appendixNumber) out[out.length - 1] += `.${seg}`; else out.push(seg);
      appendixNumber = true;
      continue;
    }
    appendixNumber = false;
    if ((m = /^T(\d+)$/u.exec(seg))) { out.push(`${w.table} ${m[1]}`); inTable = true; continue; }
    if (inTable && /^\d+$/u.test(seg)) { out.push(`${w.row} ${seg}`); continue; }
    if ((m = /^p(\d+)$/u.exec(seg))) { out.push(`${w.para} ${m[1]}`); continue; }
    if ((m = /^C([IVXLC]+|\d+)$/u.exec(seg))) { out.push(`${w.chapter} ${m[1]}`); continue; }
    if ((m = /^M(\d+)$/u.exec(seg))) { out.push(`${w.section} ${m[1]}`); continue; }
    out.push(seg);
  }
  // Plain numbers and roman numerals read as one label ("II.1"); named parts are listed; an
  // appendix's part is always in words ("" for the appendix itself).
  if (inAppendix) return out.join(', ');
  return out.every((x) => /^[\dIVXLC]+$/u.test(x) || /^[A-HK-UWYĐ]$/u.test(x)) ? unit : out.join(', ');
}

/**
 * The clause `id` in `lang`. A numbered unit is a task unless `part` says it is the implementation
 * section or the appendix; an article, a step or a table row says so; an id of another shape is
 * returned as it is.
 */
export function clauseLabel(lang: Lang, id: string, part?: DocPart): string {
  const m = /^(.+)-(\d+)$/u.exec(id);
  if (!m) return id;
  const unit = m[1]!, n = m[2]!;
  const named = NAMED.find((x) => x === unit);
  if (named) return fillText(LABELS[lang][named], { unit, n });
  const words = unitWords(lang, unit);
  if (part === 'appendix' || unit === 'PL' || unit.startsWith('PL.')) {
    return words && words !== 'PL' ? fillText(LABELS[lang].appendix, { unit: words, n }) : `${lang === 'vi' ? 'Phụ lục, câu' : 'Appendix, clause'} ${n}`;
  }
  if (words !== unit) return `${words}, ${lang === 'vi' ? 'câu' : 'clause'} ${n}`;
  return fillText(LABELS[lang][part === 'implementation' ? 'implementation' : 'task'], { unit, n });
}

/** English abbreviations of the structure letters (parse-markers.ts) where the Vietnamese ones are not English. */
const COMPACT_EN: readonly (readonly [RegExp, string])[] = [
  [/^Đ(?=\d)/u, 'Art'], [/^B(?=\d)/u, 'Step'], [/^PL$/u, 'App'], [/^C(?=[IVXLC]+$|\d+$)/u, 'Ch'], [/^M(?=\d+$)/u, '§'],
];

/**
 * A clause id for a narrow margin or a row head, in `lang`: "assessment-12" → "12" (the unit's title
 * names the part); a structure id stays as the document numbers it ("Đ2.3-4", "II.1-3") in
 * Vietnamese, and in English its Vietnamese letters become English abbreviations ("Art2.3-4",
 * "Step1.A-2", "App.3-1"): the NQLT 102 family's heat map showed "Đ1-1" to English readers.
 */
export function compactClauseId(lang: Lang, id: string): string {
  const named = /^[a-z][a-z-]*-(\d+)$/u.exec(id);
  if (named) return named[1]!;
  const m = /^(.+)(-\d+)$/u.exec(id);
  return m ? compactUnit(lang, m[1]!) + m[2]! : id;
}

/** A unit label as short as the document prints it, in `lang` (see `compactClauseId`): "Đ24" is "Art24" in English. */
export function compactUnit(lang: Lang, unit: string): string {
  if (lang === 'vi') return unit;
  return unit.split('.').map((seg) => COMPACT_EN.reduce((s, [re, w]) => s.replace(re, w), seg)).join('.');
}
