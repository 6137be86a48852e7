/**
 * The heat map's data once per analysis, compact: for each central task clause, the status in every
 * document as one byte (documents in analysis order). Windows of columns and per-clause distributions
 * over any subset are then read from it without touching the analysis again. Pure; documents × clauses.
 */
import type { Analysis, CentralStatus, Part, Role } from '../../core/types.ts';
import { shortName } from '../doc-label.ts';

/** A local document (column). */
export interface HeatmapColumn {
  readonly id: string;
  readonly name: string;
  readonly number: string | null;
  readonly role: Role | null;
  readonly lagDays: number | null;
}

/** Status codes in `MatrixRow.status`; 0: the analysis has no result for the clause in that document. */
export const STATUS_CODE: Readonly<Record<CentralStatus, number>> = { verbatim: 1, adapted: 2, omitted: 3 };
/** The status of a code, `null` for 0. */
export const CODE_STATUS: readonly (CentralStatus | null)[] = [null, 'verbatim', 'adapted', 'omitted'];

/** One central task clause: its status and similarity in each document, by document index. */
export interface MatrixRow {
  readonly id: string;
  readonly text: string;
  readonly status: Uint8Array;
  readonly similarity: Float32Array;
}

/** The rows of one central task: the matrix's, or the heat map's (combine-heatmap.ts). */
export interface TaskGroup<Row> {
  /** Task label: "1"…"6". */
  readonly unit: string;
  readonly part: Part;
  readonly heading: string | null;
  readonly rows: readonly Row[];
}

/** The clauses of one central task, as statuses per document. */
export type MatrixGroup = TaskGroup<MatrixRow>;

/** Statuses of every central task clause in every document. */
export interface HeatmapMatrix {
  /** Documents in analysis order (the matrix's column index). */
  readonly columns: readonly HeatmapColumn[];
  /** Document id → column index. */
  readonly index: ReadonlyMap<string, number>;
  readonly groups: readonly MatrixGroup[];
}

const TASK_PARTS: readonly Part[] = ['task', 'implementation'];

/** Builds the matrix: one pass over the central clauses, one over each document's central results. */
export function combineHeatmapMatrix(a: Analysis): HeatmapMatrix {
  const n = a.documents.length;
  const columns = a.documents.map((d): HeatmapColumn => ({ id: d.doc.id, name: shortName(d.doc), number: d.doc.meta.number, role: d.doc.meta.role, lagDays: d.lagDays }));
  const headings = new Map<string, string>();
  for (const b of a.central.blocks) if (b.heading && !headings.has(b.unit)) headings.set(b.unit, b.heading);
  const groups: { unit: string; part: Part; heading: string | null; rows: MatrixRow[] }[] = [];
  const byId = new Map<string, MatrixRow>();
  for (const c of a.centralClauses) {
    if (!TASK_PARTS.includes(c.part)) continue;
    let group = groups.at(-1);
    if (!group || group.unit !== c.unit) {
      group = { unit: c.unit, part: c.part, heading: headings.get(c.unit) ?? null, rows: [] };
      groups.push(group);
    }
    const row: MatrixRow = { id: c.id, text: c.text, status: new Uint8Array(n), similarity: new Float32Array(n) };
    group.rows.push(row);
    byId.set(c.id, row);
  }
  a.documents.forEach((d, j) => {
    for (const r of d.central) {
      const row = byId.get(r.id);
      if (!row) continue;
      row.status[j] = STATUS_CODE[r.status];
      row.similarity[j] = r.similarity;
    }
  });
  return { columns, index: new Map(columns.map((c, j) => [c.id, j])), groups };
}
