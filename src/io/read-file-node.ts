/**
 * Node side of the readers, for the CLI: paths → documents. A folder stands for its documents
 * (.txt .md .docx .pdf, not recursive), sorted by name with numbers in numeric order.
 */
import { open, readFile as readBytes, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../core/errors.ts';
import { loadPdfjsNode } from './pdfjs-node.ts';
import { MAX_TEXT_BYTES } from './decode-bytes.ts';
import { byteLimitOf, DOCUMENT_EXTENSIONS, readFile, tooLarge } from './read-file.ts';
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

/** The first `n` bytes of the file at `path`. */
async function head(path: string, n: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(n);
    const { bytesRead } = await file.read(buffer, 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Reads one file, refusing it as TOO_LARGE from its size and first bytes before reading it whole:
 * a 200 MB text is never read into memory.
 */
async function readOne(path: string): Promise<ReadResult> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > MAX_TEXT_BYTES) {
      const limit = byteLimitOf(name, await head(path, 1029));
      if (size > limit) throw tooLarge(name, size, limit);
    }
    bytes = new Uint8Array(await readBytes(path));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fsError(path, e);
  }
  return readFile(name, bytes, deps);
}
