/**
 * Stage 5: classify each local clause as verbatim, adapted or added, with a reason a person can
 * check, and give each central clause its status in the document.
 */
import type { CentralResult, CentralStatus, Clause, ClauseResult, LocalClass, Token } from './types.ts';
import type { Alignment } from './align.ts';
import { wordDiff } from './word-diff.ts';
import { substitutions } from './substitutions.ts';
import { whyAdded, whyAligned } from './reasons.ts';
import { wordCount } from './word-count.ts';
import { sharedText } from './bounded-memo.ts';
import { classified, type Derived } from './classify-memo.ts';
import { mapped, none } from './packed.ts';

/** Reasons, held once per distinct text: a batch repeats them ("100% of words shared; identical wording"). */
const kept = sharedText(16_384);

/**
 * Below this balance (harmonic mean of the share of the local clause its source explains and the
 * share of the source it carries, restated titles masked) a clause is `added`. On the two gold
 * documents every clause a careful reader calls added balances at most 0.28 (Lạng Sơn "Một bộ phận
 * người dân chưa quan tâm…" 0.28, the asset-declaration clause 0.16) and every required adaptation
 * at least 0.35 (Lạng Sơn 5's "Tăng cường công tác kiểm tra… Hướng dẫn số 05-HD/TU…" 0.35,
 * Quảng Ngãi's "…Luật thực hiện dân chủ ở cơ sở năm 2022" 0.35); the cut sits mid-gap.
 */
export const ADDED_BELOW = 0.31;
/** "A word or two": at most this many substantive words added or dropped keeps a clause verbatim. */
export const VERBATIM_EDITS = 2;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Classifies one local clause given its alignment with the central clauses. */
export function classifyClause(clause: Clause, al: Alignment, central: readonly Clause[], centralText: string, localText: string): ClauseResult {
  if (!al.sources.length || al.balance < ADDED_BELOW) {
    const near = al.nearest ? central[al.nearest.index] : undefined;
    const reason = `no central clause shares more than ${pct(al.nearest?.share ?? 0)} of its wording${near ? ` (nearest: ${near.id})` : ''}`;
    return { clause, class: 'added', central: none<string>(), similarity: round(al.similarity), reason: kept(reason), why: whyAdded(al.nearest?.share ?? 0, near?.id ?? null), diff: null, nearest: near?.id, gains: undefined, effects: undefined };
  }
  const d = classified(central, centralText, clause, localText, al.sources, () => derive(clause, al, central, centralText, localText));
  // Every result of one shape: `nearest`, `gains` and `effects` written on all (undefined where
  // absent, which JSON leaves out) in the order later stages add them (analyze.ts's gains, then
  // effect-document.ts's effects), so that their spreads keep the map and readers see one.
  return { clause, class: d.class, central: d.central, similarity: round(al.similarity), reason: d.reason, why: d.why, diff: d.diff, nearest: undefined, gains: undefined, effects: undefined };
}

/** The word diff, class and reasons of a clause aligned with `al.sources`. */
function derive(clause: Clause, al: Alignment, central: readonly Clause[], centralText: string, localText: string): Derived {
  // Packed lists (packed.ts): `map`'s lists are holey or not as the caller is optimized or not.
  const sources = mapped([...al.sources].sort((a, b) => a.index - b.index), (s) => central[s.index]!);
  // Most clauses have one source: its tokens as they are (flatMap copying them cost a sixth of this stage).
  const tokens: readonly Token[] = sources.length === 1 ? sources[0]!.tokens : sources.flatMap((c) => c.tokens);
  const diff = wordDiff(tokens, clause.tokens, centralText, localText);
  const edits = Math.max(diff.inserted, diff.deleted);
  const words = wordCount(clause.tokens);
  const sharedWords = words ? (words - diff.inserted) / words : 0;
  const cls: LocalClass = !diff.capped && edits <= VERBATIM_EDITS ? 'verbatim' : 'adapted';
  let reason: string;
  if (cls === 'verbatim') {
    const extra = mapped(diff.parts.filter((p) => p.kind === 'substantive'), (p) => `${p.op === 'insert' ? '+' : '−'}${p.text}`);
    const cos = diff.cosmetic.length ? `cosmetic only: ${diff.cosmetic.slice(0, 4).join(', ')}` : 'identical wording';
    reason = `${pct(sharedWords)} of words shared; ${cos}${extra.length ? `; ${extra.join(' ')}` : ''}`;
  } else {
    const subs = substitutions(diff);
    const detail = subs.length ? subs.join('; ') : diff.inserted > diff.deleted ? `adds ${diff.inserted} words` : `drops ${diff.deleted} words`;
    reason = `adapted: ${detail} (${pct(sharedWords)} of words shared)`;
  }
  const ids = mapped(al.sources, (s) => central[s.index]!.id);
  return { class: cls, central: ids, reason: kept(reason), why: whyAligned(cls, diff, sharedWords, ids), diff };
}

/** Status of every central clause in one document, with the local clauses that carry it. */
export function centralStatuses(central: readonly Clause[], results: readonly ClauseResult[]): CentralResult[] {
  // The carriers of every central clause in one pass over the results, in result order (each
  // central clause filtering all results was central × local `includes`).
  const carriersOf = new Map<string, ClauseResult[]>();
  for (const r of results) for (const id of r.central) { const list = carriersOf.get(id); if (list) { if (list.at(-1) !== r) list.push(r); } else carriersOf.set(id, [r]); }
  return central.map((c) => {
    const carriers = carriersOf.get(c.id) ?? [];
    const status: CentralStatus = carriers.some((r) => r.class === 'verbatim') ? 'verbatim' : carriers.length ? 'adapted' : 'omitted';
    const similarity = carriers.reduce((m, r) => Math.max(m, r.similarity), 0);
    return { id: c.id, status, by: carriers.map((r) => r.clause.id), similarity: round(similarity) };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
