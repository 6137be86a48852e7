/**
 * User Timing marks and measures of the interactions the benchmark times (scripts/bench-browser.ts
 * reads them with `performance.getEntriesByName`; DevTools shows them in the Performance panel).
 * Each measure runs from the user's action to the frame that shows its result.
 */

import { INSIGHTS_READY } from './insights/insights-ready-mark.ts';

/** Names of the marks and measures, one prefix so they are easy to find among others. */
export const PERF = {
  /** Measure: navigation start → the overview committed with the analysis (once per page load). */
  firstOverview: 'doichieu:first-overview',
  /** Mark: a clause clicked in the pair view. */
  clauseClick: 'doichieu:clause-click',
  /** Measure: clause clicked → it and its counterpart highlighted, painted. Goal < 50 ms. */
  clauseHighlight: 'doichieu:clause-highlight',
  /** Mark: a link to a pair view clicked (a document, a heat map cell, the menu). */
  pairClick: 'doichieu:pair-click',
  /** Measure: pair link clicked → the pair view rendered, painted. Goal < 200 ms. */
  openPair: 'doichieu:open-pair',
  /** Mark: the insights of the analysis on screen are ready (set by the store: insights/insights-ready-mark.ts). */
  insightsReady: INSIGHTS_READY,
} as const;

/** Goals the benchmark compares the measures with, in milliseconds. */
export const PERF_GOALS = { clauseHighlight: 50, openPair: 200 } as const;

const perf = (): Performance | null => (typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : null);

/** Runs `fn` once the next frame is painted (a task queued from the frame's rAF callback runs after it). */
function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') { fn(); return; }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); fn(); };
    channel.port2.postMessage(null);
  });
}

/** The overview was committed with the analysis: measures from navigation start, the first time only. */
export function markOverviewShown(): void {
  const p = perf();
  if (!p || p.getEntriesByName(PERF.firstOverview).length) return;
  p.measure(PERF.firstOverview, { start: 0, end: p.now() });
}

// The pending start of each interaction: a later click replaces an unanswered one.
const pending: { clause: number | null; pair: number | null } = { clause: null, pair: null };

function start(kind: keyof typeof pending, name: string): void {
  const p = perf();
  if (p) pending[kind] = p.mark(name).startTime;
}

function finish(kind: keyof typeof pending, name: string): void {
  const p = perf();
  const from = pending[kind];
  if (!p || from === null) return;
  pending[kind] = null;
  afterPaint(() => p.measure(name, { start: from, end: p.now() }));
}

/** In the click handler of a pair-view clause. */
export function markClauseClick(): void { start('clause', PERF.clauseClick); }

/** When the selection's highlight is committed (a layout effect): measured once it is painted. */
export function measureClauseHighlight(): void { finish('clause', PERF.clauseHighlight); }

/** When a pair view is committed (a layout effect): measured once it is painted. */
export function measurePairShown(): void { finish('pair', PERF.openPair); }

/** Marks clicks on links to a pair view, wherever they are (capture phase: before any handler). Returns an unbind function. */
export function watchPairLinks(doc: Pick<Document, 'addEventListener' | 'removeEventListener'>): () => void {
  const onClick = (e: Event) => {
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (a && /#\/pair\//u.test(a.getAttribute('href') ?? '')) start('pair', PERF.pairClick);
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
