/**
 * The substitutions of a run counted in compact form (issue 14): a run of 100,000 documents makes
 * about 800,000 substitutions, and `finishRules` kept each as an object with its document and clause
 * ids until the end. Here an occurrence is two small integers (the document's and the clause id's
 * index), so the counts of a national collection fit in tens of megabytes, and the rules are
 * rebuilt one at a time when they are written. `finishRules` (rules.ts) is this, so the app, a run
 * and a merge of shards share one implementation.
 */
import type { DocRules, LocalizationRule } from './rules.ts';

interface Counted {
  readonly from: string;
  readonly to: string;
  context: string;
  /** Document index of the first occurrence, and whether another document has it too. */
  readonly first: number;
  multi: boolean;
  /** Occurrences in run order: document index, clause index, document index, … */
  readonly at: number[];
}

/** Every substitution of the run so far (see `countRules`). */
export interface RuleCounts {
  readonly docIndex: Map<string, number>;
  readonly docs: string[];
  readonly clauseIndex: Map<string, number>;
  readonly clauses: string[];
  readonly byId: Map<string, Counted>;
}

export const ruleCounts = (): RuleCounts => ({ docIndex: new Map(), docs: [], clauseIndex: new Map(), clauses: [], byId: new Map() });

const indexOf = (index: Map<string, number>, names: string[], name: string): number => {
  let i = index.get(name);
  if (i === undefined) {
    i = names.length;
    names.push(name);
    index.set(name, i);
  }
  return i;
};

/** Adds the substitutions of document `doc`, the next of the run. */
export function countRules(acc: RuleCounts, doc: string, rules: DocRules): void {
  if (!rules.subs.length) return;
  const d = indexOf(acc.docIndex, acc.docs, doc);
  for (const s of rules.subs) {
    const e = acc.byId.get(s.id);
    const c = indexOf(acc.clauseIndex, acc.clauses, s.clause);
    if (!e) {
      acc.byId.set(s.id, { from: s.from, to: s.to, context: s.context, first: d, multi: false, at: [d, c] });
      continue;
    }
    if (d !== e.first) e.multi = true;
    e.at.push(d, c);
    if (!e.context && s.context) e.context = s.context;
  }
}

/**
 * The ids of the substitutions that are rules: made by at least two documents, or swapping a level
 * of the hierarchy (`isLevel`, rules.ts).
 */
export function keptRules(acc: RuleCounts, isLevel: (s: { from: string; to: string }) => boolean): Set<string> {
  const kept = new Set<string>();
  for (const [id, e] of acc.byId) if (e.multi || isLevel(e)) kept.add(id);
  return kept;
}

/** The rules of `kept`, most frequent first (ties by id), each built only when it is reached. */
export function* sortedRules(acc: RuleCounts, kept: ReadonlySet<string>): Generator<LocalizationRule> {
  // Stable sort over first-occurrence order, as the report always had it.
  const order = [...acc.byId.entries()].filter(([id]) => kept.has(id))
    .sort(([xi, x], [yi, y]) => y.at.length - x.at.length || xi.localeCompare(yi));
  for (const [id, e] of order) {
    const documents: Record<string, number> = {};
    const examples: { doc: string; clause: string }[] = [];
    for (let i = 0; i < e.at.length; i += 2) {
      const doc = acc.docs[e.at[i]!]!;
      documents[doc] = (documents[doc] ?? 0) + 1;
      examples.push({ doc, clause: acc.clauses[e.at[i + 1]!]! });
    }
    yield { id, from: e.from, to: e.to, context: e.context, documents, examples, count: e.at.length / 2 };
  }
}
