/**
 * Provenance through the directive hierarchy. A local clause with no counterpart in the central
 * text is looked up in the parent documents (KL 21-KL/TW for KL 54): it stays `added`, but
 * carries its likely source. Central clauses that themselves come from a parent get a lineage
 * (KL 21 → KL 54 → the documents that carry them).
 */
import type { Analysis, Clause, DocumentAnalysis, ParsedDocument, ProvenanceLink, ProvenanceReport } from './types.ts';
import { wordsOf } from './align.ts';
import { withoutTitle } from './align-title.ts';
import { featureWords } from './align-features.ts';
import { alignDocument, indexCentral } from './align-index.ts';
import { wordNgrams } from './nlp-adapter.ts';
import { tokenize } from './normalize.ts';
import { segmentClauses } from './segment-clauses.ts';

/**
 * A source needs both a balance of at least this (see align.ts) and a distinctive shared phrase.
 * On the seeds, with the central and parent titles masked, the real sources balance 0.35–0.46
 * (Lạng Sơn's "Chỉ đạo thực hiện nghiêm việc kê khai tài sản, thu nhập…" ↔ KL 21's "Tăng cường
 * kiểm soát tài sản, thu nhập của cán bộ…" 0.35) and the best false one 0.32.
 */
export const PROVENANCE_MIN = 0.3;
/**
 * The shared phrase must be a word pair found in at most this many clauses of the whole corpus:
 * "tài sản, thu nhập" is in 2; the false candidate shares only "cấp uỷ, tổ chức đảng" (in 26+).
 */
export const DISTINCTIVE_DF = 3;

const titleWords = (d: ParsedDocument) => tokenize(d.meta.title ?? '').filter((t) => t.word).map((t) => t.norm);
const pairs = (ws: readonly string[]) => new Set(wordNgrams(ws, 2).map(([a, b]) => `${a} ${b}`));

/** What every document's provenance is computed against: the parents' clauses, indexed once. */
export interface ProvenanceContext {
  readonly parents: readonly ParsedDocument[];
  readonly parentClauses: readonly { readonly doc: ParsedDocument; readonly clause: Clause }[];
  readonly pWords: readonly (readonly string[])[];
  readonly index: ReturnType<typeof indexCentral>;
  readonly words: (c: Clause) => string[];
  /** Document frequency over the parents' and the central clauses of the word pairs found in a parent clause. */
  readonly baseDf: ReadonlyMap<string, number>;
}

/**
 * A document's share of the provenance: each added clause with its candidate source (parent clause
 * index, similarity, the shared pairs that may still be distinctive) or none, and how many of its
 * clauses hold each parent pair. "Distinctive" is over every clause of the run, so the pairs are
 * filtered once all documents are counted (`finishProvenance`); only pairs of parent clauses can
 * ever be shared, so only those are counted, and a pair already too common without the other
 * documents is dropped here.
 */
export interface DocProvenance {
  readonly added: readonly { readonly clause: string; readonly src?: number; readonly similarity?: number; readonly shared?: readonly string[] }[];
  readonly pairs: Readonly<Record<string, number>>;
}

/** The context for `central` and its `parents`; null without parents (nothing to trace). */
export function provenanceContext(central: ParsedDocument, centralClauses: readonly Clause[], parents: readonly ParsedDocument[]): ProvenanceContext | null {
  if (!parents.length) return null;
  const titles = [central, ...parents].map(titleWords);
  const words = (c: Clause) => featureWords(titles.reduce<string[]>((ws, t) => withoutTitle(ws, t), wordsOf(c)));
  const parentClauses = parents.flatMap((p) => segmentClauses(p).map((c) => ({ doc: p, clause: c })));
  const pWords = parentClauses.map((p) => words(p.clause));
  const baseDf = new Map<string, number>();
  for (const ws of pWords) for (const p of pairs(ws)) baseDf.set(p, (baseDf.get(p) ?? 0) + 1);
  for (const c of centralClauses) for (const p of pairs(words(c))) if (baseDf.has(p)) baseDf.set(p, baseDf.get(p)! + 1);
  // One IDF over the parents' clauses and the targets of one document, as one "document" against the index.
  return { parents, parentClauses, pWords, index: indexCentral(pWords), words, baseDf };
}

