/**
 * Workspace slice: the user's own documents (imported files, pasted text), the central text they
 * chose, the documents compared with it and their metadata corrections — kept in IndexedDB, merged
 * with the built-in corpus into the analysis input, and re-analysed after every change. A failed
 * import never touches what was already there.
 */
import type { FailureCode } from '../../core/errors.ts';
import type { ReadWarning } from '../../io/read-file.ts';
import type { SliceCreator } from '../app-state.ts';
import type { CorpusInput, CorpusLoader, LoadStatus } from './corpus-slice.ts';
import { DOCUMENT_LIMIT, TEXT_LIMIT } from '../workspace/import-limits.ts';
import { pageReader, type ImportReader } from '../workspace/page-reader.ts';
import { composeInput, uniqueName } from '../workspace/workspace-compose.ts';
import { WorkspaceFileError, checkedWorkspaceFromJson, type SkippedDoc } from '../workspace/workspace-file.ts';
import { memoryStorage, settingsChange, type BrokenRecord, type LoadedWorkspace, type WorkspaceStorage } from '../workspace/workspace-storage.ts';
import type { FamiliesSettings } from '../families/families-types.ts';
import { mergeFamilies } from '../families/families-merge.ts';
import { EMPTY_WORKSPACE, type Catalog, type MetaPatch, type Workspace, type WorkspaceDoc } from '../workspace/workspace-types.ts';

/** What the slice needs from outside: where to keep the workspace, how to read files (default: on the page). */
export interface WorkspaceServices {
  readonly storage?: WorkspaceStorage;
  readonly reader?: ImportReader;
}

/** A file to import (a DOM `File` fits). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The outcome of one file of the last import. */
export interface ImportItem {
  /** Name of the file as given. */
  readonly name: string;
  readonly ok: boolean;
  /** Failure: its code (EMPTY_FILE, NO_TEXT_LAYER…, INTERNAL); `null` when the file was added. */
  readonly code: FailureCode | null;
  readonly detail: string | null;
  /** Failure of a limit: the refused quantity (see `Failure.amount`); absent otherwise. */
  readonly amount?: number;
  /** Success: the name the document is kept under (unique among all documents). */
  readonly source: string | null;
  readonly converted: string | null;
  readonly encoding: string | null;
  /** Success: what the reader noticed in a file it read anyway (INVALID_UTF8); absent when nothing. */
  readonly warnings?: readonly ReadWarning[];
}

/** A short message about the last action on the workspace. */
export type WorkspaceNotice =
  | { readonly kind: 'removed'; readonly name: string }
  /** A workspace file opened: how many documents were added, and each one that was not, with why. */
  | { readonly kind: 'merged'; readonly added: number; readonly skipped: readonly SkippedDoc[] }
  | { readonly kind: 'mergeFailed'; readonly reason: 'NOT_JSON' | 'NOT_WORKSPACE' };

export interface WorkspaceState {
  /** Loading the kept workspace from storage. */
  readonly status: LoadStatus;
  readonly ws: Workspace;
  /** Every document, arranged; `null` until computed. */
  readonly catalog: Catalog | null;
  readonly catalogError: string | null;
  /** Names of files being read now. */
  readonly reading: readonly string[];
  readonly lastImport: readonly ImportItem[];
  /** Storage failed: changes are kept for this session only. */
  readonly storageError: boolean;
  /** Kept document records that cannot be used (malformed, too long): listed so that they can be deleted. */
  readonly broken: readonly BrokenRecord[];
  readonly notice: WorkspaceNotice | null;
}

export interface WorkspaceSlice {
  readonly workspace: WorkspaceState;
  /** The corpus loader of the store: the built-in corpus from `loader`, merged with the kept workspace. */
  readonly withWorkspace: (loader: CorpusLoader) => Promise<CorpusInput>;
  /** Reads files and adds those that pass; refused ones get a coded item. Re-analyses once. */
  readonly importFiles: (files: readonly FileLike[]) => Promise<readonly ImportItem[]>;
  /** Adds pasted text as a document. */
  readonly importText: (text: string, name?: string) => Promise<ImportItem>;
  /** Deletes an imported document, or a broken record, by id (the interface asks first). */
  readonly removeDocument: (id: string) => Promise<void>;
  /** Chooses the central text by document key; `null`: the built-in 54-KL/TW. */
  readonly setCentral: (key: string | null) => Promise<void>;
  /** Compares a document with the central text, or not. */
  readonly setIncluded: (key: string, included: boolean) => Promise<void>;
  /** Replaces a document's metadata corrections (`null` or `{}`: back to what was detected). */
  readonly editMeta: (key: string, patch: MetaPatch | null) => Promise<void>;
  /** Adds the documents and settings of a workspace file. */
  readonly mergeWorkspace: (text: string) => Promise<void>;
  readonly dismissImport: () => void;
  /** Changes the family settings (issue 13: more central texts, the family shown, moves); `undefined`: one family. Re-analyses. */
  readonly updateFamilies: (change: (f: FamiliesSettings | undefined) => FamiliesSettings | undefined) => Promise<void>;
}

