/**
 * Public types of the benchmark corpus generator (src/bench): generated documents and the truth
 * recorded for each of their clauses. Pure data; the generator runs in Node and in the browser.
 */
import type { ArrangedCorpus, SourceFile } from '../core/corpus.ts';
import type { LocalClass } from '../core/types.ts';

/**
 * What the generator starts from: the real corpus, parsed and arranged. The clauses of its local
 * documents and of its parents (KL 21) feed the pool of added text a province may borrow.
 */
export type BenchBase = ArrangedCorpus;

/** The truth of one clause the generator wrote. */
export interface TruthClause {
  /** The clause as written, before formatting damage. */
  readonly text: string;
  readonly label: LocalClass;
  /** Id of the central clause it derives from (`null` for added clauses). */
  readonly central: string | null;
}

/** The truth of one generated document. */
export interface DocTruth {
  readonly clauses: readonly TruthClause[];
  /** Central clause ids the document does not carry. */
  readonly omitted: readonly string[];
}

/** One generated document: a source file (its text as a reader would receive it) and its truth. */
export interface GeneratedDoc extends SourceFile {
  readonly truth: DocTruth;
}

/** Agreement between an analysis and the truth. */
export interface TruthScore {
  readonly clauses: number;
  /** Share of truth clauses whose analysed clause has the true label. */
  readonly label: number;
  /** Share of derived truth clauses whose analysed clause names the true central clause first. */
  readonly align: number;
  /** Omitted central clauses found / reported. */
  readonly omissionRecall: number;
  readonly omissionPrecision: number;
  /** Analysed clauses that match no truth clause (segmentation errors, frame text read as body). */
  readonly spurious: number;
}
