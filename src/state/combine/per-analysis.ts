/**
 * The overview's view models, each built once per analysis (and per sort or filter): pages opened again read them (issue 14: the overview re-opened at 5,000
 * documents rebuilt rows, heat map, distributions and weakened cells in one task of half a second).
 * The store keeps its sort and filter objects while they do not change, so those are keys too.
 */
import type { Analysis } from '../../core/types.ts';
import { reviewedShare } from '../../core/reviews.ts';
import { oncePer, oncePer2 } from './once-per.ts';
import { combineDocumentRows, type DocumentRow } from './combine-document-rows.ts';
import { filterDocumentRows, sortDocumentRows } from './combine-document-query.ts';
import { combineHeatmapMatrix, type HeatmapMatrix } from './combine-heatmap-matrix.ts';
import { summarizeHeatmap } from './combine-heatmap-summary.ts';
import { combineWeakenedCells } from './combine-weakened-cells.ts';
import { combineTimeline } from './combine-timeline.ts';
import { combineLagHistogram } from './combine-lag-histogram.ts';

/** The overview table's rows (combine-document-rows.ts). */
export const documentRowsOf = oncePer(combineDocumentRows);
/** The rows a filter keeps. */
export const filteredRowsOf = oncePer2(filterDocumentRows);
/** The rows in a sort's order. */
export const sortedRowsOf = oncePer2(sortDocumentRows);
/** The ids of rows, in their order. */
export const rowIdsOf = oncePer((rows: readonly DocumentRow[]): readonly string[] => rows.map((r) => r.id));
/** The heat map's statuses. */
export const heatmapMatrixOf = oncePer(combineHeatmapMatrix);
/** The heat map's per-clause distributions over some rows. */
export const heatmapSummaryOf = oncePer2((m: HeatmapMatrix, rows: readonly DocumentRow[]) => summarizeHeatmap(m, rows.map((r) => r.id)));
/** The cells carried with a weakening. */
export const weakenedCellsOf = oncePer(combineWeakenedCells);
/** The reviewer's answers over all documents: how many answers, how many are hers, in how many documents. */
export const reviewTotalsOf = oncePer((a: Analysis): { readonly reviewed: number; readonly answers: number; readonly docs: number } => {
  let reviewed = 0, answers = 0, docs = 0;
  for (const d of a.documents) {
    const s = reviewedShare(d);
    answers += s.answers;
    reviewed += s.reviewed;
    if (s.reviewed) docs++;
  }
  return { reviewed, answers, docs };
});
/** The documents on the day axis. */
export const timelineOf = oncePer(combineTimeline);
/** The histogram of days over some rows. */
export const lagHistogramOf = oncePer((rows: readonly DocumentRow[]) => combineLagHistogram(rows));
