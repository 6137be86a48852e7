/**
 * Stage 6: word diff of an aligned pair. Tokens are compared on their normalized form by jsdiff's
 * `diffArrays` (here and in diff-changes.ts, the only files that import `diff`); a difference is
 * cosmetic when only case, tone placement, quotes or punctuation differ, substantive otherwise.
 */
import { diffArrays } from 'diff';
import type { DiffPart, Token, WordDiff } from './types.ts';
import { wordCount } from './word-count.ts';
import { changesOf, MAX_EDIT } from './diff-changes.ts';
import { mapped, none } from './packed.ts';

/**
 * A run of tokens with one op and kind: its first and last token (and, for an equal run, those of
 * the central side). A part reads only its ends' offsets: arrays of every token, pushed one by one
 * and copied again when runs merged, were built only to read their ends.
 */
interface Run { op: DiffPart['op']; kind: DiffPart['kind']; first: Token; last: Token; otherFirst: Token | null; otherLast: Token | null }

/**
 * Diffs central tokens (from one or more central clauses, in central order) against local tokens.
 * `centralText`/`localText` are the documents' texts the token offsets point into.
 */
export function wordDiff(central: readonly Token[], local: readonly Token[], centralText: string, localText: string): WordDiff {
  const changes = changesOf(central, local);
  if (!changes) {
    const parts: readonly DiffPart[] = local.length ? [part({ op: 'insert', kind: 'substantive', first: local[0]!, last: local[local.length - 1]!, otherFirst: null, otherLast: null }, localText)] : none<DiffPart>();
    const inserted = wordCount(local), deleted = wordCount(central);
    return { parts, substantive: inserted + deleted, inserted, deleted, cosmetic: [], capped: true };
  }
  const runs: Run[] = [];
  const cosmetic = new Set<string>();
  let inserted = 0, deleted = 0;
  let ci = 0, li = 0;
  for (const ch of changes) {
    const n = ch.count;
    if (!ch.added && !ch.removed) {
      for (let k = 0; k < n; k++) {
        const c = central[ci + k]!, l = local[li + k]!;
        const same = c.text === l.text;
        if (!same) cosmetic.add(`${c.text}→${l.text}`);
        const kind = same ? 'same' : 'cosmetic', last = runs[runs.length - 1];
        if (last && last.op === 'equal' && last.kind === kind) { last.last = l; last.otherLast = c; }
        else runs.push({ op: 'equal', kind, first: l, last: l, otherFirst: c, otherLast: c });
      }
      ci += n; li += n;
    } else {
      // Punctuation inside a changed stretch of words belongs to the change ("quy chế, quy định");
      // a stretch of punctuation alone is cosmetic.
      const op = ch.removed ? 'delete' : 'insert';
      const side = ch.removed ? central : local, from = ch.removed ? ci : li;
      const words = wordCount(side, from, from + n);
      if (ch.removed) { deleted += words; ci += n; } else { inserted += words; li += n; }
      const kind = words ? 'substantive' : 'cosmetic', last = runs[runs.length - 1];
      if (last && last.op === op && last.kind === kind) last.last = side[from + n - 1]!;
      else runs.push({ op, kind, first: side[from]!, last: side[from + n - 1]!, otherFirst: null, otherLast: null });
    }
  }
  const parts = mapped(runs, (r) => part(r, r.op === 'delete' ? centralText : localText, centralText));
  return { parts, substantive: inserted + deleted, inserted, deleted, cosmetic: [...cosmetic].slice(0, 12), capped: false };
}

function part(r: Run, text: string, otherText = ''): DiffPart {
  const start = r.first.start, end = r.last.end;
  const other = r.kind === 'cosmetic' && r.op === 'equal' && r.otherFirst && r.otherLast ? otherText.slice(r.otherFirst.start, r.otherLast.end) : undefined;
  // `other` on every part, last (where a spread put it): one map for all parts, where a part
  // with `other` and one without were two to every reader of parts.
  return { op: r.op, text: text.slice(start, end), kind: r.kind, start, end, other };
}

/** Positions in `a` of the words a longest common subsequence matches in `b` (compared as given), ascending; empty when capped. */
export function matchedPositions(a: readonly string[], b: readonly string[]): number[] {
  // Compared as integers (equal words, equal ids): jsdiff then sees the packed integer arrays
  // diff-changes.ts gives it, one array map, where strings deoptimized its optimized code.
  const ids = new Map<string, number>();
  const changes = diffArrays(idsOf(a, ids), idsOf(b, ids), { maxEditLength: MAX_EDIT });
  if (!changes) return [];
  const out: number[] = [];
  let ai = 0;
  for (const ch of changes) {
    const n = ch.value.length;
    if (!ch.added && !ch.removed) for (let k = 0; k < n; k++) out.push(ai + k);
    if (!ch.added) ai += n;
  }
  return out;
}

/** Each word's id in `ids` (numbered in order of first sight), as a packed array. */
function idsOf(words: readonly string[], ids: Map<string, number>): number[] {
  const out: number[] = [];
  for (const w of words) {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    out.push(id);
  }
  return out;
}
