/**
 * Why a clause has its class, as a dictionary key and values, so the interface can say it in
 * either language (the core's `reason` line is English; it stays available as a tooltip). Pure.
 */
import type { ClauseResult } from '../../core/types.ts';
import { substitutions } from '../../core/substitutions.ts';

/** Dictionary keys of the reasons. */
export type ReasonKey =
  | 'reason.identical' | 'reason.cosmetic' | 'reason.nearVerbatim' | 'reason.adapted' | 'reason.added' | 'reason.capped';

/** A reason ready to translate. */
export interface Reason {
  readonly key: ReasonKey;
  readonly vars: Readonly<Record<string, string | number>>;
  /** Main substitutions "central → local", at most two. */
  readonly swaps: readonly string[];
}

/** The reason of a local clause's class, from its diff and similarity. */
export function combineReason(r: ClauseResult): Reason {
  const ids = r.central.join(', ');
  const pct = Math.round(r.similarity * 100);
  const d = r.diff;
  if (r.class === 'added') return { key: 'reason.added', vars: { pct }, swaps: [] };
  if (!d) return { key: r.class === 'verbatim' ? 'reason.identical' : 'reason.adapted', vars: { ids, ins: 0, del: 0, pct }, swaps: [] };
  if (d.capped) return { key: 'reason.capped', vars: { ids, pct }, swaps: [] };
  const vars = { ids, pct, ins: d.inserted, del: d.deleted, list: d.cosmetic.slice(0, 4).join(', ') };
  if (r.class === 'verbatim') {
    if (d.inserted + d.deleted > 0) return { key: 'reason.nearVerbatim', vars, swaps: [] };
    return { key: d.cosmetic.length ? 'reason.cosmetic' : 'reason.identical', vars, swaps: [] };
  }
  return { key: 'reason.adapted', vars, swaps: substitutions(d, 2) };
}
