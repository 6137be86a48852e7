/**
 * Public types of the benchmark corpus generator (src/bench): generated documents and the truth
 * recorded for each of their clauses. Pure data; the generator runs in Node and in the browser.
 */
import type { LocalClass, ParsedDocument } from '../core/types.ts';

/** What the generator starts from: the real corpus, parsed. */
export interface BenchBase {
  readonly central: ParsedDocument;
  /** The real local documents (their clauses feed the pool of added text). */
  readonly locals: readonly ParsedDocument[];
  /** Documents above the central text (KL 21): more added text a province may borrow. */
  readonly parents: readonly ParsedDocument[];
}

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

/** One generated document: a file name, its text (as a reader would receive it) and its truth. */
export interface GeneratedDoc {
  readonly name: string;
  readonly text: string;
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
