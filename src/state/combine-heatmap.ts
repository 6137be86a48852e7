/**
 * Heat map: central task clauses as rows grouped by task, local documents as columns, each cell
 * the clause's status in that document; a row's margin counts the documents that carry it. Pure.
 */
import type { Analysis, CentralStatus, Part, Role } from '../core/types.ts';
import { byLag } from './combine-document-rows.ts';
import { shortName } from './doc-label.ts';

/** A local document (column). */
export interface HeatmapColumn {
  readonly id: string;
  readonly name: string;
  readonly number: string | null;
  readonly role: Role | null;
  readonly lagDays: number | null;
}

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
export interface HeatmapGroup {
  /** Task label: "1"…"6". */
  readonly unit: string;
  readonly part: Part;
  readonly heading: string | null;
  readonly rows: readonly HeatmapRow[];
}

/** The whole heat map. */
export interface Heatmap {
  readonly columns: readonly HeatmapColumn[];
  readonly groups: readonly HeatmapGroup[];
}

const TASK_PARTS: readonly Part[] = ['task', 'implementation'];

/** Builds the heat map from the analysis; columns ordered by issuance. */
export function combineHeatmap(a: Analysis): Heatmap {
  const docs = [...a.documents].sort((x, y) => byLag(
    { lagDays: x.lagDays, name: shortName(x.doc) }, { lagDays: y.lagDays, name: shortName(y.doc) }));
  const columns = docs.map((d) => ({ id: d.doc.id, name: shortName(d.doc), number: d.doc.meta.number, role: d.doc.meta.role, lagDays: d.lagDays }));
  const lookups = docs.map((d) => new Map(d.central.map((r) => [r.id, r])));
  const groups: HeatmapGroup[] = [];
  for (const c of a.centralClauses) {
    if (!TASK_PARTS.includes(c.part)) continue;
    let group = groups.at(-1);
    if (!group || group.unit !== c.unit) {
      const heading = a.central.blocks.find((b) => b.unit === c.unit && b.heading)?.heading ?? null;
      group = { unit: c.unit, part: c.part, heading, rows: [] };
      groups.push(group);
    }
    const cells = docs.map((d, i): HeatmapCell => {
      const r = lookups[i]?.get(c.id);
      return { doc: d.doc.id, status: r?.status ?? null, similarity: r?.similarity ?? 0 };
    });
    const carried = cells.filter((x) => x.status === 'verbatim' || x.status === 'adapted').length;
    (group.rows as HeatmapRow[]).push({ id: c.id, text: c.text, cells, carried });
  }
  return { columns, groups };
}
