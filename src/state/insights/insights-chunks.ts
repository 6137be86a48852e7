/**
 * The insights cross from the worker in pieces: their long lists (each document's citations, the
 * rules with their per-document counts, the added clauses' provenance, the localized clauses) in
 * slices, one message each, then the rest. At 5,000 documents the bundle is ~12 MB and one message
 * was deserialized on the page in one task of ~5 s (issue 14); slices take a frame or so each.
 * Pure: split in the worker, joined on the page, the joined bundle equal to the one split.
 */
import type { InsightsBundle } from './insights-compute.ts';

type I = InsightsBundle['insights'];

/** One slice of one of the long lists, in order. */
export type InsightChunk =
  | { readonly part: 'provenance.local'; readonly items: I['provenance']['local'] }
  | { readonly part: 'citations.documents'; readonly items: I['citations']['documents'] }
  | { readonly part: 'rules.rules'; readonly items: I['rules']['rules'] }
  | { readonly part: 'rules.localized'; readonly items: I['rules']['localized'] };

/**
 * Items per slice. A rule carries a count per document and its examples (tens of kilobytes at
 * 5,000 documents), a document's citations a few hundred bytes, a provenance entry about as much.
 */
export const CHUNK_ITEMS: Readonly<Record<InsightChunk['part'], number>> = {
  'provenance.local': 400, 'citations.documents': 100, 'rules.rules': 4, 'rules.localized': 400,
};

function slices<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** The long lists as slices, and the bundle without them (those lists empty). */
export function splitInsights(b: InsightsBundle): { chunks: InsightChunk[]; rest: InsightsBundle } {
  const i = b.insights;
  const chunks: InsightChunk[] = [
    ...slices(i.provenance.local, CHUNK_ITEMS['provenance.local']).map((items) => ({ part: 'provenance.local' as const, items })),
    ...slices(i.citations.documents, CHUNK_ITEMS['citations.documents']).map((items) => ({ part: 'citations.documents' as const, items })),
    ...slices(i.rules.rules, CHUNK_ITEMS['rules.rules']).map((items) => ({ part: 'rules.rules' as const, items })),
    ...slices(i.rules.localized, CHUNK_ITEMS['rules.localized']).map((items) => ({ part: 'rules.localized' as const, items })),
  ];
  const rest: InsightsBundle = {
    ...b,
    insights: {
      ...i,
      provenance: { ...i.provenance, local: [] },
      citations: { ...i.citations, documents: [] },
      rules: { ...i.rules, rules: [], localized: [] },
    },
  };
  return { chunks, rest };
}

/** The bundle `rest` with the slices put back, in the order they came. */
export function joinInsights(rest: InsightsBundle, chunks: readonly InsightChunk[]): InsightsBundle {
  if (!chunks.length) return rest;
  const local: I['provenance']['local'][number][] = [...rest.insights.provenance.local];
  const documents: I['citations']['documents'][number][] = [...rest.insights.citations.documents];
  const rules: I['rules']['rules'][number][] = [...rest.insights.rules.rules];
  const localized: I['rules']['localized'][number][] = [...rest.insights.rules.localized];
  for (const c of chunks) {
    if (c.part === 'provenance.local') for (const x of c.items) local.push(x);
    else if (c.part === 'citations.documents') for (const x of c.items) documents.push(x);
    else if (c.part === 'rules.rules') for (const x of c.items) rules.push(x);
    else for (const x of c.items) localized.push(x);
  }
  const i = rest.insights;
  return {
    ...rest,
    insights: {
      ...i,
      provenance: { ...i.provenance, local },
      citations: { ...i.citations, documents },
      rules: { ...i.rules, rules, localized },
    },
  };
}
