/**
 * Stage 3: clauses. A clause is a sentence, split further at semicolons; every "-" item yields
 * its own clauses. Abbreviations ("TP.", "V/v"), numbers and dates ("09/5/2023",
 * "29/2022/QĐ-UBND") never split, and nothing splits inside parentheses or quotes.
 */
import type { Block, Clause, ParsedDocument } from './types.ts';
import { tokenize } from './normalize.ts';

/** Abbreviations that end in a full stop without ending a sentence. */
const ABBREV = /(?:^|[\s(])(TP|Tp|TX|Tx|ThS|TS|PGS|GS|BS|KS|Th|St|Đ\/c|đ\/c|v\.v|Q|P|H|X|Ph|Tr|tr|Nxb|NXB|[\p{Lu}])\.$/u;
const ENDS = new Set(['.', '!', '?', '…']);
/** Words announcing a list before a colon: "bao gồm:", "gồm:", "như sau:", "sau đây:". */
const ENUM_BEFORE = /(?:^|\s)(?:bao gồm|gồm có|gồm|như sau|sau đây|cụ thể|các nội dung sau|sau)$/u;

const FORM_BLANK = /\.{6,}|…{2,}|…\s*\.{2}|\.{2}\s*…/u;
/** Most words a form's line to fill in has; a longer sentence with dots is text (see below). */
const FORM_LINE_WORDS = 24;

/** Whether an appendix line is a form's blank to fill in ("Chủ trì hội nghị: ông (bà) ……… Chức vụ:……"): no clause. */
export function isFormBlank(text: string, words: number): boolean {
  return FORM_BLANK.test(text) && words <= FORM_LINE_WORDS;
}

/** Headings of units this short are labels ("Mục tiêu", "Tổ chức thực hiện"), not clauses. */
const MIN_HEADING_WORDS = 8;

/** Character ranges [start, end) of the clauses in `text`. */
export function clauseRanges(text: string): [number, number][] {
  const cuts: number[] = [];
  let depth = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === '“') quote = true;
    else if (ch === '”') quote = false;
    if (depth > 0) continue;
    if (ch === ';' && /\s/u.test(text[i + 1] ?? ' ')) { cuts.push(i + 1); continue; }
    // An enumeration announced inside a sentence: Nghệ An 1026 "…đảm bảo đúng thành phần theo quy
    // định, bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; …" writes as one sentence what
    // Chỉ thị 32 sets out as "Thành phần Ban Chỉ đạo gồm:" and items (i)–(iv).
    if (ch === ':' && !quote && /^\s+\S/u.test(text.slice(i + 1, i + 3)) && ENUM_BEFORE.test(text.slice(Math.max(0, i - 24), i))) { cuts.push(i + 1); continue; }
    if (!ENDS.has(ch)) continue;
    // Sentence end: the mark (plus closing quotes) is followed by space and a capital or an opening quote.
    let j = i + 1;
    while (j < text.length && /["”’»)]/u.test(text[j]!)) j++;
    if (j < text.length && !/\s/u.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/u.test(text[k]!)) k++;
    if (k < text.length && !/[\p{Lu}“"(]/u.test(text[k]!)) continue;
    if (ch === '.' && ABBREV.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    if (quote && ch !== '.') continue;
    quote = false;
    cuts.push(j);
  }
  const ranges: [number, number][] = [];
  let from = 0;
  for (const c of [...cuts, text.length]) {
    let s = from, e = c;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) ranges.push([s, e]);
    from = c;
  }
  return ranges;
}

/** Whether a block yields clauses: body text, or a unit heading long enough to carry content. */
function yieldsClauses(b: Block): boolean {
  if (!b.title) return true;
  return b.text.split(/\s+/u).length >= MIN_HEADING_WORDS;
}

/**
 * Clauses of a parsed document, with ids "<unit>-<n>" unique in the document. Segmented once per
 * document object: `analyze()` called again with the same central text (a batch fed one document
 * at a time, the fuzz test's 10,000 documents) then finds the central text's index already built
 * for these clauses (analyze.ts `centralContext`), 0.5 ms a small document instead of 6.4 ms.
 */
export function segmentClauses(doc: ParsedDocument): readonly Clause[] {
  let clauses = segmented.get(doc);
  if (!clauses) segmented.set(doc, (clauses = segment(doc)));
  return clauses;
}

const segmented = new WeakMap<ParsedDocument, readonly Clause[]>();

function segment(doc: ParsedDocument): Clause[] {
  const out: Clause[] = [];
  const counter = new Map<string, number>();
  doc.blocks.forEach((b, blockIndex) => {
    if (!yieldsClauses(b)) return;
    for (const [s, e] of clauseRanges(b.text)) {
      const start = b.start + s;
      const text = b.text.slice(s, e);
      const tokens = tokenize(text, start);
      if (!tokens.some((t) => t.word)) continue;
      // A form's blank to fill ("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM..........", the
      // "Mẫu số 01" forms NQLT 102 attaches) is a template line, not a clause anyone carries.
      // CV 174's appendix writes "luân chuyển,....đối với": an ellipsis in a sentence, not a blank.
      if (b.part === 'appendix' && isFormBlank(text, tokens.filter((t) => t.word).length)) continue;
      const n = (counter.get(b.unit) ?? 0) + 1;
      counter.set(b.unit, n);
      out.push({ id: `${b.unit}-${n}`, part: b.part, unit: b.unit, block: blockIndex, text, start, end: b.start + e, tokens });
    }
  });
  return out;
}
