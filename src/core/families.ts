/**
 * Families (issue 13): several central texts and the documents that implement them, analysed in
 * one call. Each document is routed (route.ts) and aligned with the root of its family, exactly
 * as `analyze()` aligns it; a document whose parent is another document of the family also gets
 * the comparison with that parent (chain.ts). Documents that implement none are kept apart with
 * their reason.
 */
import type { Analysis, Clause, DocumentAnalysis, ParsedDocument } from './types.ts';
import { analyze, analyzeDocument, type AnalyzeInput, type AnalyzeOptions } from './analyze.ts';
import { segmentClauses } from './segment-clauses.ts';
import { carriedBy } from './metrics.ts';
import { withChains } from './chain.ts';
import { routeDocuments, type Fit, type RouteReason } from './route.ts';

export interface FamiliesInput {
  /** The roots, each a family's central text (distinct ids). */
  readonly centrals: readonly ParsedDocument[];
  /** Every other document (not the central texts themselves). Ids should be unique (parseSources makes them so); repeated ones are numbered here. */
  readonly documents: readonly ParsedDocument[];
}

/** A document that implements none of the central texts, and why (route.ts: CITES_ONLY, BELOW_BAR). */
export interface Unrouted {
  readonly doc: ParsedDocument;
  readonly reason: RouteReason;
}

export interface FamiliesAnalysis {
  /** One analysis per central text, in the order given; its documents carry `route`, and `chain` below the first level. */
  readonly families: readonly Analysis[];
  readonly unrouted: readonly Unrouted[];
}

const TASK_PARTS = new Set(['task', 'implementation']);

/** Routes every document to its family and analyses each family. Throws InputError CHAIN_CYCLE on a circle of parents. */
export function analyzeFamilies(input: FamiliesInput, opts: AnalyzeOptions = {}): FamiliesAnalysis {
  const clausesOf = new Map<ParsedDocument, readonly Clause[]>(input.centrals.map((c) => [c, segmentClauses(c)]));
  const memo = new Map<string, DocumentAnalysis>();
  const total = input.documents.length;
  let done = 0;
  const analysed = (doc: ParsedDocument, central: ParsedDocument) => {
    const key = `${doc.id}\u0000${central.id}`;
    let a = memo.get(key);
    if (!a) memo.set(key, (a = analyzeDocument(central, clausesOf.get(central)!, doc)));
    return a;
  };
  const fit = (doc: ParsedDocument, central: ParsedDocument): Fit => {
    opts.onProgress?.({ done, total, stage: doc.meta.number ?? doc.id });
    const a = analysed(doc, central);
    const tasks = new Set(clausesOf.get(central)!.filter((c) => TASK_PARTS.has(c.part)).map((c) => c.id));
    const carried = a.central.filter((s) => tasks.has(s.id) && s.status !== 'omitted').length;
    return { carried, total: tasks.size, role: a.doc.meta.role };
  };
  const docs = uniqueIds(input.documents);
  const routes = routeDocuments(input.centrals, docs, fit);
  const docOf = new Map(docs.map((d) => [d.id, d]));
  const families = input.centrals.map((central) => {
    const mine = routes.filter((r) => r.central === central.id);
    const documents = mine.map((r) => {
      opts.onProgress?.({ done: done++, total, stage: r.document });
      return { ...analysed(docOf.get(r.document)!, central), route: r.reason };
    });
    const parents = new Map(mine.filter((r) => r.parent).map((r) => [r.document, r.parent!]));
    const centralClauses = clausesOf.get(central)!;
    const chained = withChains(documents, centralClauses, parents);
    return { central, centralClauses, documents: chained, carriedBy: carriedBy(centralClauses, chained) };
  });
  opts.onProgress?.({ done: total, total, stage: 'done' });
  const unrouted = routes.filter((r) => r.central === null).map((r) => ({ doc: docOf.get(r.document)!, reason: r.reason }));
  return { families, unrouted };
}

/** Routing and chains name documents by id: the n-th repeat of an id becomes "<id>-n", as `parseSources` numbers them. */
function uniqueIds(docs: readonly ParsedDocument[]): readonly ParsedDocument[] {
  const seen = new Map<string, number>();
  return docs.map((d) => {
    const n = (seen.get(d.id) ?? 0) + 1;
    seen.set(d.id, n);
    return n > 1 ? { ...d, id: `${d.id}-${n}` } : d;
  });
}

/**
 * `analyze()` of one family, with `chain` on every document whose parent is another of the
 * documents (found by number, or by kind, issuer and title when the parent's number is blank).
 * Everything else is `analyze()`'s result unchanged.
 */
export function analyzeChained(input: AnalyzeInput, opts: AnalyzeOptions = {}): Analysis {
  const a = analyze(input, opts);
  return { ...a, documents: withChains(a.documents, a.centralClauses) };
}
