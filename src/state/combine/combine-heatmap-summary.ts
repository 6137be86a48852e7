/**
 * The heat map aggregated over many documents: for each central task clause, how many of the chosen
 * documents carry it verbatim, adapted, or omit it — one bar per row instead of 1,000 columns. Pure;
 * clauses × documents, reading bytes of the matrix.
 */
import type { HeatmapMatrix } from './combine-heatmap-matrix.ts';

/** One central clause over the chosen documents. */
export interface ClauseDistribution {
  readonly id: string;
  readonly verbatim: number;
  readonly adapted: number;
  readonly omitted: number;
  /** Documents with no result for the clause. */
  readonly none: number;
  /** Verbatim + adapted. */
  readonly carried: number;
}

/** Every central task clause's distribution, and over how many documents. */
export interface HeatmapSummary {
  readonly docs: number;
  readonly rows: ReadonlyMap<string, ClauseDistribution>;
}

/** Counts the statuses of each central task clause over the documents `ids` (unknown ids are skipped). */
export function summarizeHeatmap(m: HeatmapMatrix, ids: readonly string[]): HeatmapSummary {
  const cols = ids.map((id) => m.index.get(id)).filter((j): j is number => j !== undefined);
  const rows = new Map<string, ClauseDistribution>();
  for (const g of m.groups) {
    for (const row of g.rows) {
      // counts[code]: 0 none, 1 verbatim, 2 adapted, 3 omitted (STATUS_CODE).
      const counts = [0, 0, 0, 0];
      for (const j of cols) counts[row.status[j] ?? 0]!++;
      const [none = 0, verbatim = 0, adapted = 0, omitted = 0] = counts;
      rows.set(row.id, { id: row.id, verbatim, adapted, omitted, none, carried: verbatim + adapted });
    }
  }
  return { docs: cols.length, rows };
}

/**
 * The heat map's rows, all tasks together, the clauses most documents omit first (stable: equal
 * counts keep the central text's order) — the question "which tasks are dropped" answered at a glance.
 */
export function rankByOmission<R extends { readonly id: string }>(rows: readonly R[], s: HeatmapSummary): R[] {
  const omitted = (r: R) => {
    const d = s.rows.get(r.id);
    return d ? d.omitted + d.none : 0;
  };
  return rows.map((r, i) => ({ r, i, o: omitted(r) })).sort((a, b) => b.o - a.o || a.i - b.i).map((x) => x.r);
}
