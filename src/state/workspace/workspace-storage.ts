/**
 * Where the workspace is kept between visits: IndexedDB (idb-keyval), one record per document and
 * one per setting (`central`, `include:<key>`, `edit:<key>`), so that a change writes only what it
 * changed. Two tabs used to erase each other's corrections: "Saving a metadata edit in one tab
 * silently erases the edit another tab saved before (the settings record is written whole)"
 * (issue 16). A tab tells the others through a BroadcastChannel after each write, and they read the
 * workspace again. The single `settings` record of earlier versions is split on first load.
 * In tests, and when IndexedDB is unavailable, a memory store.
 */
import { checkWorkspaceDoc, isRecord, str, toPatch, type DocProblem } from './workspace-file.ts';
import { sanitizeFamilies, type FamiliesSettings } from '../families/families-types.ts';
import { EMPTY_WORKSPACE, type MetaPatch, type Workspace, type WorkspaceDoc, type WorkspaceSettings } from './workspace-types.ts';

/** The few key-value operations the storage needs: idb-keyval over one object store, or a Map. */
export interface KeyValue {
  entries(): Promise<ReadonlyArray<readonly [IDBValidKey, unknown]>>;
  setMany(entries: [string, unknown][]): Promise<void>;
  delMany(keys: string[]): Promise<void>;
}

/** A change to the settings: only the keys named are written (`null` deletes the key's record). */
export interface SettingsChange {
  /** Present: the new central key (`null`: the built-in one). */
  readonly central?: string | null;
  readonly include?: Readonly<Record<string, boolean | null>>;
  readonly edits?: Readonly<Record<string, MetaPatch | null>>;
  /** Present: the new family choices (`null`: none). */
  readonly families?: FamiliesSettings | null;
}

/** A stored document record that could not be taken (shown so that the user can delete it). */
export interface BrokenRecord {
  /** Id of the record (what `deleteDoc` takes). */
  readonly id: string;
  readonly name: string | null;
  readonly problem: DocProblem;
  readonly chars?: number;
}

/** What was kept, and the document records that are broken. */
export interface LoadedWorkspace extends Workspace {
  readonly broken: readonly BrokenRecord[];
}

/** What the workspace slice needs to persist. Every method may reject (quota, private mode). */
export interface WorkspaceStorage {
  load(): Promise<LoadedWorkspace>;
  putDoc(doc: WorkspaceDoc): Promise<void>;
  /** Deletes a document record, broken ones too. */
  deleteDoc(id: string): Promise<void>;
  saveSettings(change: SettingsChange): Promise<void>;
  /** Calls `listener` when another tab changed the kept workspace; returns the way to stop. */
  watch(listener: () => void): () => void;
}

