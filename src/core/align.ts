/**
 * Stage 4: align every local clause with the central clauses (not only the same-numbered task:
 * local documents reorder, merge, split and renumber). Each clause becomes a bag of weighted
 * features — words and word bigrams, weighted by inverse document frequency over the clauses —
 * and each local clause takes the central clause(s) that explain most of its weight. The weights
 * and overlaps come from an inverted index over the central clauses (align-index.ts); this file
 * says which words take part and how the sources are chosen.
 */
import type { Clause } from './types.ts';

/** One central source of a local clause. */
export interface Source {
  readonly index: number;
  /** Share of the local clause's weight this source explains (beyond earlier sources). */
  readonly gain: number;
  /** Share of the central clause's own weight found in the local clause. */
  readonly carried: number;
}

export interface Alignment {
  readonly sources: readonly Source[];
  /** Share of the local clause's weight explained by all its sources, 0..1. */
  readonly similarity: number;
  /** Harmonic mean of `similarity` and the first source's `carried`: the evidence of derivation. */
  readonly balance: number;
  /** Best single central clause and its explained share, kept even when the clause is added. */
  readonly nearest: { readonly index: number; readonly share: number } | null;
}

/**
 * A second source must explain at least this share of the local clause beyond the first, and
 * carry this much of itself. On the seeds, the Thành ủy's point 2 joins central tasks 2 and 3
 * with gains of 0.25–0.4, while boilerplate overlaps ("“tự diễn biến”, “tự chuyển hoá”") stay under 0.12.
 */
export const SECOND_GAIN = 0.15;
const SECOND_CARRIED = 0.35;
/**
 * …or be a source in its own right. Nghệ An 1026 merges two points of Chỉ thị 32 into one clause
 * ("Củng cố, kiện toàn Ban Chỉ đạo … tỉnh Nghệ An …, bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND
 * tỉnh;", half of each: balances 0.30 and 0.27); CV 174's lead-in draws on two sentences of KL 221
 * (0.32 and 0.29). Neither second source carries 0.35 of itself: long central clauses seldom do.
 */
const SECOND_BALANCE = 0.25;
/**
 * Near-ties go to a central clause of the same part (lead-in ↔ lead-in, task ↔ task). Lạng Sơn's
 * "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy…" balances 0.41 with central 6-1 (a list of the
 * same bodies) and a little less with the central lead-in it rewrites. Only a bonus, so text a
 * document moves from the lead-in into a task still finds its source.
 */
export const SAME_PART_BONUS = 0.08;
/**
 * A central appendix of forms (NQLT 102's "Mẫu số 01/BCĐBQH-MT"… with "THƯ KÝ HỘI NGHỊ (Ký tên)",
 * "Kết quả kiểm phiếu như sau:") is no source of a local guide's steps unless it is the only
 * fitting one: appendix and body weigh against each other by the same margin the same part wins by.
 */
export const OTHER_APPENDIX_PENALTY = -0.08;

/** Bonus of central part `c` for a local clause of part `l`. */
export function partBonus(l: string, c: string): number {
  if (l === c) return SAME_PART_BONUS;
  return l === 'appendix' || c === 'appendix' ? OTHER_APPENDIX_PENALTY : 0;
}

export function wordsOf(c: Clause): string[] {
  return c.tokens.filter((t) => t.word).map((t) => t.norm);
}

/**
 * Share of its sources' own weight a local clause carries, over all its sources together: a
 * clause merging halves of two central clauses carries half of their union, not half of the first.
 * From per-source shares of the local clause (s_j = o_j / T_local) and carried (c_j = o_j / T_j).
 */
function carriedUnion(sources: readonly Source[], share: Float64Array): number {
  let o = 0, t = 0;
  for (const x of sources) {
    const sj = share[x.index]!;
    if (x.carried <= 0) continue;
    o += sj;
    t += sj / x.carried;
  }
  return t > 0 ? o / t : 0;
}

/** Harmonic mean of two shares: high only when both sides of a pair are largely shared. */
export function balance(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

/**
 * The choice of sources from a local clause's overlaps with every central clause. The first
 * source is the central clause with the best balance of "share of the local clause it explains"
 * and "share of itself the local clause carries": a long central clause that merely overlaps a
 * local one loses to the short one the local clause actually copies (Lạng Sơn 5: "Tăng cường công
 * tác kiểm tra, giám sát việc thực hiện Quyết định số 99-QĐ/TW, Hướng dẫn số 05-HD/TU…" derives
 * from central 5-1, not 1-1). `beyond(first)` gives each central clause's share of the local
 * clause outside the first source's features.
 */
export function chooseSources(total: number, share: Float64Array, carried: Float64Array, partBonus: (j: number) => number, beyond: (first: number) => Float64Array): Alignment {
  const none: Alignment = { sources: [], similarity: 0, balance: 0, nearest: null };
  if (total === 0 || share.length === 0) return none;
  let first = -1, best = -Infinity;
  for (let j = 0; j < share.length; j++) {
    const v = balance(share[j]!, carried[j]!) + partBonus(j);
    if (v > best) { best = v; first = j; }
  }
  if (share[first] === 0) return none;
  const sources: Source[] = [{ index: first, gain: share[first]!, carried: carried[first]! }];
  const rest = beyond(first);
  let second = -1, gain = -Infinity;
  for (let j = 0; j < rest.length; j++) {
    const v = j === first ? -1 : rest[j]!;
    if (v > gain) { gain = v; second = j; }
  }
  if (second >= 0 && gain >= SECOND_GAIN && (carried[second]! >= SECOND_CARRIED || balance(share[second]!, carried[second]!) >= SECOND_BALANCE)) {
    sources.push({ index: second, gain, carried: carried[second]! });
  }
  const similarity = Math.min(1, sources.reduce((s, x) => s + x.gain, 0));
  return { sources, similarity, balance: balance(similarity, carriedUnion(sources, share)), nearest: { index: first, share: share[first]! } };
}