/** Default name of pasted text. */
export const PASTE_NAME = 'Văn bản dán.txt';

const RICH = /\.(?:docx|pdf)$/iu;

/** TOO_LARGE before reading a byte: text over 20 MB, .docx/.pdf over 50 MB. */
export function sizeRefusal(name: string, size: number): ImportItem | null {
  const limit = RICH.test(name) ? DOCUMENT_LIMIT : TEXT_LIMIT;
  if (size <= limit) return null;
  return { name, ok: false, code: 'TOO_LARGE', detail: `${(size / 1024 / 1024).toFixed(1)} MB`, amount: size, source: null, converted: null, encoding: null };
}

let counter = 0;
function newId(): string {
  return `${Date.now().toString(36)}-${(++counter).toString(36).padStart(3, '0')}-${Math.random().toString(36).slice(2, 8)}`;
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

const workspaceOf = (l: LoadedWorkspace): Workspace => ({ docs: l.docs, central: l.central, include: l.include, edits: l.edits, ...(l.families ? { families: l.families } : {}) });
/** What tells two workspaces apart, without comparing texts (a document's text never changes under its id). */
const signature = (ws: Workspace, broken: readonly BrokenRecord[]) =>
  JSON.stringify([ws.docs.map((d) => d.id), ws.central, ws.include, ws.edits, ws.families ?? null, broken.map((b) => b.id)]);
const keyOf = (key: string) => key.slice(0, key.lastIndexOf('#'));
const withoutSource = <V,>(rec: Readonly<Record<string, V>>, source: string): Record<string, V> =>
  Object.fromEntries(Object.entries(rec).filter(([k]) => keyOf(k) !== source));

/** Creates the workspace slice. */
export function createWorkspaceSlice(services: WorkspaceServices = {}): SliceCreator<WorkspaceSlice> {
  const storage = services.storage ?? memoryStorage();
  const reader = services.reader ?? pageReader;
  const builtin = deferred<CorpusInput>();
  let loaded: Promise<Workspace> | null = null;
  let generation = 0;

  return (set, get) => {
    const patch = (p: Partial<WorkspaceState>) => set({ workspace: { ...get().workspace, ...p } });
    const guard = async (op: Promise<void>) => {
      try { await op; } catch { patch({ storageError: true }); }
    };

    const load = (): Promise<Workspace> => {
      loaded ??= (async () => {
        patch({ status: 'loading' });
        let ws: Workspace = EMPTY_WORKSPACE;
        let broken: readonly BrokenRecord[] = [];
        let storageError = false;
        try {
          const kept = await storage.load();
          ws = workspaceOf(kept);
          broken = kept.broken;
        } catch { storageError = true; }
        patch({ status: 'ready', ws, broken, storageError });
        // Another tab added, edited or deleted something: read the kept workspace again.
        storage.watch(() => void sync());
        return ws;
      })();
      return loaded;
    };

    /** The kept workspace as another tab left it, analysed again when it differs from this tab's. */
    const sync = async () => {
      let kept: LoadedWorkspace;
      try { kept = await storage.load(); } catch { return; }
      const { ws, broken } = get().workspace;
      if (signature(workspaceOf(kept), kept.broken) === signature(ws, broken)) return;
      patch({ ws: workspaceOf(kept), broken: kept.broken });
      await refresh();
    };

    /** The analysis input for the current workspace (keeping parents marked on the current input). */
    const compose = async (): Promise<CorpusInput> => {
      const base = await builtin.promise;
      await load();
      const manifest = get().corpus.input?.manifest ?? base.manifest;
      return composeInput({ files: base.files, manifest }, get().workspace.ws);
    };

    const recatalog = async (input: CorpusInput, gen: number) => {
      try {
        const catalog = await reader.catalog(input);
        if (gen === generation) patch({ catalog, catalogError: null });
      } catch (e) {
        if (gen === generation) patch({ catalogError: e instanceof Error ? e.message : String((e as { message?: unknown })?.message ?? e) });
      }
    };

    /** After a change: a new catalog, and the analysis again (the latest change wins). */
    const refresh = async () => {
      const gen = ++generation;
      const input = await compose();
      void recatalog(input, gen);
      // A run in progress analyses the input this change replaces: it is stopped, not waited for
      // (issue 14: with 5,000 documents an edit waited minutes for the run it made obsolete). The
      // built-in corpus, if still loading, is waited for: its arrival would overwrite the new input.
      if (get().corpus.status === 'loading') await get().loadCorpus();
      if (gen !== generation) return;
      get().supersede();
      set({ corpus: { status: 'ready', input, error: null }, analysis: { status: 'idle', result: null, progress: null, error: null } });
      await get().start();
    };

    /** Writes only the settings that changed from `prev` to `next` (another tab's stay as they are). */
    const saveSettings = (prev: Workspace, next: Workspace) => guard(storage.saveSettings(settingsChange(prev, next)));

    const takenNames = (): Set<string> => new Set([
      ...(get().corpus.input?.manifest.files ?? []),
      ...get().workspace.ws.docs.map((d) => d.name),
    ]);

    /** Reads one file and adds it to the workspace (not yet re-analysed). */
    const addOne = async (name: string, size: number, bytes: () => Promise<ArrayBuffer>, paste: boolean): Promise<ImportItem> => {
      const refused = sizeRefusal(name, size);
      if (refused) return refused;
      patch({ reading: [...get().workspace.reading, name] });
      try {
        let buffer: ArrayBuffer;
        try {
          buffer = await bytes();
        } catch {
          return { name, ok: false, code: 'UNREADABLE', detail: null, source: null, converted: null, encoding: null };
        }
        const outcome = await reader.read(name, buffer, paste);
        if (!outcome.ok) {
          return { name, ok: false, code: outcome.code, detail: outcome.detail, ...(outcome.amount === undefined ? {} : { amount: outcome.amount }), source: null, converted: null, encoding: null };
        }
        await load();
        const doc: WorkspaceDoc = {
          id: newId(), name: uniqueName(name, takenNames()), text: outcome.text, encoding: outcome.encoding,
          converted: outcome.converted, format: outcome.format, size: outcome.size, addedAt: new Date().toISOString(),
        };
        const ws = get().workspace.ws;
        patch({ ws: { ...ws, docs: [...ws.docs, doc] } });
        await guard(storage.putDoc(doc));
        return { name, ok: true, code: null, detail: null, source: doc.name, converted: doc.converted, encoding: doc.encoding, ...(outcome.warnings ? { warnings: outcome.warnings } : {}) };
      } catch (e) {
        return { name, ok: false, code: 'INTERNAL', detail: e instanceof Error ? e.message : null, source: null, converted: null, encoding: null };
      } finally {
        const reading = [...get().workspace.reading];
        reading.splice(reading.indexOf(name), 1);
        patch({ reading });
      }
    };

    const updateSettings = async (change: (ws: Workspace) => Workspace) => {
      await load();
      const prev = get().workspace.ws;
      const ws = change(prev);
      patch({ ws, notice: null });
      await saveSettings(prev, ws);
      await refresh();
    };

    return {
      workspace: {
        status: 'idle', ws: EMPTY_WORKSPACE, catalog: null, catalogError: null, reading: [], lastImport: [], storageError: false, broken: [], notice: null,
      },
      withWorkspace: async (loader) => {
        const base = await loader();
        builtin.resolve(base);
        const ws = await load();
        const input = composeInput(base, ws);
        void recatalog(input, generation);
        return input;
      },
      importFiles: async (files) => {
        patch({ lastImport: [], notice: null });
        const items: ImportItem[] = [];
        for (const f of files) {
          items.push(await addOne(f.name, f.size, () => f.arrayBuffer(), false));
          patch({ lastImport: [...items] });
        }
        if (items.some((i) => i.ok)) await refresh();
        return items;
      },
      importText: async (text, name = PASTE_NAME) => {
        patch({ lastImport: [], notice: null });
        const bytes = new TextEncoder().encode(text);
        const file = /\.(?:txt|md)$/iu.test(name) ? name : `${name}.txt`;
        const item = await addOne(file, bytes.length, () => Promise.resolve(bytes.buffer), true);
        patch({ lastImport: [item] });
        if (item.ok) await refresh();
        return item;
      },
      removeDocument: async (id) => {
        await load();
        const ws = get().workspace.ws;
        const doc = ws.docs.find((d) => d.id === id);
        if (!doc) {
          const broken = get().workspace.broken.find((b) => b.id === id);
          if (!broken) return;
          patch({ broken: get().workspace.broken.filter((b) => b !== broken), notice: { kind: 'removed', name: broken.name ?? broken.id } });
          await guard(storage.deleteDoc(id));
          return;
        }
        const next: Workspace = {
          docs: ws.docs.filter((d) => d.id !== id),
          central: ws.central !== null && keyOf(ws.central) === doc.name ? null : ws.central,
          include: withoutSource(ws.include, doc.name),
          edits: withoutSource(ws.edits, doc.name),
        };
        patch({ ws: next, notice: { kind: 'removed', name: doc.name }, lastImport: get().workspace.lastImport.filter((i) => i.source !== doc.name) });
        await guard(storage.deleteDoc(id));
        await saveSettings(ws, next);
        await refresh();
      },
      setCentral: (key) => updateSettings((ws) => ({ ...ws, central: key, include: {} })),
      setIncluded: (key, included) => updateSettings((ws) => {
        // A choice equal to the catalog's proposal is dropped (the proposal may follow later
        // imports), but only against a catalog made for this central text: a click right after
        // "make central", before the new catalog came, was judged against the old proposals and lost.
        const catalog = get().workspace.catalog;
        const current = catalog && (ws.central === null || catalog.centralKey === ws.central) ? catalog : null;
        const entry = current?.entries.find((e) => e.key === key);
        const include = { ...ws.include };
        if (entry && entry.proposed === included) delete include[key];
        else include[key] = included;
        return { ...ws, include };
      }),
      editMeta: (key, p) => updateSettings((ws) => {
        const edits = { ...ws.edits };
        if (p && Object.keys(p).length) edits[key] = p;
        else delete edits[key];
        return { ...ws, edits };
      }),
      mergeWorkspace: async (text) => {
        let incoming: ReturnType<typeof checkedWorkspaceFromJson>;
        try {
          incoming = checkedWorkspaceFromJson(text);
        } catch (e) {
          patch({ notice: { kind: 'mergeFailed', reason: e instanceof WorkspaceFileError ? e.reason : 'NOT_JSON' } });
          return;
        }
        await load();
        const ws = get().workspace.ws;
        const taken = takenNames();
        const renamed = new Map<string, string>();
        const docs = [...ws.docs];
        const added: WorkspaceDoc[] = [];
        const skipped: SkippedDoc[] = [...incoming.skipped];
        for (const d of incoming.docs) {
          const same = docs.find((x) => x.text === d.text);
          if (same) { renamed.set(d.name, same.name); skipped.push({ name: d.name, id: d.id, problem: 'ALREADY_PRESENT' }); continue; }
          const name = uniqueName(d.name, taken);
          taken.add(name);
          renamed.set(d.name, name);
          const doc = { ...d, id: newId(), name };
          docs.push(doc);
          added.push(doc);
        }
        const rekey = (k: string) => { const src = keyOf(k); const to = renamed.get(src); return to ? `${to}${k.slice(src.length)}` : k; };
        const remap = <V,>(rec: Readonly<Record<string, V>>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [rekey(k), v]));
        let next: Workspace = {
          docs,
          central: incoming.central !== null ? rekey(incoming.central) : ws.central,
          include: { ...ws.include, ...remap(incoming.include) },
          edits: { ...ws.edits, ...remap(incoming.edits) },
        };
        const families = mergeFamilies(ws.families, incoming.families, rekey);
        if (families) next = { ...next, families };
        patch({ ws: next, notice: { kind: 'merged', added: added.length, skipped }, lastImport: [] });
        for (const d of added) await guard(storage.putDoc(d));
        await saveSettings(ws, next);
        await refresh();
      },
      dismissImport: () => patch({ lastImport: [], notice: null }),
      updateFamilies: (change) => updateSettings((ws) => {
        const { families, ...rest } = ws;
        const next = change(families);
        return next ? { ...rest, families: next } : rest;
      }),
    };
  };
}
