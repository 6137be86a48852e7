/** What the pair view shows for a selected clause: its counterparts and the word diffs that join them. Pure. */
import type { ClauseResult } from '../../core/types.ts';
import type { PairClass, PairModel, Side } from './combine-pair.ts';

/** A selected clause and what explains it. */
export interface Selection {
  readonly side: Side;
  readonly id: string;
  readonly cls: PairClass;
  readonly similarity: number;
  /** Counterpart ids on the other side. */
  readonly counterparts: readonly string[];
  /** Local clause results whose diffs explain the link (one per carrier, or the selected local clause). */
  readonly results: readonly ClauseResult[];
}

/** The selection for a central clause id or a local clause id; `null` when the id is not in the pane. */
export function combineSelection(pair: PairModel, side: Side, id: string): Selection | null {
  const pane = side === 'central' ? pair.central : pair.local;
  const clause = pane.byId.get(id);
  if (!clause) return null;
  const byLocal = new Map(pair.analysis.clauses.map((r) => [r.clause.id, r]));
  const localIds = side === 'central' ? clause.links : [id];
  const results = localIds.map((l) => byLocal.get(l)).filter((r): r is ClauseResult => r !== undefined);
  return { side, id, cls: clause.cls, similarity: clause.similarity, counterparts: clause.links, results };
}
