/** The analysis input of a workspace: the built-in corpus, then the user's documents, with the settings. */
import type { CorpusInput } from '../slices/corpus-slice.ts';
import type { Workspace } from './workspace-types.ts';

/** Whether the workspace changes nothing: no documents, no settings. */
export function isEmptyWorkspace(ws: Workspace): boolean {
  return ws.docs.length === 0 && ws.central === null && Object.keys(ws.include).length === 0 && Object.keys(ws.edits).length === 0 && !ws.families;
}

/** Built-in files followed by the imported ones; the settings ride along (none for an empty workspace). */
export function composeInput(builtin: CorpusInput, ws: Workspace): CorpusInput {
  if (isEmptyWorkspace(ws)) return builtin;
  return {
    files: [...builtin.files, ...ws.docs.map((d) => ({ name: d.name, text: d.text }))],
    manifest: builtin.manifest,
    workspace: { central: ws.central, include: ws.include, edits: ws.edits, ...(ws.families ? { families: ws.families } : {}) },
  };
}

/** `name`, or "name (2).ext", "name (3).ext"… so that it differs from every name in `taken`. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  const clean = name.replace(/[\\/]+/gu, '_').trim() || 'van-ban.txt';
  if (!taken.has(clean)) return clean;
  const dot = clean.lastIndexOf('.');
  const base = dot > 0 ? clean.slice(0, dot) : clean;
  const ext = dot > 0 ? clean.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
