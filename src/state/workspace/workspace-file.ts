/**
 * A workspace as one JSON file (`doichieu.workspace/1`), and the checks applied to any workspace
 * data that comes from outside the running app (a file the user opens, what IndexedDB gave back):
 * untrusted input is validated field by field, never trusted as typed.
 */
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
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 10_000): string | null => (typeof v === 'string' && v.length <= max ? v : null);

/** A stored document, or `null` when the value is not one. */
export function toWorkspaceDoc(v: unknown): WorkspaceDoc | null {
  if (!isRecord(v)) return null;
  const id = str(v['id'], 200);
  const name = str(v['name'], 500);
  const text = str(v['text'], 50 * 1024 * 1024);
  if (!id || !name || !text || !text.trim()) return null;
  const format = typeof v['format'] === 'string' && FORMATS.has(v['format']) ? (v['format'] as WorkspaceDoc['format']) : 'text';
  return {
    id, name, text: text.normalize('NFC'),
    encoding: str(v['encoding'], 100) ?? 'utf-8',
    converted: str(v['converted'], 200),
    format,
    size: typeof v['size'] === 'number' && Number.isFinite(v['size']) && v['size'] >= 0 ? v['size'] : text.length,
    addedAt: str(v['addedAt'], 100) ?? new Date(0).toISOString(),
  };
}

function toPatch(v: unknown): MetaPatch | null {
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

/** Settings and documents from untrusted data; anything malformed is dropped, never trusted. */
export function sanitizeWorkspace(v: Record<string, unknown>): Workspace {
  const docs: WorkspaceDoc[] = [];
  const ids = new Set<string>();
  for (const d of Array.isArray(v['docs']) ? v['docs'] : []) {
    const doc = toWorkspaceDoc(d);
    if (doc && !ids.has(doc.id)) { ids.add(doc.id); docs.push(doc); }
  }
  const include: Record<string, boolean> = {};
  if (isRecord(v['include'])) for (const [k, x] of Object.entries(v['include'])) if (typeof x === 'boolean') include[k] = x;
  const edits: Record<string, MetaPatch> = {};
  if (isRecord(v['edits'])) for (const [k, x] of Object.entries(v['edits'])) { const p = toPatch(x); if (p) edits[k] = p; }
  const families = sanitizeFamilies(v['families']);
  return { docs, central: str(v['central'], 1000), include, edits, ...(families ? { families } : {}) };
}

/** The JSON text of a workspace file. */
export function workspaceToJson(ws: Workspace, now = new Date()): string {
  const file: WorkspaceFile = { schema: WORKSPACE_SCHEMA, savedAt: now.toISOString(), central: ws.central, include: ws.include, edits: ws.edits, ...(ws.families ? { families: ws.families } : {}), docs: ws.docs };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a workspace file; throws `WorkspaceFileError` when it is not JSON or not a workspace. */
export function workspaceFromJson(text: string): Workspace {
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\ufeff/u, ''));
  } catch {
    throw new WorkspaceFileError('NOT_JSON', 'not a JSON file');
  }
  if (!isRecord(v) || v['schema'] !== WORKSPACE_SCHEMA) throw new WorkspaceFileError('NOT_WORKSPACE', `not a ${WORKSPACE_SCHEMA} file`);
  return sanitizeWorkspace(v);
}

/** A file name with today's date: doichieu-workspace-2024-05-01.json. */
export function workspaceFileName(now = new Date()): string {
  return `doichieu-workspace-${now.toISOString().slice(0, 10)}.json`;
}
