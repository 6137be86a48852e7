/**
 * The reviewer's decisions (`doichieu.reviews/1`, issue 11) and what they leave on an analysis.
 * Plain JSON data: the app exports and imports the same file the CLI reads with `--reviews`.
 *
 * A decision is anchored to the document (its number, else its source file name) and to the
 * clause's text (or a distinctive part of it), never to a clause id: ids are renumbered when a
 * metadata edit or a new version of the parser re-reads the document, the words are not.
 */
import type { CentralStatus, LocalClass } from './types.ts';

export const REVIEWS_SCHEMA = 'doichieu.reviews/1';

/** Who decided, when, and why. */
interface DecisionBase {
  /** The document's number ("1698-CV/TU"), else its source file name ("002_9ae54c1010a49905.txt"). */
  readonly document: string;
  /** The source file name, tried when no document answers to `document` (its number was edited since). */
  readonly source?: string;
  /** The reviewer's name as entered once in the app (or written in the file). */
  readonly reviewer: string;
  /** ISO 8601 time of the decision. */
  readonly at: string;
  /** The reviewer's reason; '' when none was written. */
  readonly note: string;
}

/**
 * A decision on a local clause: its class and, unless `added`, its central counterpart(s). Each
 * entry of `central` is a central clause id ("3-1") or its text (or a distinctive part of it).
 * Absent: the machine's counterparts (a clause the machine called added has none: name them).
 */
export interface ClauseDecision extends DecisionBase {
  readonly clause: string;
  readonly class: LocalClass;
  readonly central?: readonly string[];
  /** When several clauses read the same (a sentence repeated), which one: 1 = the first. */
  readonly occurrence?: number;
}

/**
 * A decision on a central clause: carried (by a local clause named by its text, when given) or
 * omitted by the document. `centralClause` is an id ("3-1") or the clause's text.
 */
export interface CentralDecision extends DecisionBase {
  readonly centralClause: string;
  readonly status: 'carried' | 'omitted';
  readonly by?: string;
}

export type ReviewDecision = ClauseDecision | CentralDecision;

/** The reviewer's conclusion for the one-document inspection report. */
export interface ReviewConclusion {
  readonly document: string;
  readonly text: string;
  /** Place of the signature line ("Quảng Ngãi"). */
  readonly place?: string;
  /** Who signs the report, and as what ("Trưởng đoàn kiểm tra"). */
  readonly signer?: string;
  readonly signerTitle?: string;
  readonly at?: string;
}

/** The file: decisions in the order they were made (a later one on the same clause wins). */
export interface ReviewsFile {
  readonly schema: typeof REVIEWS_SCHEMA;
  readonly decisions: readonly ReviewDecision[];
  readonly conclusions?: readonly ReviewConclusion[];
}

/** What a reviewed local clause keeps: who, when, why, and the machine's own answer. */
export interface ClauseReview {
  readonly by: string;
  readonly at: string;
  readonly note: string;
  /** The machine's answer; `reason` its checkable line (absent in a trail recorded without it). */
  readonly machine: { readonly class: LocalClass; readonly central: readonly string[]; readonly reason?: string };
}

/** What a reviewed central status keeps. */
export interface CentralReview {
  readonly by: string;
  readonly at: string;
  readonly note: string;
  readonly machine: { readonly status: CentralStatus; readonly by: readonly string[] };
}

/** How many answers of a document are the reviewer's. */
export interface ReviewedCounts {
  /** Local clauses whose class or counterparts are the reviewer's. */
  readonly clauses: number;
  /** Central clauses whose status is the reviewer's. */
  readonly central: number;
}

/**
 * Why a decision was not applied: no analysed document has that number or file name; no clause
 * reads like its text (or several do); a central clause it names is not in the central text; a
 * clause it makes verbatim or adapted has no counterpart to derive from.
 */
export type UnmatchedReason = 'NO_DOCUMENT' | 'NO_CLAUSE' | 'AMBIGUOUS_CLAUSE' | 'NO_CENTRAL' | 'AMBIGUOUS_CENTRAL' | 'NO_COUNTERPART';

/** A decision kept although it matches nothing ("không còn khớp"): never dropped. */
export interface UnmatchedDecision {
  /** Position of the decision in the list given to `applyReviews` (0-based). */
  readonly index: number;
  readonly reason: UnmatchedReason;
  /** The text that found nothing (the clause, a central reference, `by`), for the message. */
  readonly value: string;
  readonly decision: ReviewDecision;
}

export const isCentralDecision = (d: ReviewDecision): d is CentralDecision => 'centralClause' in d;
