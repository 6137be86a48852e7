/**
 * Citations stage: every document a text cites (numbered, or by name for laws and resolutions),
 * and the comparison of citation sets between the central text and local letters. Pure: no DOM,
 * no Node built-ins. Offsets point into the string given (expected NFC, as `ParsedDocument.text`).
 */
import {
  LAW, NQ_DH, NQ_TW, canonicalKind, congressKey, fold, maskMarkdown, normalizeNumber, readDate, readLawName, squash,
} from './citation-patterns.ts';
import { readIssuer } from './citation-issuer.ts';
import { numberedMatches, thisMatches } from './citation-scan.ts';

/** One cited document, as written at one place of the text. */
export interface Citation {
  /** Kind word, canonical spelling ("Quyết định", "Luật"); null for a bare number. */
  readonly kind: string | null;
  /** Normalized number ("652-CV/ĐU", "29/2022/QĐ-UBND"); null for a citation by name. */
  readonly number: string | null;
  /** Name of a citation by name ("Nghị quyết Trung ương 4 khóa XII"); null for numbered ones. */
  readonly name: string | null;
  /** ISO date given right after the number ("ngày 03/10/2017"), else null. */
  readonly date: string | null;
  /** "của X" right after the number or date ("Ban Bí thư Trung ương Đảng"), else null. */
  readonly issuer: string | null;
  /** Identity for comparison: the normalized number, or the folded name; "self:<kind>" for self-references. */
  readonly key: string;
  /** The citation as written (original text, markdown included). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /**
   * The text naming itself: "Công văn này", "Kết luận này", and the header line "Số 1154-CV/TU"
   * (the document's own number). Returned so a UI can mark them; `compareCitations` and
   * `citationFlags` ignore them, and callers listing cited documents must filter them out.
   */
  readonly self: boolean;
}

/** Citation sets of a local document against the central one, first occurrence of each key. */
export interface CitationComparison {
  /** Local citations whose key the central text also cites (the local occurrence). */
  readonly inherited: readonly Citation[];
  /** Local citations the central text does not cite. */
  readonly added: readonly Citation[];
  /** Central citations the local text does not cite (the central occurrence). */
  readonly dropped: readonly Citation[];
}

/**
 * `true` when only white space precedes `at` on its line. Scans back only to the first other
 * character: slicing back to the line start was quadratic on a document left on one line.
 */
function opensLine(s: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && s[i] !== '\n'; i--) if (!/\s/u.test(s[i]!)) return false;
  return true;
}

/**
 * The matches of a global expression, as `matchAll` gives them (none of these can be empty), from
 * the shared expression: `matchAll` clones it per call, and a clone of these long Unicode
 * expressions may be compiled again.
 */
function* matches(s: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) yield m;
}

/**
 * Every citation of `text`, in order of appearance, repeats included (callers dedupe by key).
 * Markdown marks are blanked before matching so "*Quyết định số 99-QĐ/TW*" is read, while offsets
 * stay in `text`; any whitespace, newlines included, may separate words (seed 003 is hard-wrapped).
 */
export function extractCitations(text: string): Citation[] {
  const s = maskMarkdown(text);
  const found: Citation[] = [];
  const make = (start: number, end: number, f: Omit<Citation, 'text' | 'start' | 'end' | 'date' | 'issuer'>): void => {
    const date = f.number === null ? null : readDate(s, end);
    const by = readIssuer(s, date?.end ?? end);
    const stop = by?.end ?? date?.end ?? end;
    // Fields written out (in `f`'s order, then the rest): a spread of `f` cost more than the reading.
    found.push({ kind: f.kind, number: f.number, name: f.name, key: f.key, self: f.self,
      date: date?.iso ?? null, issuer: by?.issuer ?? null, text: text.slice(start, stop), start, end: stop });
  };
  for (const m of numberedMatches(s)) {
    const number = normalizeNumber(m[3]!);
    // "Số 1154-CV/TU" opening a line with no kind word is the letter's own number, not a citation.
    const self = m[1] === undefined && m[2] !== undefined && m[2] !== 'số' && opensLine(s, m.index);
    make(m.index, m.index + m[0].length, { kind: m[1] ? canonicalKind(m[1]) : null, number, name: null, key: number, self });
  }
  for (const m of thisMatches(s)) {
    const kind = canonicalKind(m[1]!);
    found.push({ kind, number: null, name: null, date: null, issuer: null, key: `self:${fold(kind ?? m[1]!)}`,
      text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length, self: true });
  }
  // KL 21 defines "(gọi tắt là Nghị quyết Trung ương 4)" after the full "… 4 khoá XII": a bare
  // plenum number takes the term of the last full form before it; with none it keeps its own key.
  const term = new Map<string, { name: string; key: string }>();
  // Each expression below needs a literal word ("…ghị quyết", "Luật"): a plain search for it spares
  // most texts a scan with look-behinds at every position.
  const resolutions = s.includes('ghị quyết');
  if (resolutions) for (const m of matches(s, NQ_TW)) {
    const [plenum, khoa] = [m[1]!, m[2]];
    const full = khoa === undefined ? term.get(plenum) : { name: squash(m[0]), key: `nghi quyet trung uong ${plenum} khoa ${khoa.toLowerCase()}` };
    if (khoa !== undefined && full) term.set(plenum, full);
    const name = full?.name ?? squash(m[0]);
    make(m.index, m.index + m[0].length, { kind: 'Nghị quyết', number: null, name, key: full?.key ?? fold(name), self: false });
  }
  if (resolutions) for (const m of matches(s, NQ_DH)) {
    const name = squash(m[0]);
    make(m.index, m.index + m[0].length, { kind: 'Nghị quyết', number: null, name, key: congressKey(name), self: false });
  }
  if (s.includes('Luật')) for (const m of matches(s, LAW)) {
    const end = readLawName(s, m.index + m[0].length);
    if (end === null) continue;
    const name = squash(s.slice(m.index, end));
    make(m.index, end, { kind: 'Luật', number: null, name, key: fold(name), self: false });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = 0; // a match starting inside an earlier one is part of it
  return found.filter((c) => c.start >= reach && ((reach = c.end), true));
}

/** Key of a citation written as a string ("54 - KL/TW", "Nghị quyết Đại hội XIII"), or a key passed as is. */
const keyOf = (written: string): string =>
  extractCitations(written).find((c) => c.number !== null || c.name !== null)?.key ?? fold(written);

/**
 * Compares by key (self-references ignored), keeping the first occurrence of each key. `exclude`
 * drops keys on both sides, e.g. the central document's own number: Quảng Ngãi citing "Kết luận
 * 54-KL/TW" is implementing it, not adding a citation.
 */
export function compareCitations(central: readonly Citation[], local: readonly Citation[], opts: { exclude?: readonly string[] } = {}): CitationComparison {
  const excluded = new Set((opts.exclude ?? []).map(keyOf));
  const firsts = (cs: readonly Citation[]): Map<string, Citation> => {
    const m = new Map<string, Citation>();
    for (const c of cs) if (!c.self && !excluded.has(c.key) && !m.has(c.key)) m.set(c.key, c);
    return m;
  };
  const [c, l] = [firsts(central), firsts(local)];
  return {
    inherited: [...l.values()].filter((x) => c.has(x.key)),
    added: [...l.values()].filter((x) => !c.has(x.key)),
    dropped: [...c.values()].filter((x) => !l.has(x.key)),
  };
}
