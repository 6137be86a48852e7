/**
 * Classifications of a clause read before. A batch repeats clauses (the benchmark's letters share
 * four in five local clauses), and what `classifyClause` derives for an aligned clause — its word
 * diff, class, reason line and reason code — depends only on the central clauses and text, the
 * sources (in the aligner's order), the clause's text and its tokens relative to the clause's
 * start. For the same of all these, the classification is that of the first reading with the
 * diff's local offsets moved to where this clause stands; the word diff, the substitutions and
 * the reason strings were 13 % of the analysis of a document, mostly on clauses read before.
 */
import type { Clause, DiffPart, LocalClass, WordDiff } from './types.ts';
import type { Reason } from './reasons.ts';
import { shareSubstitutions } from './substitutions.ts';
import { ownString } from './own-string.ts';
import { recentCache } from './bounded-memo.ts';
import { emptyList, mapped } from './packed.ts';

/** What `classifyClause` derives for an aligned clause, besides the clause and its similarity. */
export interface Derived {
  readonly class: Exclude<LocalClass, 'added'>;
  readonly central: readonly string[];
  readonly reason: string;
  readonly why: Reason;
  readonly diff: WordDiff;
}

/** Clause texts remembered per central clause list, the least recently read forgotten first (about 1 KB each). */
const MAX = 4096;
/** Readings kept per clause text: the same text seldom aligns with more than one set of sources. */
const PER_TEXT = 4;

/**
 * One reading: its sources, where its clause started, and its classification, every string of it
 * a copy of its own (a part's text is a slice of the document's text, which V8 would keep whole).
 * Its tokens are not kept: `segmentClauses` gives each clause the tokens `tokenize` gives its own
 * text (at the clause's offset), so a clause of the same text has the same tokens relative to its
 * start, as analyze.ts's `wordsOf` already relies on; their number and ends are checked all the same.
 */
interface Seen {
  readonly sources: readonly number[];
  readonly start: number;
  readonly tokens: number;
  readonly first: number;
  readonly last: number;
  readonly derived: Derived;
}

/** The readings of each clause text (`recentCache`: least recently read forgotten first, keys copied). */
interface Memo { readonly centralText: string; readonly readings: (text: string, make: () => Seen[]) => Seen[] }

const memos = new WeakMap<readonly Clause[], Memo>();

function memoOf(central: readonly Clause[], centralText: string): Memo {
  let memo = memos.get(central);
  if (!memo || memo.centralText !== centralText) memos.set(central, (memo = { centralText, readings: recentCache<Seen[]>(MAX) }));
  return memo;
}

/** Whether a reading is of `clause` (already of the same text) with `sources`, the same in the same order. */
function fits(s: Seen, clause: Clause, sources: readonly { readonly index: number }[]): boolean {
  const t = clause.tokens;
  if (s.sources.length !== sources.length || s.tokens !== t.length || (t.length && (t[0]!.start - clause.start !== s.first || t[t.length - 1]!.end - clause.start !== s.last))) return false;
  for (let i = 0; i < sources.length; i++) if (s.sources[i] !== sources[i]!.index) return false;
  return true;
}

/**
 * Whether a clause can be remembered or read from the memo: its text is the document's text at
 * its offsets, and its tokens lie within it. Then every local part of its diff reads that text
 * only, and a clause of the same text has parts of the same texts.
 */
function readsOwnText(clause: Clause, localText: string): boolean {
  const t = clause.tokens;
  // A slice compared with `===`, not `startsWith(text, start)`: over a two-byte text (Vietnamese)
  // V8's `startsWith` took some 3 µs for a clause of 300 characters, the slice and compare 0.08.
  return clause.end - clause.start === clause.text.length && localText.slice(clause.start, clause.end) === clause.text
    && (!t.length || (t[0]!.start >= clause.start && t[t.length - 1]!.end <= clause.end));
}

/** A copy of a reason's values, or of any value made of strings, numbers, arrays and plain objects, with strings of its own. */
function owned<T>(x: T): T {
  if (typeof x === 'string') return ownString(x) as T;
  if (Array.isArray(x)) return mapped(x, owned) as T;
  if (x === null || typeof x !== 'object') return x;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) out[k] = owned((x as Record<string, unknown>)[k]);
  return out as T;
}

/** The sources' indices, pushed: a packed array (see packed.ts), as `fits` reads every reading's. */
function indices(sources: readonly { readonly index: number }[]): number[] {
  const out: number[] = [];
  for (const s of sources) out.push(s.index);
  return out;
}

/** The reading of `clause` with `sources` classified as `d`, every string of it a copy of its own. */
function reading(clause: Clause, sources: readonly { readonly index: number }[], d: Derived): Seen {
  // Spelled out as `wordDiff` and `moved` spell it, keys in their order: a spread's copy has a map
  // of its own, and code reading diffs (probeOf, slotsOf) saw one more.
  const diff: WordDiff = {
    parts: mapped(d.diff.parts, (p) => (p.op === 'delete' ? p : { op: p.op, text: ownString(p.text), kind: p.kind, start: p.start, end: p.end, other: p.other })),
    substantive: d.diff.substantive, inserted: d.diff.inserted, deleted: d.diff.deleted,
    cosmetic: mapped(d.diff.cosmetic, ownString), capped: d.diff.capped,
  };
  shareSubstitutions(d.diff, diff, ownString);
  const t = clause.tokens;
  return {
    sources: indices(sources), start: clause.start, tokens: t.length,
    first: t.length ? t[0]!.start - clause.start : 0, last: t.length ? t[t.length - 1]!.end - clause.start : 0,
    derived: { class: d.class, central: d.central, reason: d.reason, why: owned(d.why), diff },
  };
}

/** The diff's local parts moved by `by` characters, their texts read from `localText` as `wordDiff` reads them. */
function moved(d: WordDiff, by: number, localText: string): WordDiff {
  if (by === 0) return d;
  const parts = mapped(d.parts, (p): DiffPart => {
    if (p.op === 'delete') return p;
    const start = p.start + by, end = p.end + by;
    return { op: p.op, text: localText.slice(start, end), kind: p.kind, start, end, other: p.other };
  });
  const out: WordDiff = { parts, substantive: d.substantive, inserted: d.inserted, deleted: d.deleted, cosmetic: d.cosmetic, capped: d.capped };
  shareSubstitutions(d, out);
  return out;
}

/**
 * The classification of an aligned `clause` with `sources` (in the aligner's order): a reading of
 * the same before, its diff moved to the clause's offsets, or what `derive` gives (then remembered).
 */
export function classified(central: readonly Clause[], centralText: string, clause: Clause, localText: string, sources: readonly { readonly index: number }[], derive: () => Derived): Derived {
  if (!readsOwnText(clause, localText)) return derive();
  const readings = memoOf(central, centralText).readings(clause.text, () => emptyList<Seen>());
  for (const s of readings) if (fits(s, clause, sources)) return { ...s.derived, diff: moved(s.derived.diff, clause.start - s.start, localText) };
  const derived = derive();
  if (readings.length < PER_TEXT) readings.push(reading(clause, sources, derived));
  return derived;
}
