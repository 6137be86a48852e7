/**
 * A report's answers written as a reference alignment in the format of `../shared/gold/*.json`
 * (issue 11): reviewed documents become test material. Each local clause is named by the
 * shortest stretch of its opening words that no other clause holds (the hand-made files name
 * "Tiếp tục quán triệt, tuyên truyền, phổ biến sâu rộng" the same way), each central counterpart
 * and omitted central clause likewise among the central clauses, so that
 * `../shared/tools/eval-gold.mjs` scores the file 1.00 against the report it came from.
 */
import type { Report, ReportDocument } from './report.ts';
import type { LocalClass } from './types.ts';
import { CONTAINED_MIN, foldAnchor } from './review-anchor.ts';

/** One local clause: a distinctive snippet, the labels accepted, snippets of its central source(s). */
export interface GoldItem {
  readonly local: string;
  readonly label: readonly LocalClass[];
  readonly central: readonly string[];
}

/** The shared gold format (`about`, `central`, `document`, `items`, `omitted`), with the source file and the reviewer's share. */
export interface GoldFile {
  readonly about: string;
  readonly central: string | null;
  readonly document: string;
  readonly source: string;
  /** Answers of the file that are a reviewer's (clauses, central statuses); 0 for the machine's alone. */
  readonly reviewed: { readonly clauses: number; readonly central: number };
  readonly items: readonly GoldItem[];
  readonly omitted: readonly string[];
}

export interface GoldResult {
  readonly gold: GoldFile;
  /** Ids of local clauses left out: their whole text is held by an earlier clause, so no snippet can name them. */
  readonly skipped: readonly string[];
}

/** Words a snippet starts with before it is lengthened to be distinctive (the hand-made files use 6–12). */
const START_WORDS = 8;

/** One reference alignment per document of the report, in report order. */
export function goldFiles(r: Report): GoldResult[] {
  return r.documents.map((d) => goldOf(r, d));
}

/** The reference alignment of one document of `r`. */
export function goldOf(r: Report, d: ReportDocument): GoldResult {
  const localFolded = d.clauses.map((c) => foldAnchor(c.text));
  const centralFolded = r.central.clauses.map((c) => foldAnchor(c.text));
  const centralIndex = new Map(r.central.clauses.map((c, i) => [c.id, i]));
  const status = new Map(d.central.map((s) => [s.id, s.status]));
  const centralSnippet = new Map<string, string | null>();
  const centralOf = (id: string): string | null => {
    if (!centralSnippet.has(id)) {
      const i = centralIndex.get(id);
      centralSnippet.set(id, i === undefined ? null : snippet(r.central.clauses[i]!.text, (s) => centralHits(centralFolded, s).every((k) => k === i)));
    }
    return centralSnippet.get(id)!;
  };
  // A central snippet that also names an omitted central clause would count as a false omission.
  const carriedOnly = (s: string) => centralHits(centralFolded, foldAnchor(s)).every((k) => status.get(r.central.clauses[k]!.id) !== 'omitted');
  const items: GoldItem[] = [];
  const skipped: string[] = [];
  d.clauses.forEach((c, i) => {
    const local = snippet(c.text, (s) => firstHolding(localFolded, s) === i && localFolded.every((t, k) => k === i || !t.includes(s)))
      ?? (firstHolding(localFolded, localFolded[i]!) === i ? c.text : null);
    if (local === null) { skipped.push(c.id); return; }
    const central = c.class === 'added' ? [] : c.central.filter((id) => status.get(id) !== 'omitted').flatMap((id) => {
      const s = centralOf(id) ?? r.central.clauses[centralIndex.get(id) ?? -1]?.text;
      return s !== undefined && carriedOnly(s) ? [s] : [];
    });
    items.push({ local, label: [c.class], central });
  });
  const omitted = d.central.filter((s) => s.status === 'omitted').flatMap((s) => {
    const t = centralOf(s.id) ?? r.central.clauses[centralIndex.get(s.id) ?? -1]?.text;
    return t === undefined ? [] : [t];
  });
  const reviewed = { clauses: d.reviewed?.clauses ?? 0, central: d.reviewed?.central ?? 0 };
  const name = d.number ?? d.source;
  const about = `Reference alignment of ${[d.issuer, d.kind, name].filter(Boolean).join(' ')}${d.date ? ` (${d.date.split('-').reverse().join('/')})` : ''} against ${[r.central.kind, r.central.number ?? r.central.id].filter(Boolean).join(' ')}, `
    + `written by doichieu (analyze --format gold): ${reviewed.clauses + reviewed.central ? `${reviewed.clauses + reviewed.central} answers are a reviewer's, the rest the machine's` : "the machine's answers, not reviewed"}.`;
  return { gold: { about, central: r.central.number, document: name, source: d.source, reviewed, items, omitted }, skipped };
}

/**
 * The shortest run of the text's opening words (at least START_WORDS) whose folded form `ok`
 * accepts; null when not even the whole text is accepted.
 */
function snippet(text: string, ok: (folded: string) => boolean): string | null {
  const words = text.trim().split(/\s+/u);
  for (let n = Math.min(START_WORDS, words.length); n <= words.length; n++) {
    const s = words.slice(0, n).join(' ');
    const f = foldAnchor(s);
    if (f && ok(f)) return s;
  }
  return null;
}

/** The evaluator's `findLocal`: the first clause holding the snippet. */
function firstHolding(folded: readonly string[], s: string): number {
  return folded.findIndex((t) => t.includes(s));
}

/** The evaluator's `findCentralIds`: clauses holding the snippet, or held whole by it (longer than CONTAINED_MIN). */
function centralHits(folded: readonly string[], s: string): number[] {
  const out: number[] = [];
  folded.forEach((t, k) => { if (t.includes(s) || (s.includes(t) && t.length > CONTAINED_MIN)) out.push(k); });
  return out;
}
