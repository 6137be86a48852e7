/**
 * The pipeline, top to bottom: parse (done by the caller) → segment clauses → align → classify →
 * word diff → metrics. Pure and synchronous; the app runs it in a Web Worker, the CLI in Node.
 */
import type { Analysis, Clause, DocumentAnalysis, ParsedDocument } from './types.ts';
import { segmentClauses, segmentOnce } from './segment-clauses.ts';
import { comparedWords } from './align-features.ts';
import { partBonus } from './align.ts';
import { alignDocument, indexCentral, type CentralIndex } from './align-index.ts';
import { tokenize } from './normalize.ts';
import { recentCache } from './bounded-memo.ts';
import { centralStatuses, classifyClause } from './classify.ts';
import { resolveSplits } from './classify-splits.ts';
import { relate } from './relate.ts';
import { applyEffects, effectsByCentral } from './effect-document.ts';
import { effectCounts } from './effects.ts';
import { carriedBy, coverage, lagDays, unitLinks } from './metrics.ts';

export interface AnalyzeInput {
  readonly central: ParsedDocument;
  readonly documents: readonly ParsedDocument[];
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly stage: string;
}

export interface AnalyzeOptions {
  readonly onProgress?: (p: Progress) => void;
}

/** Aligns every document with the central text. */
export function analyze(input: AnalyzeInput, opts: AnalyzeOptions = {}): Analysis {
  const centralClauses = segmentClauses(input.central);
  const total = input.documents.length;
  const documents = input.documents.map((doc, i) => {
    opts.onProgress?.({ done: i, total, stage: doc.meta.number ?? doc.id });
    return analyzeDocument(input.central, centralClauses, doc);
  });
  opts.onProgress?.({ done: total, total, stage: 'done' });
  return { central: input.central, centralClauses, documents, carriedBy: carriedBy(centralClauses, documents) };
}

/** The central text prepared for alignment, once per central clause list (see `centralContext`). */
interface CentralContext {
  readonly titleWords: readonly string[];
  readonly index: CentralIndex;
  /** The central number the remembered words were masked for. */
  readonly number: string | null;
  /** Local clauses' compared words by clause text (see `wordsOf`). */
  readonly words: (text: string, make: () => readonly string[]) => readonly string[];
}

/**
 * Clause texts whose compared words are kept. A batch repeats clauses (the benchmark's letters
 * share four in five), and a clause's words depend on its text alone: `segmentClauses` gives each
 * clause the tokens `tokenize` gives its own text. 4,096 texts of some 50 words each.
 */
const WORDS_MAX = 4096;

/** `comparedWords` of a local clause, read once per distinct text (only read: alignment keeps none). */
function wordsOf(ctx: CentralContext, c: Clause, centralNumber: string | null): readonly string[] {
  if (centralNumber !== ctx.number) return comparedWords(c, ctx.titleWords, centralNumber);
  return ctx.words(c.text, () => comparedWords(c, ctx.titleWords, centralNumber));
}

const contexts = new WeakMap<readonly Clause[], CentralContext>();

/** The central clauses' index and title words, computed once per central clause list. */
function centralContext(central: ParsedDocument, centralClauses: readonly Clause[]): CentralContext {
  let ctx = contexts.get(centralClauses);
  if (!ctx) {
    const title = (central.meta.title ?? '').normalize('NFC');
    const titleWords = tokenize(title).filter((t) => t.word).map((t) => t.norm);
    ctx = { titleWords, index: indexCentral(centralClauses.map((c) => comparedWords(c, titleWords, null))), number: central.meta.number, words: recentCache(WORDS_MAX) };
    contexts.set(centralClauses, ctx);
  }
  return ctx;
}

/** The stages of `analyzeDocument`, in order, as `lap` names them when each ends. */
export const DOCUMENT_STAGES = ['segment + tokenize', 'features (title, citations, rewrites)', 'align (index)', 'classify + word diff', 'effects', 'statuses + metrics'] as const;
export type DocumentStage = (typeof DOCUMENT_STAGES)[number];

/**
 * Aligns one document with the already segmented central text. Pass the same `centralClauses`
 * array for every document: the central index is built once per array. `lap`, when given, is
 * called as each stage ends (the benchmark's clock; core itself reads no clock).
 */
export function analyzeDocument(central: ParsedDocument, centralClauses: readonly Clause[], doc: ParsedDocument, lap?: (stage: DocumentStage) => void): DocumentAnalysis {
  const clauses = segmentOnce(doc);
  lap?.('segment + tokenize');
  const ctx = centralContext(central, centralClauses);
  const words = clauses.map((c) => wordsOf(ctx, c, central.meta.number));
  lap?.('features (title, citations, rewrites)');
  // One IDF over the central clauses and this document's: results do not depend on which other
  // documents happen to be loaded.
  const aligned = alignDocument(ctx.index, words, (i, j) => partBonus(clauses[i]!.part, centralClauses[j]!.part));
  lap?.('align (index)');
  const gains = new Map<string, number[]>();
  const results = resolveSplits(clauses.map((c, i) => {
    const al = aligned[i]!;
    gains.set(c.id, al.sources.map((s) => s.gain));
    const r = classifyClause(c, al, centralClauses, central.text, doc.text);
    return r.central.length ? { ...r, gains: gains.get(c.id)! } : r;
  }), centralClauses);
  lap?.('classify + word diff');
  const withEffects = applyEffects(results, centralClauses);
  const byCentral = effectsByCentral(withEffects);
  lap?.('effects');
  const statuses = centralStatuses(centralClauses, withEffects).map((s) => (byCentral[s.id]?.length ? { ...s, effects: byCentral[s.id]! } : s));
  const out: DocumentAnalysis = {
    doc: { ...doc, meta: relate(doc, central, centralClauses, statuses) },
    clauses: withEffects,
    central: statuses,
    units: unitLinks(centralClauses, withEffects, gains),
    coverage: coverage(centralClauses, statuses, withEffects),
    lagDays: lagDays(central.meta.date, doc.meta.date),
    effectCounts: effectCounts(withEffects.map((r) => r.effects ?? [])),
  };
  lap?.('statuses + metrics');
  return out;
}
