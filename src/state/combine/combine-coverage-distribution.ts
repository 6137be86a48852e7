/**
 * Coverage across many documents, for the charts once one bar per document stops being readable:
 * how many documents carry 0–9 %, 10–19 % … of the central tasks, how many added 0–9 % … of their
 * words, and the totals. Pure; linear in documents.
 */
import { oncePer } from './once-per.ts';
import type { DocumentRow } from './combine-document-rows.ts';

/** Documents whose share, as a whole percentage, lies in `from`..`to` (both included). */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly docs: number;
  /** Of them, forwarding letters (they carry nothing by nature, so the chart shows them apart). */
  readonly forwarding: number;
}

/** A share over documents: ten bins, and the median as a whole percentage (`null` without documents). */
export interface ShareDistribution {
  readonly docs: number;
  readonly bins: readonly HistogramBin[];
  readonly median: number | null;
}

/** Both distributions and the totals over the documents. */
export interface CoverageDistribution {
  readonly docs: number;
  /** Share of central task clauses carried (verbatim + adapted). */
  readonly carried: ShareDistribution;
  /** Share of the local text's words the document added; documents without words are left out. */
  readonly added: ShareDistribution;
  /** Central task clauses over all documents, by status. */
  readonly tasks: { readonly verbatim: number; readonly adapted: number; readonly omitted: number };
  readonly words: { readonly total: number; readonly added: number };
}

/** Ten bins: 0–9, 10–19 … 90–100 (whole percentages, so every value falls in exactly one). */
export function shareHistogram(items: readonly { share: number; forwarding: boolean }[]): ShareDistribution {
  const docs = new Array<number>(10).fill(0);
  const fw = new Array<number>(10).fill(0);
  const pcts = items.map((x) => Math.round(Math.min(1, Math.max(0, x.share)) * 100));
  items.forEach((x, i) => {
    const b = Math.min(9, Math.floor(pcts[i]! / 10));
    docs[b]!++;
    if (x.forwarding) fw[b]!++;
  });
  const sorted = [...pcts].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length === 0 ? null
    : sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
  return {
    docs: items.length, median,
    bins: docs.map((n, b) => ({ from: b * 10, to: b === 9 ? 100 : b * 10 + 9, docs: n, forwarding: fw[b]! })),
  };
}

/** The distributions of the documents `rows` (the table's filtered documents). */
export function combineCoverageDistribution(rows: readonly DocumentRow[]): CoverageDistribution {
  const tasks = { verbatim: 0, adapted: 0, omitted: 0 };
  const words = { total: 0, added: 0 };
  for (const r of rows) {
    tasks.verbatim += r.verbatim; tasks.adapted += r.adapted; tasks.omitted += r.omitted;
    words.total += r.words; words.added += r.addedWords;
  }
  return {
    docs: rows.length, tasks, words,
    carried: shareHistogram(rows.map((r) => ({ share: r.carried, forwarding: r.role === 'forwarding' }))),
    added: shareHistogram(rows.filter((r) => r.words > 0).map((r) => ({ share: r.addedShare, forwarding: r.role === 'forwarding' }))),
  };
}

/** `combineCoverageDistribution` once per rows array (the overview opened again reads it: issue 14). */
export const coverageDistributionOf = oncePer(combineCoverageDistribution);
