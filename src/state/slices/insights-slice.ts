/**
 * Insights slice: provenance, localization rules, citations and the tour of the current analysis,
 * and the documents the user marks as parents. The worker computes the insights with the analysis
 * (`rememberInsights`); when it could not (the on-page fallback), they are computed here on demand.
 */
import type { Analysis } from '../../core/types.ts';
import type { SliceCreator } from '../app-state.ts';
import type { CorpusInput, LoadStatus } from './corpus-slice.ts';
import type { InsightsBundle } from '../insights/insights-compute.ts';
import { markInsightsReady } from '../insights/insights-ready-mark.ts';
import { prepareIndexes } from '../insights/insights-index.ts';

/** Gives the insights of an analysis computed from `input`. */
export type InsightsSource = (analysis: Analysis, input: CorpusInput) => Promise<InsightsBundle>;

const fromWorker = new WeakMap<Analysis, InsightsBundle | Promise<InsightsBundle>>();

/**
 * Records insights the worker sent with an analysis, or will send after it (a promise), for the
 * slice to pick up. The page never recomputes those: the analysis it got lacks the local tokens.
 */
export function rememberInsights(analysis: Analysis, bundle: InsightsBundle | Promise<InsightsBundle>): void {
  fromWorker.set(analysis, bundle);
}

/**
 * Gives `to` (the analysis with a reviewer's decisions applied) the insights the worker sent with
 * `from` (the machine's): the page cannot compute them, its analysis lacks the local tokens.
 */
export function carryInsights(from: Analysis, to: Analysis): void {
  const sent = fromWorker.get(from);
  if (sent && to !== from) fromWorker.set(to, sent);
}

/** The worker's insights when it sent them; otherwise computed on the page (loaded on demand). */
export const defaultInsightsSource: InsightsSource = async (analysis, input) => {
  const sent = fromWorker.get(analysis);
  if (sent) return sent;
  const { insightsFor } = await import('../insights/insights-compute.ts');
  return insightsFor(input, analysis);
};

/** The input with `ids` among the manifest's parents (each once); the same object when nothing changes. */
export function withParents(input: CorpusInput, ids: readonly string[]): CorpusInput {
  const missing = [...new Set(ids)].filter((id) => !input.manifest.parents.includes(id));
  return missing.length ? { ...input, manifest: { ...input.manifest, parents: [...input.manifest.parents, ...missing] } } : input;
}

/** The insights slice. */
export interface InsightsSlice {
  readonly insights: {
    readonly status: LoadStatus;
    readonly result: InsightsBundle | null;
    /** The analysis the result belongs to. */
    readonly of: Analysis | null;
    readonly error: string | null;
  };
  /** Ids of the documents the user marked as parents (besides the corpus's own parents). */
  readonly markedParents: readonly string[];
  /**
   * Marks a document as a parent, or unmarks one the user marked: a parent is not aligned as a
   * local document but searched for the sources of added clauses. Re-runs the analysis.
   */
  readonly toggleParent: (id: string) => Promise<void>;
}

/**
 * Creates the insights slice. It follows the analysis (insights for each new result) and the corpus
 * input (a new input, e.g. after an import, gets the marked parents back into its manifest before
 * it is analyzed).
 */
export function createInsightsSlice(source: InsightsSource = defaultInsightsSource): SliceCreator<InsightsSlice> {
  return (set, get, api) => {
    const load = (analysis: Analysis, input: CorpusInput): void => {
      set({ insights: { status: 'loading', result: null, of: analysis, error: null } });
      source(analysis, input).then(
        (result) => {
          if (get().insights.of !== analysis) return;
          set({ insights: { status: 'ready', result, of: analysis, error: null } });
          markInsightsReady();
          prepareIndexes(result.insights.rules, result.insights.provenance);
        },
        (e: unknown) => {
          if (get().insights.of === analysis) set({ insights: { status: 'error', result: null, of: analysis, error: e instanceof Error ? e.message : String(e) } });
        },
      );
    };
    api.subscribe((s, prev) => {
      const input = s.corpus.input;
      if (input && input !== prev.corpus.input && s.markedParents.length) {
        const next = withParents(input, s.markedParents);
        if (next !== input) set({ corpus: { ...s.corpus, input: next } });
      }
      if (s.analysis.result === prev.analysis.result) return;
      const analysis = s.analysis.result;
      const current = get().corpus.input;
      if (analysis && current) load(analysis, current);
      else if (!analysis && s.insights.of) set({ insights: { status: 'idle', result: null, of: null, error: null } });
    });
    return {
      insights: { status: 'idle', result: null, of: null, error: null },
      markedParents: [],
      toggleParent: async (id) => {
        const { corpus, markedParents } = get();
        const input = corpus.input;
        if (!input) return;
        const marked = markedParents.includes(id);
        if (marked) {
          const manifest = { ...input.manifest, parents: input.manifest.parents.filter((p) => p !== id) };
          set({ markedParents: markedParents.filter((p) => p !== id), corpus: { ...corpus, input: { ...input, manifest } } });
        } else {
          set({ markedParents: [...markedParents, id], corpus: { ...corpus, input: withParents(input, [id]) } });
        }
        get().supersede(); // a run in progress has the old marks
        set({ analysis: { status: 'idle', result: null, progress: null, error: null } });
        await get().start();
      },
    };
  };
}
