/**
 * Node side of the readers, for the CLI: paths → documents. A folder stands for its documents
 * (.txt .md .docx .pdf, not recursive), sorted by name with numbers in numeric order.
 */
import { readFile as readBytes, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../core/errors.ts';
import { loadPdfjsNode } from './pdfjs-node.ts';
import { DOCUMENT_EXTENSIONS, readFile } from './read-file.ts';
import type { ReadDeps, ReadResult } from './read-file.ts';

let pdfjs: ReturnType<typeof loadPdfjsNode> | null = null;
const deps: ReadDeps = { loadPdf: () => (pdfjs ??= loadPdfjsNode()) };

function fsError(path: string, e: unknown): InputError {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('NOT_FOUND', path, `${path}: no such file or folder`);
  const reason = e instanceof Error ? e.message : String(e);
  return new InputError('UNREADABLE', path, `${path} cannot be read: ${reason}`, typeof code === 'string' ? code : null);
}

/** `true` for a document name we read from folders; skips hidden files and Word's "~$" lock files. */
export function isDocumentName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && !name.startsWith('~$') && DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Reads a file, or every document of a folder, into `ReadResult`s named by file name (not path).
 * Throws `InputError`: NOT_FOUND (missing path, or a folder without documents), UNREADABLE
 * (permissions, I/O), or any error of `readFile`.
 */
export async function readPath(path: string): Promise<ReadResult[]> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw fsError(path, e);
  }
  if (!info.isDirectory()) return [await readOne(path)];
  let names: string[];
  try {
    names = await readdir(path);
  } catch (e) {
    throw fsError(path, e);
  }
  const docs = names.filter(isDocumentName).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (docs.length === 0) {
    throw new InputError('NOT_FOUND', path, `${path}: folder has no documents (${DOCUMENT_EXTENSIONS.join(' ')})`);
  }
  const results: ReadResult[] = [];
  for (const name of docs) results.push(await readOne(join(path, name)));
  return results;
}

async function readOne(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readBytes(path));
  } catch (e) {
    throw fsError(path, e);
  }
  return readFile(basename(path), bytes, deps);
}