/** Candidate sources of `targets` against the parents: the aligned parent clause and the shared pairs, or null. */
function candidates(ctx: ProvenanceContext, targets: readonly Clause[]) {
  const tWords = targets.map(ctx.words);
  const aligned = alignDocument(ctx.index, tWords, () => 0);
  return targets.map((_c, i) => {
    const al = aligned[i]!;
    const src = al.sources[0];
    if (!src || al.balance < PROVENANCE_MIN) return null;
    const mine = pairs(tWords[i]!);
    return { src: src.index, similarity: Math.round(al.balance * 1000) / 1000, shared: [...pairs(ctx.pWords[src.index]!)].filter((p) => mine.has(p)) };
  });
}

/** A document's provenance statistics (see `DocProvenance`). */
export function documentProvenance(ctx: ProvenanceContext, d: DocumentAnalysis): DocProvenance {
  const counts: Record<string, number> = {};
  for (const r of d.clauses) for (const p of pairs(ctx.words(r.clause))) if (ctx.baseDf.has(p)) counts[p] = (counts[p] ?? 0) + 1;
  const added = d.clauses.filter((r) => r.class === 'added').map((r) => r.clause);
  const found = candidates(ctx, added);
  const df = (p: string) => ctx.baseDf.get(p)! + counts[p]!;
  return {
    added: added.map((c, i) => {
      const f = found[i];
      return f ? { clause: c.id, src: f.src, similarity: f.similarity, shared: f.shared.filter((p) => df(p) <= DISTINCTIVE_DF) } : { clause: c.id };
    }),
    pairs: counts,
  };
}

/** Adds `pairs` into `into` (document frequencies merge by sum, in any grouping). */
export function addPairCounts(into: Map<string, number>, pairs: Readonly<Record<string, number>>): void {
  for (const [p, n] of Object.entries(pairs)) into.set(p, (into.get(p) ?? 0) + n);
}

/**
 * The source of a candidate once every document is counted (`docPairs`, the sum of their `pairs`):
 * the parent clause, if a shared pair is still distinctive over the whole run; null otherwise.
 */
export function provenanceLinker(ctx: ProvenanceContext, docPairs: ReadonlyMap<string, number>): (f: Omit<DocProvenance['added'][number], 'clause'>) => ProvenanceLink | null {
  return (f) => {
    if (f.src === undefined) return null;
    const shared = f.shared!.filter((p) => ctx.baseDf.get(p)! + (docPairs.get(p) ?? 0) <= DISTINCTIVE_DF);
    if (!shared.length) return null;
    const { doc, clause } = ctx.parentClauses[f.src]!;
    return { doc: doc.meta.number ?? doc.id, clause: clause.id, text: clause.text, similarity: f.similarity!, shared };
  };
}

/** The central clauses that come from a parent, with their source. */
export function centralProvenance(ctx: ProvenanceContext, centralClauses: readonly Clause[], link: ReturnType<typeof provenanceLinker>): ProvenanceReport['central'] {
  return candidates(ctx, centralClauses).flatMap((f, i) => {
    const source = f ? link(f) : null;
    return source ? [{ clause: centralClauses[i]!.id, source }] : [];
  });
}

/** The parents as the report names them. */
export const parentNames = (ctx: ProvenanceContext | null): string[] => ctx?.parents.map((p) => p.meta.number ?? p.id) ?? [];

/**
 * The provenance report from every document's statistics, in run order: `docPairs` is the sum of
 * their `pairs`. Equals `traceProvenance` of the whole analysis.
 */
export function finishProvenance(ctx: ProvenanceContext | null, centralClauses: readonly Clause[], docs: Iterable<{ readonly id: string; readonly added: DocProvenance['added'] }>,
  docPairs: ReadonlyMap<string, number>): ProvenanceReport {
  if (!ctx) return { parents: [], local: [], central: [] };
  const link = provenanceLinker(ctx, docPairs);
  const local: { doc: string; clause: string; source: ProvenanceLink | null }[] = [];
  for (const d of docs) for (const a of d.added) local.push({ doc: d.id, clause: a.clause, source: link(a) });
  return { parents: parentNames(ctx), local, central: centralProvenance(ctx, centralClauses, link) };
}

/** Traces the added local clauses and the central clauses of an analysis to the parent documents. */
export function traceProvenance(a: Analysis, parents: readonly ParsedDocument[]): ProvenanceReport {
  const ctx = provenanceContext(a.central, a.centralClauses, parents);
  if (!ctx) return finishProvenance(ctx, a.centralClauses, [], new Map());
  const docs = a.documents.map((d) => ({ id: d.doc.id, ...documentProvenance(ctx, d) }));
  const total = new Map<string, number>();
  for (const d of docs) addPairCounts(total, d.pairs);
  return finishProvenance(ctx, a.centralClauses, docs, total);
}
