/**
 * A local document of an analysis by its id, looked up rather than searched: the clause view asks
 * once per card it shows, each search a pass over 5,000 documents (issue 14).
 */
import type { Analysis, DocumentAnalysis } from '../../core/types.ts';
import { oncePer } from './once-per.ts';

const byId = oncePer((a: Analysis): ReadonlyMap<string, DocumentAnalysis> => {
  const m = new Map<string, DocumentAnalysis>();
  // The first document of an id wins, as a search finds it.
  for (const d of a.documents) if (!m.has(d.doc.id)) m.set(d.doc.id, d);
  return m;
});

/** The local document `id` of `a`, or undefined. */
export function documentOf(a: Analysis, id: string): DocumentAnalysis | undefined {
  return byId(a).get(id);
}
