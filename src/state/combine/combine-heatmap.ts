/**
 * Heat map: central task clauses as rows grouped by task, local documents as columns, each cell
 * the clause's status in that document; a row's margin counts the documents that carry it. Pure.
 */
import type { Analysis, CentralStatus } from '../../core/types.ts';
import { byLag } from './combine-document-rows.ts';
import { CODE_STATUS, combineHeatmapMatrix, type HeatmapColumn, type HeatmapMatrix, type TaskGroup } from './combine-heatmap-matrix.ts';

export type { HeatmapColumn } from './combine-heatmap-matrix.ts';

/** One clause in one document. */
export interface HeatmapCell {
  readonly doc: string;
  /** `null` when the analysis has no result for this clause in this document. */
  readonly status: CentralStatus | null;
  readonly similarity: number;
}

/** One central task clause (row). */
export interface HeatmapRow {
  readonly id: string;
  readonly text: string;
  readonly cells: readonly HeatmapCell[];
  /** Documents carrying the clause (verbatim or adapted). */
  readonly carried: number;
}

/** The rows of one central task. */
export type HeatmapGroup = TaskGroup<HeatmapRow>;

/** The whole heat map. */
export interface Heatmap {
  readonly columns: readonly HeatmapColumn[];
  readonly groups: readonly HeatmapGroup[];
}

/** Document ids in issuance order (the heat map's order when the table gives none). */
export function issuanceOrder(m: HeatmapMatrix): string[] {
  return [...m.columns].sort(byLag).map((c) => c.id);
}

/**
 * The heat map of the documents `ids`, in that order (a page of the table, or all of them); ids the
 * matrix does not know are left out. Reads only those columns: clauses × ids.length.
 */
export function heatmapOf(m: HeatmapMatrix, ids: readonly string[]): Heatmap {
  const cols = ids.map((id) => m.index.get(id)).filter((j): j is number => j !== undefined);
  const columns = cols.map((j) => m.columns[j]!);
  const groups = m.groups.map((g): HeatmapGroup => ({
    unit: g.unit, part: g.part, heading: g.heading,
    rows: g.rows.map((row): HeatmapRow => {
      let carried = 0;
      const cells = cols.map((j, k): HeatmapCell => {
        const status = CODE_STATUS[row.status[j] ?? 0] ?? null;
        if (status === 'verbatim' || status === 'adapted') carried++;
        return { doc: columns[k]!.id, status, similarity: row.similarity[j] ?? 0 };
      });
      return { id: row.id, text: row.text, cells, carried };
    }),
  }));
  return { columns, groups };
}

/** Builds the heat map from the analysis; columns ordered by issuance unless `order` (document ids) says otherwise. */
export function combineHeatmap(a: Analysis, order?: readonly string[]): Heatmap {
  const m = combineHeatmapMatrix(a);
  return heatmapOf(m, order ?? issuanceOrder(m));
}
