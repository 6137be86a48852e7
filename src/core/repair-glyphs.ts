/**
 * Repairs the conversion damage whose correction is certain, before parsing: PDF glyph damage
 * where one reading alone is Vietnamese, and letter-spaced words (`repair-letter-spacing.ts`).
 * Everything else is left as printed; `quality.ts` says what is left.
 *
 * The glyph maps come from the text layer of Kết luận 445-KL/TU (Tỉnh ủy Thừa Thiên Huế,
 * `damage_pdf-text-layer_*`), whose font maps ô → ơ, ơ → o, ò → ị, oà → ồ, U → Ư. A map is applied
 * only where its damaged form is no Vietnamese syllable ("cơng"), or where the damaged word is one
 * but the pair of words it makes is no Vietnamese ("hồn thành"), and only in a document that
 * shows the damage more than once: a typo in a clean text ("Thưòng trực" in the MTTQ Quảng Ninh
 * guide) is not PDF damage and is not touched.
 */
import { letterSpacingJoins, vocabularyOf } from './repair-letter-spacing.ts';
import { isSyllable } from './vn-syllable.ts';
import { droppedLetterEvidence, scanWords, type TextWords } from './vn-words.ts';

/** One repaired place, as printed and as repaired. */
export interface RepairExample {
  readonly from: string;
  readonly to: string;
}

/** What a repair did: how many places, and a few of them as printed and as repaired. */
export interface Repair {
  readonly code: 'PDF_GLYPHS' | 'LETTER_SPACED';
  readonly count: number;
  readonly examples: readonly RepairExample[];
}

export interface RepairResult {
  /** The repaired text; identical to the input when nothing was certain. */
  readonly text: string;
  /** Only repairs that happened, at most one entry per code. */
  readonly repairs: readonly Repair[];
}

/** A word-level glyph map: which damaged words it takes and what it makes of them. */
interface WordMap {
  readonly kind: string;
  /** Lower-case NFD in, lower-case NFD out; `null` when the map does not apply. */
  readonly fix: (nfd: string) => string | null;
}

const WORD_MAPS: readonly WordMap[] = [
  // "cơng trình" (445-KL/TU): ơ never comes before ng or c; ô does. Whatever the tone: "cờng" → "cồng".
  // Not after u: "đuợc" (MTTQ Quảng Ninh) is a typo for "được", not "đuộc".
  { kind: 'ơ→ô', fix: (w) => (/(?<!u\u031b?)o\u031b[\u0300-\u0323]*(?:ng|c)$/u.test(w) ? w.replace(/o\u031b/u, 'o\u0302') : null) },
  // "thưong m ại" (445-KL/TU): ư is never followed by a bare o; it is always "ươ".
  { kind: 'ưo→ươ', fix: (w) => (/u\u031bo(?!\u031b)/u.test(w) ? w.replace(/u\u031bo(?!\u031b)/u, 'u\u031bo\u031b') : null) },
  // "Tốc độ phát triển đơ thị cịn chậm" (445-KL/TU): c is never written before i, so "cịn" is
  // no syllable, and under this font's ò → ị it is "còn". Only this word: "cị" + another rime has
  // no single reading.
  { kind: 'cịn→còn', fix: (w) => (w === 'ci\u0323n' ? 'co\u0300n' : null) },
];

