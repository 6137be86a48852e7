/**
 * The User Timing mark of the insights' arrival (`npm run bench:browser` times it). Apart from
 * perf-marks.ts, which knows the DOM: the store, which the worker's code also imports, sets it.
 */

/** Mark: the insights of the analysis on screen are ready (rules, citations, provenance). */
export const INSIGHTS_READY = 'doichieu:insights-ready';

/** Marks the insights' arrival, once per page load. */
export function markInsightsReady(): void {
  const p = typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : null;
  if (p && !p.getEntriesByName(INSIGHTS_READY).length) p.mark(INSIGHTS_READY);
}
