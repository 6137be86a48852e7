/**
 * Stage 5b: a long central clause split across several local clauses. Nghệ An 1026 copies Chỉ
 * thị 32's "…đẩy mạnh công tác thanh tra, kiểm tra, nâng cao hiệu quả công tác phòng ngừa, kịp
 * thời phát hiện, ngăn chặn lộ, mất bí mật nhà nước từ sớm, từ xa, điều tra, xử lý nghiêm vi phạm
 * về bảo vệ bí mật nhà nước" word for word, cut in two at "từ xa;". Each half, diffed against
 * the whole central clause, "drops" the other half and would be called adapted; a reader calls
 * both verbatim. A carrier is verbatim when it copies one stretch of the central clause with at
 * most VERBATIM_EDITS words changed inside it, and the clause's carriers together copy all of it.
 */
import type { Clause, ClauseResult, Token } from './types.ts';
import { VERBATIM_EDITS } from './classify.ts';
import { matchedPositions } from './word-diff.ts';
import { wordCount } from './word-count.ts';

/** Whole percentage of a clause's words its diff keeps from the central side (as classify.ts says it). */
export function sharedPct(r: ClauseResult): number {
  const words = wordCount(r.clause.tokens);
  return words && r.diff ? Math.round(((words - r.diff.inserted) / words) * 100) : 0;
}

/** The norms of the words among `tokens`, pushed: a packed list (see packed.ts), whatever the caller. */
function normsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.word) out.push(t.norm);
  return out;
}

/** Re-labels the carriers of split central clauses; other results are returned unchanged. */
export function resolveSplits(results: readonly ClauseResult[], central: readonly Clause[]): ClauseResult[] {
  const byCentral = new Map<string, number[]>();
  results.forEach((r, i) => { for (const id of r.central) byCentral.set(id, [...(byCentral.get(id) ?? []), i]); });
  const out = [...results];
  for (const [id, carriers] of byCentral) {
    if (carriers.length < 2) continue;
    const c = central.find((x) => x.id === id);
    if (!c) continue;
    const words = normsOf(c.tokens);
    const covered = new Uint8Array(words.length);
    const stretches: { i: number; ok: boolean; from: number; to: number }[] = [];
    for (const i of carriers) {
      const r = results[i]!;
      const local = normsOf(r.clause.tokens);
      const pos = matchedPositions(words, local);
      for (const p of pos) covered[p] = 1;
      if (r.class !== 'adapted' || r.central.length !== 1 || !r.diff || r.diff.capped || !pos.length) continue;
      const from = pos[0]!, to = pos[pos.length - 1]! + 1;
      const inside = to - from - pos.length;
      const extra = local.length - pos.length;
      stretches.push({ i, ok: inside <= VERBATIM_EDITS && extra <= VERBATIM_EDITS, from, to });
    }
    const missing = covered.reduce((n, x) => n + (x ? 0 : 1), 0);
    if (missing > VERBATIM_EDITS) continue;
    for (const s of stretches) {
      if (!s.ok) continue;
      const r = out[s.i]!;
      const shared = sharedPct(r);
      out[s.i] = {
        ...r, class: 'verbatim', reason: `verbatim: words ${s.from + 1}–${s.to} of ${id}, a central clause split across ${carriers.length} local clauses (${shared}% of words shared)`,
        why: { code: 'split-verbatim', values: { central: [id], shared, from: s.from + 1, to: s.to, carriers: carriers.length } },
      };
    }
  }
  return out;
}
