/**
 * Issuance over many documents: how many were issued in each span of days after the central text,
 * instead of one labelled marker per document. Unknown dates are counted apart, never as day 0. Pure; linear.
 */
import type { DocumentRow } from './combine-document-rows.ts';

/** Documents issued `from`..`to` days (both included) after the central text. */
export interface LagBin {
  readonly from: number;
  readonly to: number;
  readonly docs: number;
  readonly forwarding: number;
}

/** The histogram and what a reader asks first: the earliest, the median and the latest day. */
export interface LagHistogram {
  /** Days per bin. */
  readonly binDays: number;
  /** Axis end in days (a whole number of bins). */
  readonly maxDays: number;
  readonly bins: readonly LagBin[];
  readonly dated: number;
  readonly unknown: number;
  readonly first: number | null;
  readonly median: number | null;
  readonly last: number | null;
}

/** Bins of 5, 10, 15 or 30 days so the axis holds at most about 30 bars. */
function binWidth(max: number): number {
  return [5, 10, 15, 30].find((w) => max / w <= 30) ?? Math.ceil(max / 30);
}

/** Histogram of `lagDays` over the documents `rows`; a document dated before the central text counts at day 0. */
export function combineLagHistogram(rows: readonly Pick<DocumentRow, 'lagDays' | 'role'>[]): LagHistogram {
  const lags: { d: number; fw: boolean }[] = [];
  for (const r of rows) if (r.lagDays !== null) lags.push({ d: Math.max(0, r.lagDays), fw: r.role === 'forwarding' });
  const sorted = lags.map((x) => x.d).sort((a, b) => a - b);
  const last = sorted.at(-1) ?? null;
  const binDays = binWidth(Math.max(30, last ?? 0));
  const count = Math.max(1, Math.floor((last ?? 0) / binDays) + 1);
  const docs = new Array<number>(count).fill(0);
  const fw = new Array<number>(count).fill(0);
  for (const x of lags) {
    const b = Math.floor(x.d / binDays);
    docs[b]!++;
    if (x.fw) fw[b]!++;
  }
  return {
    binDays, maxDays: count * binDays, dated: lags.length, unknown: rows.length - lags.length,
    bins: docs.map((n, b) => ({ from: b * binDays, to: b * binDays + binDays - 1, docs: n, forwarding: fw[b]! })),
    first: sorted[0] ?? null, median: sorted.length ? sorted[(sorted.length - 1) >> 1]! : null, last,
  };
}
