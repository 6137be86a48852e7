/** Corpus slice: the source texts the analysis runs on, and how to load them. */
import type { CorpusManifest, SourceFile } from '../../core/corpus.ts';
import type { SliceCreator } from '../app-state.ts';
import type { WorkspaceSettings } from '../workspace/workspace-types.ts';

/** Everything the analysis needs. */
export interface CorpusInput {
  readonly files: readonly SourceFile[];
  readonly manifest: CorpusManifest;
  /** The user's choices (central text, compared documents, metadata corrections); absent: the corpus as shipped. */
  readonly workspace?: WorkspaceSettings;
  /** Benchmark mode: analyze `n` documents generated from `files` (src/bench) instead of `files` themselves. */
  readonly bench?: { readonly n: number; readonly seed: number };
  /** Issue 13: align these two documents (workspace keys) with each other instead (src/state/families/compare-run.ts). */
  readonly compare?: { readonly a: string; readonly b: string };
}

/** Loads a corpus (the built-in one in the app; a fixture in tests). */
export type CorpusLoader = () => Promise<CorpusInput>;

/** Where a load stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The corpus slice. */
export interface CorpusSlice {
  readonly corpus: {
    readonly status: LoadStatus;
    readonly input: CorpusInput | null;
    /** Message of the last load failure. */
    readonly error: string | null;
  };
  /** Loads the corpus once (callers during a load share it); resolves to it, or `null` when loading failed. */
  readonly loadCorpus: () => Promise<CorpusInput | null>;
}

/** Creates the corpus slice around a loader. */
export function createCorpusSlice(loader: CorpusLoader): SliceCreator<CorpusSlice> {
  let loading: Promise<CorpusInput | null> | null = null;
  const load = async (set: Parameters<SliceCreator<CorpusSlice>>[0]): Promise<CorpusInput | null> => {
    set({ corpus: { status: 'loading', input: null, error: null } });
    try {
      const input = await loader();
      set({ corpus: { status: 'ready', input, error: null } });
      return input;
    } catch (e) {
      set({ corpus: { status: 'error', input: null, error: e instanceof Error ? e.message : String(e) } });
      return null;
    }
  };
  return (set, get) => ({
    corpus: { status: 'idle', input: null, error: null },
    loadCorpus: () => {
      const { corpus } = get();
      if (corpus.status === 'ready' && corpus.input) return Promise.resolve(corpus.input);
      // One load at a time: a second caller (a superseded run's successor) waits for the same one.
      loading ??= load(set).finally(() => { loading = null; });
      return loading;
    },
  });
}
