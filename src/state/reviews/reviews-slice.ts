/**
 * Reviews slice (issue 11): the inspector's decisions, kept, applied. The analysis slice holds the
 * reviewed analysis (`reviewAnalysis` wraps every run), so every figure, chart, heat map, export
 * and report reads the reviewer's answers without knowing it; the machine's own analysis is kept
 * here, and every reviewed clause keeps the machine's answer beside the reviewer's.
 */
import type { Analysis, DocumentAnalysis } from '../../core/types.ts';
import { tokenize } from '../../core/normalize.ts';
import { documentsNamed } from '../../core/review-anchor.ts';
import type { DecisionEvent } from '../../core/audit-trail.ts';
import { decisionsInForce } from '../../core/audit-trail.ts';
import type { ReviewConclusion, ReviewDecision, UnmatchedDecision } from '../../core/review-types.ts';
import { parseReviews, type ReviewsProblem } from '../../core/reviews-file.ts';
import { applyReviews } from '../../core/reviews.ts';
import type { SliceCreator } from '../app-state.ts';
import type { LoadStatus } from '../slices/corpus-slice.ts';
import { carryInsights } from '../slices/insights-slice.ts';
import { EMPTY_REVIEWS, addDecision, fromReviewsFile, mergeReviews, undoDecision, type ReviewsData } from './reviews-data.ts';
import { memoryReviewsStorage, type ReviewsStorage } from './reviews-storage.ts';

export interface ReviewsState {
  readonly status: LoadStatus;
  readonly data: ReviewsData;
  /** Decisions in force that match nothing in the current analysis ("không còn khớp"): listed, never dropped. */
  readonly unmatched: readonly UnmatchedDecision[];
  /** The machine's analysis the current result was reviewed from. */
  readonly machine: Analysis | null;
  /** Storage failed: decisions are kept for this session only. */
  readonly storageError: boolean;
}

export interface ReviewsSlice {
  readonly reviews: ReviewsState;
  /** The machine's analysis with the decisions in force applied (the same object when there are none). */
  readonly reviewAnalysis: (machine: Analysis) => Promise<Analysis>;
  readonly setReviewer: (name: string) => Promise<void>;
  /** Records a decision (with the machine's answer at the time) and applies it. */
  readonly decide: (decision: ReviewDecision, machine?: DecisionEvent['machine']) => Promise<void>;
  /** Undoes decision `seq` of trail `trail`; the undo is recorded, the decision stays in the trail. */
  readonly undoReview: (trail: string, seq: number) => Promise<void>;
  /** Sets the conclusion of a document's inspection report (replacing the one naming the same document). */
  readonly setConclusion: (c: ReviewConclusion) => Promise<void>;
  /** Adds trails and conclusions from outside (a workspace file). */
  readonly mergeReviewData: (incoming: ReviewsData) => Promise<void>;
  /** Adds the decisions of a `doichieu.reviews/1` file; the problem when the file is refused (then nothing changes). */
  readonly importReviewsFile: (text: string, bytes?: number) => Promise<ReviewsProblem | null>;
}

/** The analysis with `data`'s decisions in force applied, and the decisions that matched nothing. */
export function reviewed(machine: Analysis, data: ReviewsData): { analysis: Analysis; unmatched: readonly UnmatchedDecision[] } {
  const decisions = decisionsInForce(data.trails);
  if (!decisions.length) return { analysis: machine, unmatched: [] };
  const r = applyReviews(withTokens(machine, decisions), decisions);
  const analysis = { ...r.analysis, documents: r.analysis.documents.map((d, i) => (d === machine.documents[i] || machine.documents[i]?.clauses[0]?.clause.tokens.length ? d : withoutTokens(d))) };
  carryInsights(machine, analysis);
  return { analysis, unmatched: r.unmatched };
}

/**
 * The page's analysis lacks the local clauses' tokens (src/worker/for-page.ts), and a clause given
 * a new counterpart is diffed again from them: the documents decisions name get them back (as
 * `segmentClauses` made them: the clause's text from its offset), and lose them after.
 */
function withTokens(a: Analysis, decisions: readonly ReviewDecision[]): Analysis {
  const docs = a.documents.map((d) => d.doc);
  const named = new Set(decisions.flatMap((x) => [...documentsNamed(docs, x.document), ...(x.source ? documentsNamed(docs, x.source) : [])]));
  return {
    ...a,
    documents: a.documents.map((d, i) => (named.has(i) && d.clauses.some((r) => !r.clause.tokens.length)
      ? { ...d, clauses: d.clauses.map((r) => (r.clause.tokens.length ? r : { ...r, clause: { ...r.clause, tokens: tokenize(r.clause.text, r.clause.start) } })) }
      : d)),
  };
}

const withoutTokens = (d: DocumentAnalysis): DocumentAnalysis => ({ ...d, clauses: d.clauses.map((r) => ({ ...r, clause: { ...r.clause, tokens: [] } })) });

/** Creates the reviews slice around a storage (default: memory). */
export function createReviewsSlice(storage: ReviewsStorage = memoryReviewsStorage()): SliceCreator<ReviewsSlice> {
  let loaded: Promise<void> | null = null;
  // The result this slice produced last: a later one (a new run in progress) is not replaced.
  let produced: Analysis | null = null;
  return (set, get) => {
    const patch = (p: Partial<ReviewsState>) => set({ reviews: { ...get().reviews, ...p } });
    const load = () => {
      loaded ??= (async () => {
        patch({ status: 'loading' });
        try {
          const data = await storage.load();
          patch({ status: 'ready', data: mergeReviews(data, get().reviews.data) });
        } catch {
          patch({ status: 'ready', storageError: true });
        }
      })();
      return loaded;
    };
    const change = async (next: (d: ReviewsData) => ReviewsData) => {
      await load();
      const data = next(get().reviews.data);
      patch({ data });
      const { machine } = get().reviews;
      const a = get().analysis;
      if (machine && a.result && a.result === produced) {
        const r = reviewed(machine, data);
        produced = r.analysis;
        patch({ unmatched: r.unmatched });
        set({ analysis: { ...a, result: r.analysis } });
      }
      try { await storage.save(data); } catch { patch({ storageError: true }); }
    };
    return {
      reviews: { status: 'idle', data: EMPTY_REVIEWS, unmatched: [], machine: null, storageError: false },
      reviewAnalysis: async (machine) => {
        await load();
        const r = reviewed(machine, get().reviews.data);
        produced = r.analysis;
        patch({ machine, unmatched: r.unmatched });
        return r.analysis;
      },
      setReviewer: (name) => change((d) => ({ ...d, reviewer: name.trim() || null })),
      decide: (decision, machine) => change((d) => ({ ...d, trails: addDecision(d.trails, decision, machine) })),
      undoReview: (trail, seq) => change((d) => ({ ...d, trails: undoDecision(d.trails, trail, seq, d.reviewer ?? '', new Date().toISOString()) })),
      setConclusion: (c) => change((d) => ({ ...d, conclusions: [...d.conclusions.filter((x) => x.document !== c.document), c] })),
      mergeReviewData: (incoming) => change((d) => mergeReviews(d, incoming)),
      importReviewsFile: async (text, bytes) => {
        const r = parseReviews(text, bytes);
        if (!r.ok) return r.error;
        await change((d) => mergeReviews(d, fromReviewsFile(r.reviews.decisions, r.reviews.conclusions ?? [])));
        return null;
      },
    };
  };
}