/**
 * Word pairs in which a damaged word is itself a syllable but the pair is no Vietnamese: only the
 * pair makes the repair certain. From 445-KL/TU: "hồn thành", "đơ thị", "K ÉT LUẬN" (joined to
 * "KÉT LUẬN"). "hồn thiện", "hồn chỉnh", "hồn tồn" are the same oà → ồ map on the other words
 * "hoàn" begins; "hồn" (soul) never stands before them.
 */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['hồn thành', 'hoàn thành'], ['hồn thiện', 'hoàn thiện'], ['hồn chỉnh', 'hoàn chỉnh'], ['hồn tồn', 'hoàn toàn'],
  ['đơ thị', 'đô thị'], ['két luận', 'kết luận'],
]);
const PAIR_RE = new RegExp(`(?<![\\p{L}\\p{M}])(${[...PAIRS.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'giu');

const PAIR_ANY = new RegExp([...PAIRS.keys()].join('|'), 'iu');

/** "ƯBND" (445-KL/TU: "Ban cán sự đảng ƯBND tỉnh"): no word or abbreviation starts with "ƯB". */
const UB_RE = /(?<![\p{L}\p{M}])ƯB(?=\p{Lu}*(?![\p{L}\p{M}]))/gu;

/** Applies `from`'s letter case to `to`: "CƠNG" → "CÔNG", "Cơng" → "Công". */
function withCase(from: string, to: string): string {
  if (from === from.toUpperCase() && from !== from.toLowerCase()) return to.toUpperCase();
  if (from.charAt(0) !== from.charAt(0).toLowerCase()) return to.charAt(0).toUpperCase() + to.slice(1);
  return to;
}

interface Edit { readonly kind: string; readonly start: number; readonly end: number; readonly from: string; readonly to: string }

/** Glyph repairs of single words: damaged words that are no syllable and one map makes one. */
function wordEdits(words: TextWords): Edit[] {
  const edits: Edit[] = [];
  for (const i of words.unusual) {
    if (words.check(i) !== 'invalid') continue;
    const text = words.text(i), nfd = text.toLowerCase().normalize('NFD');
    for (const m of WORD_MAPS) {
      const fixed = m.fix(nfd)?.normalize('NFC');
      if (fixed && isSyllable(fixed)) {
        edits.push({ kind: m.kind, start: words.start(i), end: words.end(i), from: text, to: withCase(text, fixed) });
        break;
      }
    }
  }
  return edits;
}

/** Glyph repairs of word pairs and of "ƯB…" abbreviations. */
function patternEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // A plain search for the pairs, under the same case folding, spares the clean text the pair
  // expression's look-behinds at every position.
  if (PAIR_ANY.test(text)) for (const m of text.matchAll(PAIR_RE)) {
    const to = withCase(m[0], PAIRS.get(m[0].toLowerCase())!);
    edits.push({ kind: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, from: m[0], to });
  }
  if (text.includes('ƯB')) {
    for (const m of text.matchAll(UB_RE)) edits.push({ kind: 'Ư→U', start: m.index, end: m.index + 2, from: m[0], to: 'UB' });
  }
  return edits;
}

/**
 * Five damaged words, or three of at least two kinds: typos are not a damaged text layer. The
 * 95,000-character MTTQ Quảng Ninh guide has one ("Thưòng trực"); the 2,000 characters of
 * 445-KL/TU have seven of six kinds.
 */
function enoughGlyphDamage(edits: readonly Edit[]): boolean {
  return edits.length >= 5 || (edits.length >= 3 && new Set(edits.map((e) => e.kind)).size >= 2);
}

/** `text` with non-overlapping edits applied. */
function apply(text: string, edits: readonly { start: number; end: number; to: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.to;
    at = e.end;
  }
  return out + text.slice(at);
}

const MAX_EXAMPLES = 5;

function examples(list: readonly RepairExample[]): RepairExample[] {
  const seen = new Set<string>();
  return list.filter((j) => !seen.has(j.from) && seen.add(j.from)).slice(0, MAX_EXAMPLES).map((j) => ({ from: j.from, to: j.to }));
}

/**
 * Repairs what is certain in `text` (NFC) and says what it repaired. Clean text comes back
 * unchanged (the same string). Letter-spaced words are not joined in a text that lost its accented
 * vowels: there "thư k hội nghị" is "thư ký hội nghị", not "khội".
 */
export function repairText(text: string): RepairResult {
  let words = scanWords(text);
  const repairs: Repair[] = [];
  let out = text;
  if (!droppedLetterEvidence(words).dropped) {
    let vocabulary: Set<string> | null = null;
    const joins = letterSpacingJoins(text, words, () => (vocabulary ??= vocabularyOf(words)));
    if (joins.length) {
      out = apply(text, joins);
      // Glyph pairs read the joined words: "K ÉT LUẬN" has become "KÉT LUẬN".
      words = scanWords(out);
      repairs.push({ code: 'LETTER_SPACED', count: joins.length, examples: examples(joins) });
    }
  }
  const edits = [...wordEdits(words), ...patternEdits(out)];
  if (enoughGlyphDamage(edits)) {
    out = apply(out, edits);
    repairs.push({ code: 'PDF_GLYPHS', count: edits.length, examples: examples(edits) });
  }
  return { text: out, repairs };
}
