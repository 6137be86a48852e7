/**
 * Stage 3: clauses. A clause is a sentence, split further at semicolons; every "-" item yields
 * its own clauses. Abbreviations ("TP.", "V/v"), numbers and dates ("09/5/2023",
 * "29/2022/QĐ-UBND") never split, and nothing splits inside parentheses or quotes.
 */
import type { Block, Clause, ParsedDocument } from './types.ts';
import { tokenize } from './normalize.ts';
import { isSpace } from './spaces.ts';
import { isUpperUnit } from './vn-text.ts';

/** Abbreviations that end in a full stop without ending a sentence. */
const ABBREV = /(?:^|[\s(])(TP|Tp|TX|Tx|ThS|TS|PGS|GS|BS|KS|Th|St|Đ\/c|đ\/c|v\.v|Q|P|H|X|Ph|Tr|tr|Nxb|NXB|[\p{Lu}])\.$/u;
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
  // Read by code unit, with each one-character regex as a test of the code (`isSpace` is `\s`,
  // `isUpperUnit` is `\p{Lu}`): `text[i]` cut a string per character, and the set and the regexes
  // hashed or matched it; 28 % of segmentation, 0.15 ms a document.
  const cuts: number[] = [];
  const n = text.length;
  let depth = 0;
  let quote = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) depth++; // ( [
    else if ((c === 0x29 || c === 0x5d) && depth > 0) depth--; // ) ]
    else if (c === 0x201c) quote = true; // “
    else if (c === 0x201d) quote = false; // ”
    if (depth > 0) continue;
    if (c === 0x3b && (i + 1 >= n || isSpace(text.charCodeAt(i + 1)))) { cuts.push(i + 1); continue; } // ;
    // An enumeration announced inside a sentence: Nghệ An 1026 "…đảm bảo đúng thành phần theo quy
    // định, bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; …" writes as one sentence what
    // Chỉ thị 32 sets out as "Thành phần Ban Chỉ đạo gồm:" and items (i)–(iv).
    if (c === 0x3a && !quote && i + 2 < n && isSpace(text.charCodeAt(i + 1)) && !isSpace(text.charCodeAt(i + 2))
      && ENUM_BEFORE.test(text.slice(Math.max(0, i - 24), i))) { cuts.push(i + 1); continue; }
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) continue; // . ! ? …
    // Sentence end: the mark (plus closing quotes) is followed by space and a capital or an opening quote.
    let j = i + 1;
    while (j < n && CLOSERS.includes(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k < n && !opensSentence(text.charCodeAt(k))) continue;
    if (c === 0x2e && ABBREV.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    if (quote && c !== 0x2e) continue;
    quote = false;
    cuts.push(j);
  }
  cuts.push(n);
  const ranges: [number, number][] = [];
  let from = 0;
  for (const cut of cuts) {
    let s = from, e = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) ranges.push([s, e]);
    from = cut;
  }
  return ranges;
}

/** Closing quotes and brackets a sentence-final mark may carry: `"`, `”`, `’`, `»`, `)`. */
const CLOSERS: readonly number[] = [0x22, 0x201d, 0x2019, 0xbb, 0x29];

/** `/[\p{Lu}“"(]/u` on one code unit: a capital, an opening quote or bracket starts a sentence. */
function opensSentence(c: number): boolean {
  return c === 0x201c || c === 0x22 || c === 0x28 || isUpperUnit(c);
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

/**
 * The clauses of a document a batch reads once (each implementing document): those
 * `segmentClauses` remembered for it, else segmented and not remembered. Remembering every
 * document cost more than segmenting: V8's young-generation collector keeps a WeakMap entry's
 * value alive while its key is young, dead or not, so each letter's clauses and tokens survived a
 * collection and were copied, most of them promoted: 200 of the 1,470 MB a 1,000-letter run
 * allocates survived a scavenge, 81 without (1.45 M instructions a document fewer, 4.7 %).
 */
export function segmentOnce(doc: ParsedDocument): readonly Clause[] {
  return segmented.get(doc) ?? segment(doc);
}

function segment(doc: ParsedDocument): Clause[] {
  const out: Clause[] = [];
  const counter = new Map<string, number>();
  doc.blocks.forEach((b, blockIndex) => {
    if (!yieldsClauses(b)) return;
    // The block is tokenized once and its tokens dealt to its clauses: a clause ends before white
    // space (or at the block's end) and white space makes no token, so no token straddles two
    // clauses and each clause gets the tokens `tokenize` gives its own text. One call per block
    // rather than one per clause (3 a block): 10 % of the tokenizing.
    const all = tokenize(b.text, b.start);
    let t = 0;
    for (const [s, e] of clauseRanges(b.text)) {
      const start = b.start + s, end = b.start + e;
      while (t < all.length && all[t]!.start < start) t++;
      const from = t;
      while (t < all.length && all[t]!.start < end) t++;
      const tokens = from === 0 && t === all.length ? all : all.slice(from, t);
      if (!tokens.some((k) => k.word)) continue;
      const text = b.text.slice(s, e);
      // A form's blank to fill ("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM..........", the
      // "Mẫu số 01" forms NQLT 102 attaches) is a template line, not a clause anyone carries.
      // CV 174's appendix writes "luân chuyển,....đối với": an ellipsis in a sentence, not a blank.
      if (b.part === 'appendix' && isFormBlank(text, tokens.filter((k) => k.word).length)) continue;
      const n = (counter.get(b.unit) ?? 0) + 1;
      counter.set(b.unit, n);
      out.push({ id: `${b.unit}-${n}`, part: b.part, unit: b.unit, block: blockIndex, text, start, end, tokens });
    }
  });
  return out;
}
