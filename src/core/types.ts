/**
 * Public types of the analysis core. Everything here is plain, readonly, JSON-serializable data:
 * it crosses the Web Worker boundary and is written to disk by `analyze`.
 *
 * Pipeline (one stage per file, chained by `analyze()`):
 *   normalize → parse-document → segment-clauses → align → classify → word-diff → metrics
 */
import type { Note, Reason } from './reasons.ts';
import type { QualityReport } from './quality.ts';
import type { Effect, EffectKind } from './effects.ts';
import type { ChainAnalysis } from './chain.ts';
import type { RouteReason } from './route.ts';
import type { CentralReview, ClauseReview, ReviewedCounts, UnmatchedDecision } from './review-types.ts';

/** Where in a document a block or clause sits. Only these body parts yield clauses. */
export type Part = 'assessment' | 'lead-in' | 'task' | 'implementation' | 'closing' | 'appendix';

/** What a table column holds (read from its header: "Cơ quan chủ trì" → lead, "Thời gian hoàn thành" → deadline). */
export type ColumnRole = 'index' | 'task' | 'lead' | 'partner' | 'deadline' | 'product' | 'source' | 'note' | 'other';

/** One cell of a table row besides the row's content: its column's role and header, its text and offsets. */
export interface RowCell {
  readonly role: ColumnRole;
  readonly header: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A block that is the content cell of a table row, with the row's other cells. */
export interface BlockRow {
  /** Table number in the file. */
  readonly table: number;
  /** The row's number as printed in its index column ("42"), else null. */
  readonly index: string | null;
  readonly cells: readonly RowCell[];
}

/** What a stretch of the document text is; every paragraph of `ParsedDocument.text` has one. */
export type SpanRole = 'header' | 'block' | 'cell' | 'frame' | 'wrapper' | 'cover' | 'noise';

/** A paragraph of the document text and what it was read as (`field` names a header or frame field). */
export interface Span {
  readonly role: SpanRole;
  readonly field: string | null;
  readonly start: number;
  readonly end: number;
}

/** A signature: capacity ("KT.", "TM.", "TL.", "Q."), title lines, name. NQLT 102 has three. */
export interface Signer {
  readonly name: string;
  /** "TM." (thay mặt), "KT." (ký thay), "TL." (thừa lệnh), "Q." (quyền), "TUQ." or null. */
  readonly capacity: string | null;
  /** Capacity line and titles as printed ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"). */
  readonly title: string | null;
}

/** A document the text cites, with what it says it does with it. */
export interface CitedText {
  readonly number: string | null;
  readonly kind: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly issuer: string | null;
  /** `implements`: "Thực hiện…", "Triển khai…", "Căn cứ…" with the action; `basis`: a legal basis; `mentions`: anything else. */
  readonly action: 'implements' | 'basis' | 'mentions';
  /** Where: the title/subject, the lead-in, or elsewhere in the body. */
  readonly where: 'title' | 'lead-in' | 'body';
}

/** Class of a local clause against the central text. */
export type LocalClass = 'verbatim' | 'adapted' | 'added';

/** Status of a central clause in one local document. */
export type CentralStatus = 'verbatim' | 'adapted' | 'omitted';

/**
 * What a document does with the text it is compared with: carries it out, sends it on, or only
 * mentions or quotes it (a ministry letter quoting one sentence of a conclusion, a news summary
 * naming several). `null`: it implements nothing we can name.
 */
export type Role = 'implementation' | 'forwarding' | 'cites-only';

/** A word or punctuation mark with its original text, comparison form and offsets in `ParsedDocument.text`. */
export interface Token {
  /** Original text as it appears in the document (after NFC). */
  readonly text: string;
  /** Comparison form: NFC, one tone-mark placement, case folded, quotes/dashes unified. */
  readonly norm: string;
  /** Start offset (UTF-16 code units) in the document's cleaned text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** `true` for letters/digits, `false` for punctuation. */
  readonly word: boolean;
}

/** Metadata read from the document itself. Anything the text does not tell is `null`. */
export interface DocMeta {
  /** Kind in Vietnamese: "Kết luận", "Công văn", "Chỉ thị", "Kế hoạch", "Nghị quyết"… */
  readonly kind: string | null;
  /** Normalized number, e.g. "1154-CV/TU", "652-CV/ĐU", "29/2022/QĐ-UBND". */
  readonly number: string | null;
  readonly issuer: string | null;
  readonly place: string | null;
  /** ISO date (yyyy-mm-dd). */
  readonly date: string | null;
  readonly signer: string | null;
  readonly signerTitle: string | null;
  /** Number of the document this one implements or forwards, e.g. "54-KL/TW". */
  readonly implements: string | null;
  readonly role: Role | null;
  /** Title ("về …") or subject line ("V/v …"). */
  readonly title: string | null;
  /** How a field not printed in the header was derived (shown to the user, never silent). */
  readonly notes: readonly string[];
  /** The same notes as data (code and values), in the same order. */
  readonly noteCodes: readonly Note[];
  /** Every signature, in order (the first gives `signer`/`signerTitle`). Absent in data saved before. */
  readonly signers?: readonly Signer[];
  /** Every document the text cites, with its action; `implements` is chosen from these. */
  readonly cites?: readonly CitedText[];
  /** A decision's attachment kind ("Kế hoạch" for QĐ 3210 issuing a plan): the attachment is the content. */
  readonly attachment?: string | null;
}

/** A structural block of the body: a paragraph or a "-" sub-item. */
export interface Block {
  readonly part: Part;
  /** Unit the block belongs to: "assessment", "lead-in", "closing", or the task label ("1", "2.3", "II.1"). */
  readonly unit: string;
  /** Heading of the unit when it has one ("Tổ chức thực hiện"). */
  readonly heading: string | null;
  /** `true` for a "-" sub-item. */
  readonly item: boolean;
  /** `true` when the block is the unit's own heading line ("Tổ chức thực hiện"), not body text. */
  readonly title: boolean;
  /** Text of the block after repair (markdown removed, broken lines joined), marker stripped. */
  readonly text: string;
  /** Offsets of `text` in `ParsedDocument.text`. */
  readonly start: number;
  readonly end: number;
  /** Set when the block is a table row's content cell. */
  readonly row?: BlockRow;
}

/** Parts of a document that are not body. */
export interface DocFrame {
  readonly recipients: readonly string[];
  readonly copyTo: readonly string[];
  readonly signature: readonly string[];
  readonly footnotes: readonly string[];
}

/** A document after parsing and repair. */
export interface ParsedDocument {
  /** Stable id (slug of number or file name). */
  readonly id: string;
  /** Name of the source the document came from (file name). */
  readonly source: string;
  readonly meta: DocMeta;
  /** Cleaned, repaired text of the whole document; all offsets point here. */
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly frame: DocFrame;
  /** Free-form labels from front matter (display name, notes a human added). */
  readonly front: Readonly<Record<string, string>>;
  /** What every paragraph of `text` was read as (header field, block, table cell, frame, wrapper…). */
  readonly spans?: readonly Span[];
  /** How much of the text survived its conversion (quality.ts); absent in data saved before. */
  readonly quality?: QualityReport;
}

/** A clause: a sentence, split further at semicolons; each "-" item is at least one clause. */
export interface Clause {
  /** Unique in its document, URL-safe: "1-2" (task 1, 2nd clause), "lead-in-1", "assessment-3". */
  readonly id: string;
  readonly part: Part;
  readonly unit: string;
  /** Index of the block in `ParsedDocument.blocks`. */
  readonly block: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

/** One segment of a word diff. */
export interface DiffPart {
  readonly op: 'equal' | 'insert' | 'delete';
  /** Original text of the segment: central side for `delete`, local side for `insert` and `equal`. */
  readonly text: string;
  /**
   * For cosmetic `equal` parts: the central side's text ("hoá" where the local text has "hóa").
   * `undefined` on other parts (the analysis writes the key on every part, one object shape for
   * the code reading parts; JSON leaves an undefined key out).
   */
  readonly other?: string | undefined;
  /** `cosmetic`: case, tone placement, quotes, punctuation; `substantive`: anything else. */
  readonly kind: 'same' | 'cosmetic' | 'substantive';
  /** Offsets of the segment in the local (insert/equal) or central (delete) document's text. */
  readonly start: number;
  readonly end: number;
}

/** Word diff of a local clause against the central clause(s) it derives from. */
export interface WordDiff {
  readonly parts: readonly DiffPart[];
  /** Number of substantive words inserted + deleted. */
  readonly substantive: number;
  /** Substantive words the local clause adds. */
  readonly inserted: number;
  /** Substantive words of the central clause(s) the local clause drops. */
  readonly deleted: number;
  /** Cosmetic differences as "central→local" pairs, e.g. "hoá→hóa". */
  readonly cosmetic: readonly string[];
  /** `true` when the pair was too different to diff within the edit cap. */
  readonly capped: boolean;
}

/** A local clause with its class against the central text. */
export interface ClauseResult {
  readonly clause: Clause;
  readonly class: LocalClass;
  /** Central clause ids it derives from, best first. Empty for `added`. */
  readonly central: readonly string[];
  /** 0..1: weighted share of the local clause's words found in its central clause(s). */
  readonly similarity: number;
  /** One line a person can check. */
  readonly reason: string;
  /** The same reason as data, for the interface and the CLI to word in the reader's language. */
  readonly why: Reason;
  readonly diff: WordDiff | null;
  /** What the change from the central clause(s) does (effects.ts); empty when nothing substantive changed. */
  readonly effects?: readonly Effect[] | undefined;
  /** For an added clause: the central clause that shares most of its wording, below the bar. */
  readonly nearest?: string | undefined;
  /** How much of the clause each of `central` explains (the aligner's gains, parallel to `central`), for unit shares. */
  readonly gains?: readonly number[] | undefined;
  /** Set when the class or counterparts are a reviewer's (issue 11): who, when, why, and the machine's answer. */
  readonly review?: ClauseReview;
}

/** How one central clause is carried by one local document. */
export interface CentralResult {
  readonly id: string;
  readonly status: CentralStatus;
  /** Local clause ids that carry it. */
  readonly by: readonly string[];
  /** Best similarity among the carriers, 0 when omitted. */
  readonly similarity: number;
  /** Effects of the local clauses that carry it. */
  readonly effects?: readonly Effect[];
  /** Set when the status is a reviewer's (issue 11). */
  readonly review?: CentralReview;
}

/** Which central units a local unit draws on, with shares summing to 1 (or empty when all added). */
export interface UnitLink {
  readonly unit: string;
  readonly part: Part;
  readonly central: readonly { readonly unit: string; readonly share: number }[];
}

export interface Counts3<K extends string> {
  readonly counts: Readonly<Record<K, number>>;
  readonly words: Readonly<Record<K, number>>;
}

/** Coverage of one document. */
export interface Coverage {
  /** Central task clauses (parts task + implementation) by status. */
  readonly tasks: Readonly<Record<CentralStatus, number>>;
  /** All central body clauses by status. */
  readonly all: Readonly<Record<CentralStatus, number>>;
  /** Local clauses by class, counted in clauses and in words. */
  readonly local: Counts3<LocalClass>;
}

/** Result of aligning one local document with the central text. */
export interface DocumentAnalysis {
  readonly doc: ParsedDocument;
  readonly clauses: readonly ClauseResult[];
  readonly central: readonly CentralResult[];
  readonly units: readonly UnitLink[];
  readonly coverage: Coverage;
  /** Days from the central document's date to this one; null when either date is unknown. */
  readonly lagDays: number | null;
  /** Local clauses per effect kind (a clause counts once per kind it shows). */
  readonly effectCounts?: Readonly<Record<EffectKind, number>>;
  /** Added with issue 13: why the document joined this family (set by `analyzeFamilies`). */
  readonly route?: RouteReason;
  /** Added with issue 13: the comparison with its local parent, when it implements another analysed document (chain.ts). */
  readonly chain?: ChainAnalysis;
  /** How many answers are a reviewer's (set by `applyReviews`). */
  readonly reviewed?: ReviewedCounts;
}

/** Full result of `analyze()`. */
export interface Analysis {
  readonly central: ParsedDocument;
  readonly centralClauses: readonly Clause[];
  readonly documents: readonly DocumentAnalysis[];
  /** Per central clause: how many documents carry it, and how. */
  readonly carriedBy: Readonly<Record<string, Readonly<Record<CentralStatus, number>>>>;
  /** Reviewer's decisions that matched nothing, kept (set by `applyReviews`, issue 11). */
  readonly reviewsUnmatched?: readonly UnmatchedDecision[];
}

/** A likely source of a clause in a parent document. */
export interface ProvenanceLink {
  /** Parent document number ("21-KL/TW") or id. */
  readonly doc: string;
  readonly clause: string;
  readonly text: string;
  /** Balance of the pair (see align.ts), 0..1. */
  readonly similarity: number;
  /** Distinctive word pairs (normalized) both clauses share: the evidence a reader can check. */
  readonly shared: readonly string[];
}

/** Provenance of added local clauses and lineage of central clauses through the parent documents. */
export interface ProvenanceReport {
  readonly parents: readonly string[];
  /** Every added local clause: its likely source, or null when it is genuinely local. */
  readonly local: readonly { readonly doc: string; readonly clause: string; readonly source: ProvenanceLink | null }[];
  /** Central clauses that come from a parent. */
  readonly central: readonly { readonly clause: string; readonly source: ProvenanceLink }[];
}
