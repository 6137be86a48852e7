/** The files a run analyses: the command line's paths, folders expanded, nothing read yet. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isDocumentName } from '../io/read-file-node.ts';

export interface Inputs {
  /** One path per task, in the order the report lists documents. */
  readonly paths: readonly string[];
  /** `true` for a folder of documents or several paths: a bad file is reported and skipped, not fatal. */
  readonly batch: boolean;
}

/**
 * Expands folders into their documents, in the order `readPath` reads them (documents only, not
 * recursive, sorted by name with numbers in numeric order), so a batch lists documents exactly as
 * a single read of the folder did. A path that cannot be listed (missing, unreadable, a folder
 * without documents) is passed through unchanged: reading it later raises the same `InputError`
 * (NOT_FOUND, UNREADABLE) as before, so all error messages come from one place.
 */
export async function expandInputs(args: readonly string[]): Promise<Inputs> {
  const paths: string[] = [];
  let folder = false;
  for (const p of args) {
    const names = await listFolder(p);
    const docs = (names ?? []).filter(isDocumentName).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (docs.length === 0) { paths.push(p); continue; }
    folder = true;
    paths.push(...docs.map((n) => join(p, n)));
  }
  return { paths, batch: folder || paths.length > 1 };
}

/** The entries of a folder; `null` when `p` is not a folder we can list. */
async function listFolder(p: string): Promise<string[] | null> {
  try {
    if (!(await stat(p)).isDirectory()) return null;
    return await readdir(p);
  } catch {
    return null;
  }
}
