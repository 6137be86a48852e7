/**
 * Stage 6: word diff of an aligned pair. Tokens are compared on their normalized form by jsdiff's
 * `diffArrays` (here and in diff-changes.ts, the only files that import `diff`); a difference is
 * cosmetic when only case, tone placement, quotes or punctuation differ, substantive otherwise.
 */
import { diffArrays } from 'diff';
import type { DiffPart, Token, WordDiff } from './types.ts';
import { wordCount } from './word-count.ts';
import { changesOf, MAX_EDIT } from './diff-changes.ts';

interface Run { op: DiffPart['op']; kind: DiffPart['kind']; tokens: Token[]; other: Token[] }

/**
 * Diffs central tokens (from one or more central clauses, in central order) against local tokens.
 * `centralText`/`localText` are the documents' texts the token offsets point into.
 */
export function wordDiff(central: readonly Token[], local: readonly Token[], centralText: string, localText: string): WordDiff {
  const changes = changesOf(central, local);
  if (!changes) {
    const parts: DiffPart[] = local.length ? [part({ op: 'insert', kind: 'substantive', tokens: [...local], other: [] }, localText)] : [];
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
        // Token by token, without the run object and two arrays `push` would take for each.
        const kind = same ? 'same' : 'cosmetic', last = runs[runs.length - 1];
        if (last && last.op === 'equal' && last.kind === kind) { last.tokens.push(l); last.other.push(c); }
        else runs.push({ op: 'equal', kind, tokens: [l], other: [c] });
      }
      ci += n; li += n;
    } else {
      // Punctuation inside a changed stretch of words belongs to the change ("quy chế, quy định");
      // a stretch of punctuation alone is cosmetic.
      const op = ch.removed ? 'delete' : 'insert';
      const chunk = ch.removed ? central.slice(ci, ci + n) : local.slice(li, li + n);
      const words = wordCount(chunk);
      if (ch.removed) { deleted += words; ci += n; } else { inserted += words; li += n; }
      push(runs, { op, kind: words ? 'substantive' : 'cosmetic', tokens: chunk, other: [] });
    }
  }
  const parts = runs.map((r) => part(r, r.op === 'delete' ? centralText : localText, centralText));
  return { parts, substantive: inserted + deleted, inserted, deleted, cosmetic: [...cosmetic].slice(0, 12), capped: false };
}

function push(runs: Run[], r: Run): void {
  const last = runs[runs.length - 1];
  if (last && last.op === r.op && last.kind === r.kind) { last.tokens.push(...r.tokens); last.other.push(...r.other); }
  else runs.push({ ...r, tokens: [...r.tokens], other: [...r.other] });
}

function part(r: Run, text: string, otherText = ''): DiffPart {
  const start = r.tokens[0]!.start, end = r.tokens[r.tokens.length - 1]!.end;
  const base = { op: r.op, text: text.slice(start, end), kind: r.kind, start, end };
  if (r.kind === 'cosmetic' && r.op === 'equal' && r.other.length) {
    return { ...base, other: otherText.slice(r.other[0]!.start, r.other[r.other.length - 1]!.end) };
  }
  return base;
}

/** Positions in `a` of the words a longest common subsequence matches in `b` (compared as given), ascending; empty when capped. */
export function matchedPositions(a: readonly string[], b: readonly string[]): number[] {
  const changes = diffArrays(a as string[], b as string[], { maxEditLength: MAX_EDIT });
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
