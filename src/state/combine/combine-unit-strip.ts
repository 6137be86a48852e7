/** Task-level strip: which central tasks each local unit draws on, with shares. Pure. */
import type { Clause, DocumentAnalysis, Part } from '../../core/types.ts';

/** A central unit a local unit draws on. */
export interface StripSegment {
  readonly unit: string;
  /** Part of the central unit ("task", "implementation", "lead-in"…). */
  readonly part: Part;
  /** Share 0..1 and its whole percentage. */
  readonly share: number;
  readonly pct: number;
}

/** One local unit of the strip. */
export interface StripRow {
  readonly unit: string;
  readonly part: Part;
  /** Central units, largest share first. Empty when the local unit is all added text. */
  readonly segments: readonly StripSegment[];
}

/** One row per local unit that is a task or implementation unit (lead-in and closing are left out). */
export function combineUnitStrip(d: DocumentAnalysis, centralClauses: readonly Clause[]): StripRow[] {
  const parts = new Map(centralClauses.map((c) => [c.unit, c.part]));
  return d.units
    .filter((u) => u.part === 'task' || u.part === 'implementation')
    .map((u) => ({
      unit: u.unit,
      part: u.part,
      segments: [...u.central]
        .sort((x, y) => y.share - x.share)
        .map((c) => ({ unit: c.unit, part: parts.get(c.unit) ?? 'task', share: c.share, pct: Math.round(c.share * 100) })),
    }));
}
