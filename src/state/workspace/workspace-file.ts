/**
 * A workspace as one JSON file (`doichieu.workspace/1`), and the checks applied to any workspace
 * data that comes from outside the running app (a file the user opens, what IndexedDB gave back):
 * untrusted input is validated field by field, never trusted as typed.
 */
import { MAX_DOCUMENT_CHARS } from '../../io/limits.ts';
import { EDITABLE_FIELDS, type MetaPatch, type Workspace, type WorkspaceDoc } from './workspace-types.ts';
import { sanitizeFamilies } from '../families/families-types.ts';

export const WORKSPACE_SCHEMA = 'doichieu.workspace/1';

/** The file's content. */
export interface WorkspaceFile extends Workspace {
  readonly schema: typeof WORKSPACE_SCHEMA;
  readonly savedAt: string;
}

/** Why a workspace file was refused. */
export class WorkspaceFileError extends Error {
  readonly reason: 'NOT_JSON' | 'NOT_WORKSPACE';
  constructor(reason: 'NOT_JSON' | 'NOT_WORKSPACE', message: string) {
    super(message);
    this.name = 'WorkspaceFileError';
    this.reason = reason;
  }
}

const FORMATS = new Set(['text', 'docx', 'pdf', 'paste']);
/** An object that is not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `v` when it is a string of at most `max` characters. */
export const str = (v: unknown, max = 10_000): string | null => (typeof v === 'string' && v.length <= max ? v : null);

/**
 * Why a document of a workspace (a file the user opens, a record IndexedDB gave back) is not taken:
 * not a document at all, no text, more characters than any reader accepts (`MAX_DOCUMENT_CHARS`: a
 * workspace file skipped the 20 MB import limit, and a 12-million-character line broke the app),
 * an id twice in the file, or the same text as a document already present.
 */
export type DocProblem = 'MALFORMED' | 'EMPTY' | 'TOO_MANY_CHARACTERS' | 'DUPLICATE_ID' | 'ALREADY_PRESENT';

/** One document not taken: its name when it has one, its id, and why. */
export interface SkippedDoc {
  readonly name: string | null;
  readonly id: string | null;
  readonly problem: DocProblem;
  /** TOO_MANY_CHARACTERS: how many characters it holds. */
  readonly chars?: number;
}

/** A document checked: taken, or skipped with the reason. */
export type DocCheck = { readonly ok: true; readonly doc: WorkspaceDoc } | { readonly ok: false; readonly skipped: SkippedDoc };

/** Checks one document from untrusted data; never throws. */
export function checkWorkspaceDoc(v: unknown): DocCheck {
  const rec = isRecord(v) ? v : {};
  const name = str(rec['name'], 500);
  const id = str(rec['id'], 200);
  const skip = (problem: DocProblem, chars?: number): DocCheck => ({ ok: false, skipped: { name, id, problem, ...(chars === undefined ? {} : { chars }) } });
  const text = rec['text'];
  if (!isRecord(v) || !id || !name || typeof text !== 'string') return skip('MALFORMED');
  if (text.length > MAX_DOCUMENT_CHARS) return skip('TOO_MANY_CHARACTERS', text.length);
  if (!text.trim()) return skip('EMPTY');
  const format = typeof v['format'] === 'string' && FORMATS.has(v['format']) ? (v['format'] as WorkspaceDoc['format']) : 'text';
  return {
    ok: true,
    doc: {
      id, name, text: text.normalize('NFC'),
      encoding: str(v['encoding'], 100) ?? 'utf-8',
      converted: str(v['converted'], 200),
      format,
      size: typeof v['size'] === 'number' && Number.isFinite(v['size']) && v['size'] >= 0 ? v['size'] : text.length,
      addedAt: str(v['addedAt'], 100) ?? new Date(0).toISOString(),
    },
  };
}

/** A stored document, or `null` when the value is not one. */
export function toWorkspaceDoc(v: unknown): WorkspaceDoc | null {
  const c = checkWorkspaceDoc(v);
  return c.ok ? c.doc : null;
}

/** A metadata correction from untrusted data; `null` when nothing in it is one. */
export function toPatch(v: unknown): MetaPatch | null {
  if (!isRecord(v)) return null;
  const patch: Record<string, string | null> = {};
  for (const f of EDITABLE_FIELDS) {
    if (!(f in v)) continue;
    const x = v[f];
    if (x === null) patch[f] = null;
    else if (typeof x === 'string' && x.length <= 1000) patch[f] = x;
  }
  return Object.keys(patch).length ? patch : null;
}

/** A workspace from untrusted data, with the documents that were not taken and why. */
export interface CheckedWorkspace extends Workspace {
  readonly skipped: readonly SkippedDoc[];
}

/** Settings and documents from untrusted data; anything malformed is dropped, never trusted, and each dropped document said. */
export function checkWorkspace(v: Record<string, unknown>): CheckedWorkspace {
  const docs: WorkspaceDoc[] = [];
  const skipped: SkippedDoc[] = [];
  const ids = new Set<string>();
  for (const d of Array.isArray(v['docs']) ? v['docs'] : []) {
    const c = checkWorkspaceDoc(d);
    if (!c.ok) skipped.push(c.skipped);
    else if (ids.has(c.doc.id)) skipped.push({ name: c.doc.name, id: c.doc.id, problem: 'DUPLICATE_ID' });
    else { ids.add(c.doc.id); docs.push(c.doc); }
  }
  const include: Record<string, boolean> = {};
  if (isRecord(v['include'])) for (const [k, x] of Object.entries(v['include'])) if (typeof x === 'boolean') include[k] = x;
  const edits: Record<string, MetaPatch> = {};
  if (isRecord(v['edits'])) for (const [k, x] of Object.entries(v['edits'])) { const p = toPatch(x); if (p) edits[k] = p; }
  const families = sanitizeFamilies(v['families']);
  return { docs, central: str(v['central'], 1000), include, edits, skipped, ...(families ? { families } : {}) };
}

/** Settings and documents from untrusted data; anything malformed is dropped, never trusted. */
export function sanitizeWorkspace(v: Record<string, unknown>): Workspace {
  const { docs, central, include, edits, families } = checkWorkspace(v);
  return { docs, central, include, edits, ...(families ? { families } : {}) };
}

/** The JSON text of a workspace file. */
export function workspaceToJson(ws: Workspace, now = new Date()): string {
  const file: WorkspaceFile = { schema: WORKSPACE_SCHEMA, savedAt: now.toISOString(), central: ws.central, include: ws.include, edits: ws.edits, ...(ws.families ? { families: ws.families } : {}), docs: ws.docs };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a workspace file; throws `WorkspaceFileError` when it is not JSON or not a workspace. */
export function workspaceFromJson(text: string): Workspace {
  const { docs, central, include, edits } = checkedWorkspaceFromJson(text);
  return { docs, central, include, edits };
}

/** Reads a workspace file with the documents it skipped; throws `WorkspaceFileError` when it is not JSON or not a workspace. */
export function checkedWorkspaceFromJson(text: string): CheckedWorkspace {
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\ufeff/u, ''));
  } catch {
    throw new WorkspaceFileError('NOT_JSON', 'not a JSON file');
  }
  if (!isRecord(v) || v['schema'] !== WORKSPACE_SCHEMA) throw new WorkspaceFileError('NOT_WORKSPACE', `not a ${WORKSPACE_SCHEMA} file`);
  return checkWorkspace(v);
}

/** A file name with today's date: doichieu-workspace-2024-05-01.json. */
export function workspaceFileName(now = new Date()): string {
  return `doichieu-workspace-${now.toISOString().slice(0, 10)}.json`;
}
