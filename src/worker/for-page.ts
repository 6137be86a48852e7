/** What of an analysis crosses to the page: everything the interface reads, nothing it does not. */
import type { DocumentAnalysis } from '../core/types.ts';

/**
 * A document's analysis without its local clauses' tokens: they are half of what would cross
 * (a token object per word) and nothing on the page reads them. Insights, which do, are computed
 * in the worker from the full analysis. Central clauses keep theirs (the tour counts their words).
 */
export function forPage(d: DocumentAnalysis): DocumentAnalysis {
  const strip = (x: DocumentAnalysis): DocumentAnalysis => ({ ...x, clauses: x.clauses.map((r) => ({ ...r, clause: { ...r.clause, tokens: [] } })) });
  // A chain's comparison with the parent (issue 13) carries the child's clauses once more.
  return d.chain ? { ...strip(d), chain: { ...d.chain, pair: strip(d.chain.pair) } } : strip(d);
}