const DOC = 'doc:';
const INCLUDE = 'include:';
const EDIT = 'edit:';
const CENTRAL = 'central';
const FAMILIES = 'families';
/** The one settings record of versions before issue 16. */
const LEGACY = 'settings';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The settings keys whose values differ between `prev` and `next`. */
export function settingsChange(prev: WorkspaceSettings, next: WorkspaceSettings): SettingsChange {
  const diff = <V,>(a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>) => {
    const out: Record<string, V | null> = {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (!same(a[k], b[k])) out[k] = b[k] ?? null;
    return out;
  };
  return {
    ...(prev.central !== next.central ? { central: next.central } : {}),
    include: diff(prev.include, next.include),
    edits: diff(prev.edits, next.edits),
    ...(!same(prev.families ?? null, next.families ?? null) ? { families: next.families ?? null } : {}),
  };
}

/** The records a settings change writes and deletes. */
function records(change: SettingsChange): { put: [string, unknown][]; del: string[] } {
  const put: [string, unknown][] = [];
  const del: string[] = [];
  const one = (key: string, v: unknown) => { if (v === null) del.push(key); else put.push([key, v]); };
  if (change.central !== undefined) one(CENTRAL, change.central);
  for (const [k, v] of Object.entries(change.include ?? {})) one(`${INCLUDE}${k}`, v);
  for (const [k, v] of Object.entries(change.edits ?? {})) one(`${EDIT}${k}`, v);
  if (change.families !== undefined) one(FAMILIES, change.families);
  return { put, del };
}

/** The workspace from the records, in the order the user imported the documents. */
function fromRecords(entries: ReadonlyArray<readonly [IDBValidKey, unknown]>): LoadedWorkspace {
  const docs: WorkspaceDoc[] = [];
  const broken: BrokenRecord[] = [];
  const include: Record<string, boolean> = {};
  const edits: Record<string, MetaPatch> = {};
  let central: string | null = null;
  let families: FamiliesSettings | undefined;
  for (const [key, value] of entries) {
    if (typeof key !== 'string') continue;
    if (key.startsWith(DOC)) {
      const c = checkWorkspaceDoc(value);
      const id = key.slice(DOC.length);
      if (c.ok) docs.push({ ...c.doc, id });
      else broken.push({ id, name: c.skipped.name, problem: c.skipped.problem, ...(c.skipped.chars === undefined ? {} : { chars: c.skipped.chars }) });
    } else if (key.startsWith(INCLUDE) && typeof value === 'boolean') include[key.slice(INCLUDE.length)] = value;
    else if (key.startsWith(EDIT)) { const p = toPatch(value); if (p) edits[key.slice(EDIT.length)] = p; }
    else if (key === CENTRAL) central = str(value, 1000);
    else if (key === FAMILIES) families = sanitizeFamilies(value);
  }
  docs.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  return { docs, central, include, edits, broken, ...(families ? { families } : {}) };
}

/** The per-key records of a legacy settings record, except those already written by this version. */
function migration(legacy: unknown, present: ReadonlySet<string>): [string, unknown][] {
  if (!isRecord(legacy)) return [];
  const { put } = records({
    central: str(legacy['central'], 1000),
    include: isRecord(legacy['include']) ? Object.fromEntries(Object.entries(legacy['include']).filter(([, v]) => typeof v === 'boolean')) as Record<string, boolean> : {},
    edits: isRecord(legacy['edits']) ? Object.fromEntries(Object.entries(legacy['edits']).flatMap(([k, v]) => { const p = toPatch(v); return p ? [[k, p]] : []; })) : {},
    families: sanitizeFamilies(legacy['families']) ?? null,
  });
  return put.filter(([k]) => !present.has(k));
}

/**
 * The storage over a key-value store. Operations run one after another (a tab's read never
 * overtakes its own write); with `channel`, every write is announced to the other tabs.
 */
export function keyValueStorage(kv: KeyValue, channel: string | null = null): WorkspaceStorage {
  let chain: Promise<unknown> = Promise.resolve();
  const queue = <T,>(op: () => Promise<T>): Promise<T> => {
    const p = chain.then(op);
    chain = p.catch(() => undefined);
    return p;
  };
  const bc = channel !== null && typeof BroadcastChannel === 'function' ? new BroadcastChannel(channel) : null;
  const announce = () => { try { bc?.postMessage({ kind: 'workspace-changed' }); } catch { /* a closed channel: nobody to tell */ } };
  const write = (op: () => Promise<void>) => queue(async () => { await op(); announce(); });
  return {
    load: () => queue(async () => {
      let entries = await kv.entries();
      const legacy = entries.find(([k]) => k === LEGACY);
      if (legacy) {
        const put = migration(legacy[1], new Set(entries.map(([k]) => String(k))));
        if (put.length) await kv.setMany(put);
        await kv.delMany([LEGACY]);
        entries = [...entries.filter(([k]) => k !== LEGACY), ...put];
      }
      return fromRecords(entries);
    }),
    putDoc: (doc) => write(() => kv.setMany([[`${DOC}${doc.id}`, doc]])),
    deleteDoc: (id) => write(() => kv.delMany([`${DOC}${id}`])),
    saveSettings: (change) => {
      const { put, del } = records(change);
      if (!put.length && !del.length) return Promise.resolve();
      return write(async () => {
        if (put.length) await kv.setMany(put);
        if (del.length) await kv.delMany(del);
      });
    },
    watch: (listener) => {
      if (!bc) return () => undefined;
      const on = () => listener();
      bc.addEventListener('message', on);
      return () => bc.removeEventListener('message', on);
    },
  };
}

/** A key-value store in a Map (tests; the memory fallback). */
export function mapKeyValue(map: Map<string, unknown> = new Map()): KeyValue {
  return {
    entries: () => Promise.resolve([...map.entries()]),
    setMany: (entries) => { for (const [k, v] of entries) map.set(k, v); return Promise.resolve(); },
    delMany: (keys) => { for (const k of keys) map.delete(k); return Promise.resolve(); },
  };
}

/** A storage in memory (tests; the fallback when IndexedDB does not work), holding `initial`. */
export function memoryStorage(initial: Workspace = EMPTY_WORKSPACE): WorkspaceStorage {
  const map = new Map<string, unknown>(initial.docs.map((d) => [`${DOC}${d.id}`, d]));
  for (const [k, v] of records({ central: initial.central, include: initial.include, edits: initial.edits, families: initial.families ?? null }).put) map.set(k, v);
  return keyValueStorage(mapKeyValue(map));
}

/** IndexedDB database "doichieu", object store "workspace"; tabs told on channel "doichieu-workspace". idb-keyval loads on first use. */
export function indexedDbStorage(): WorkspaceStorage {
  const lib = import('idb-keyval').then((m) => ({ m, store: m.createStore('doichieu', 'workspace') }));
  return keyValueStorage({
    entries: async () => { const { m, store } = await lib; return m.entries<IDBValidKey, unknown>(store); },
    setMany: async (entries) => { const { m, store } = await lib; await m.setMany(entries, store); },
    delMany: async (keys) => { const { m, store } = await lib; await m.delMany(keys, store); },
  }, 'doichieu-workspace');
}
