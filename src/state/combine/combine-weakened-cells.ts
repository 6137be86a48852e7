/** Which heat-map cells (document × central clause) are carried by a clause that weakens it (issue 12). Pure. */
import type { Analysis } from '../../core/types.ts';

/** Key of a cell in the set `combineWeakenedCells` returns. */
export const cellKey = (doc: string, clause: string): string => `${doc}\u0000${clause}`;

/** Cells whose central clause the document carries with a weakening (its `CentralResult.effects`). */
export function combineWeakenedCells(a: Analysis): ReadonlySet<string> {
  const out = new Set<string>();
  for (const d of a.documents) {
    for (const c of d.central) if (c.effects?.some((e) => e.kind === 'weakened')) out.add(cellKey(d.doc.id, c.id));
  }
  return out;
}
