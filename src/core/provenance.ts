/**
 * Provenance through the directive hierarchy. A local clause with no counterpart in the central
 * text is looked up in the parent documents (KL 21-KL/TW for KL 54): it stays `added`, but
 * carries its likely source. Central clauses that themselves come from a parent get a lineage
 * (KL 21 → KL 54 → the documents that carry them).
 */
import type { Analysis, Clause, ParsedDocument, ProvenanceLink, ProvenanceReport } from './types.ts';
import { withoutTitle, wordsOf } from './align.ts';
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

/** Traces the added local clauses and the central clauses of an analysis to the parent documents. */
export function traceProvenance(a: Analysis, parents: readonly ParsedDocument[]): ProvenanceReport {
  if (!parents.length) return { parents: [], local: [], central: [] };
  const titles = [a.central, ...parents].map(titleWords);
  const words = (c: Clause) => featureWords(titles.reduce<string[]>((ws, t) => withoutTitle(ws, t), wordsOf(c)));
  const parentClauses = parents.flatMap((p) => segmentClauses(p).map((c) => ({ doc: p, clause: c })));
  const pWords = parentClauses.map((p) => words(p.clause));
  // Document frequency of word pairs over every clause in play: what "distinctive" means here.
  const all = [...pWords, ...a.centralClauses.map(words), ...a.documents.flatMap((d) => d.clauses.map((r) => words(r.clause)))];
  const df = new Map<string, number>();
  for (const ws of all) for (const p of pairs(ws)) df.set(p, (df.get(p) ?? 0) + 1);

  // One IDF over the parents' clauses and all the targets, as one "document" against the index.
  const index = indexCentral(pWords);
  const trace = (targets: readonly Clause[]): (ProvenanceLink | null)[] => {
    const tWords = targets.map(words);
    const aligned = alignDocument(index, tWords, () => 0);
    return targets.map((_c, i) => {
      const al = aligned[i]!;
      const src = al.sources[0];
      if (!src || al.balance < PROVENANCE_MIN) return null;
      const mine = pairs(tWords[i]!);
      const shared = [...pairs(pWords[src.index]!)].filter((p) => mine.has(p) && (df.get(p) ?? 0) <= DISTINCTIVE_DF);
      if (!shared.length) return null;
      const { doc, clause } = parentClauses[src.index]!;
      return { doc: doc.meta.number ?? doc.id, clause: clause.id, text: clause.text, similarity: Math.round(al.balance * 1000) / 1000, shared };
    });
  };

  const local = a.documents.flatMap((d) => {
    const added = d.clauses.filter((r) => r.class === 'added').map((r) => r.clause);
    return trace(added).map((source, i) => ({ doc: d.doc.id, clause: added[i]!.id, source }));
  });
  const central = trace(a.centralClauses).flatMap((source, i) => (source ? [{ clause: a.centralClauses[i]!.id, source }] : []));
  return { parents: parents.map((p) => p.meta.number ?? p.id), local, central };
}
