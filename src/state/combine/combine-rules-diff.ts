/**
 * Shows localization rules in a word diff: the deleted central words and the inserted local words
 * of each rule ("Bí thư" → "Thường vụ Tỉnh ủy") are marked with the rule's number. Pure.
 */
import { foldText } from '../../core/normalize.ts';
import type { DiffSegment } from './combine-diff-view.ts';
import type { RulePhrase } from './combine-rules.ts';

/** A diff segment, with the index of the rule it shows (into the rules given), or null. */
export interface RuleSegment extends DiffSegment {
  readonly rule: number | null;
}

const isDel = (s: DiffSegment) => s.mark === 'delete' || s.mark === 'cosmetic-delete';
const isIns = (s: DiffSegment) => s.mark === 'insert' || s.mark === 'cosmetic-insert';
const contains = (hay: string, needle: string) => needle !== '' && ` ${hay} `.includes(` ${needle} `);

/** A run of consecutive deletions (or insertions): segment indexes and their words, folded. */
interface Run { readonly side: 'del' | 'ins'; readonly at: readonly number[]; readonly text: string }

function runsOf(segments: readonly DiffSegment[]): Run[] {
  const runs: Run[] = [];
  let cur: { side: 'del' | 'ins'; at: number[] } | null = null;
  const close = () => {
    if (cur) runs.push({ side: cur.side, at: cur.at, text: foldText(cur.at.map((i) => segments[i]!.text).join(' ')) });
    cur = null;
  };
  segments.forEach((s, i) => {
    const side = isDel(s) ? 'del' : isIns(s) ? 'ins' : null;
    if (side === null) { close(); return; }
    if (cur?.side !== side) { close(); cur = { side, at: [] }; }
    cur.at.push(i);
  });
  close();
  return runs;
}

/** How far apart (in segments) a rule's deletion and insertion may sit: "Ban [Bí thư][Thường vụ Tỉnh ủy]" is 1. */
const NEAR = 4;

/**
 * Marks each rule once: a run of deleted words holding the rule's central wording, and the nearest
 * run of inserted words (within `NEAR` segments) holding its local wording. Only the segments of
 * those runs that carry the rule's words are marked.
 */
export function markRules(segments: readonly DiffSegment[], rules: readonly RulePhrase[]): RuleSegment[] {
  const out: RuleSegment[] = segments.map((s) => ({ ...s, rule: null }));
  const runs = runsOf(segments);
  const used = new Set<Run>();
  rules.forEach((rule, ri) => {
    const from = foldText(rule.from), to = foldText(rule.to);
    const dist = (a: Run, b: Run) => Math.min(...a.at.flatMap((i) => b.at.map((j) => Math.abs(i - j))));
    for (const del of runs) {
      if (del.side !== 'del' || used.has(del) || !contains(del.text, from)) continue;
      const ins = runs.filter((r) => r.side === 'ins' && !used.has(r) && contains(r.text, to) && dist(del, r) <= NEAR)
        .sort((a, b) => dist(del, a) - dist(del, b))[0];
      if (!ins) continue;
      used.add(del).add(ins);
      const mark = (run: Run, words: ReadonlySet<string>) => {
        for (const i of run.at) if (foldText(out[i]!.text).split(' ').some((w) => words.has(w))) out[i] = { ...out[i]!, rule: ri };
      };
      mark(del, new Set(from.split(' ')));
      mark(ins, new Set(to.split(' ')));
      break;
    }
  });
  return out;
}
