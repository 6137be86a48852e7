/**
 * Where the workspace is kept between visits: IndexedDB (idb-keyval), one record per document and
 * one for the settings, so adding or deleting a document writes only that document. In tests, and
 * when IndexedDB is unavailable, a memory store.
 */
import { sanitizeWorkspace } from './workspace-file.ts';
import { EMPTY_WORKSPACE, type Workspace, type WorkspaceDoc, type WorkspaceSettings } from './workspace-types.ts';

/** What the workspace slice needs to persist. Every method may reject (quota, private mode). */
export interface WorkspaceStorage {
  load(): Promise<Workspace>;
  putDoc(doc: WorkspaceDoc): Promise<void>;
  deleteDoc(id: string): Promise<void>;
  putSettings(settings: WorkspaceSettings): Promise<void>;
}

/** A storage in memory (tests; the fallback when IndexedDB does not work). */
export function memoryStorage(initial: Workspace = EMPTY_WORKSPACE): WorkspaceStorage {
  let ws = initial;
  return {
    load: () => Promise.resolve(ws),
    putDoc: (doc) => { ws = { ...ws, docs: [...ws.docs.filter((d) => d.id !== doc.id), doc] }; return Promise.resolve(); },
    deleteDoc: (id) => { ws = { ...ws, docs: ws.docs.filter((d) => d.id !== id) }; return Promise.resolve(); },
    putSettings: (s) => { ws = { docs: ws.docs, central: s.central, include: s.include, edits: s.edits, ...(s.families ? { families: s.families } : {}) }; return Promise.resolve(); },
  };
}

const SETTINGS = 'settings';
const DOC = 'doc:';

/** IndexedDB database "doichieu", object store "workspace". idb-keyval loads on first use. */
export function indexedDbStorage(): WorkspaceStorage {
  const lib = import('idb-keyval').then((m) => ({ m, store: m.createStore('doichieu', 'workspace') }));
  return {
    load: async () => {
      const { m, store } = await lib;
      const entries = await m.entries<string, unknown>(store);
      const settings = entries.find(([k]) => k === SETTINGS)?.[1];
      const docs = entries.filter(([k]) => typeof k === 'string' && k.startsWith(DOC)).map(([, v]) => v);
      const ws = sanitizeWorkspace({ ...(typeof settings === 'object' && settings !== null ? settings : {}), docs });
      // Oldest first: the order the user imported them.
      return { ...ws, docs: [...ws.docs].sort((a, b) => a.addedAt.localeCompare(b.addedAt)) };
    },
    putDoc: async (doc) => { const { m, store } = await lib; await m.set(`${DOC}${doc.id}`, doc, store); },
    deleteDoc: async (id) => { const { m, store } = await lib; await m.del(`${DOC}${id}`, store); },
    putSettings: async (s) => {
      const { m, store } = await lib;
      await m.set(SETTINGS, { central: s.central, include: s.include, edits: s.edits, ...(s.families ? { families: s.families } : {}) }, store);
    },
  };
}
