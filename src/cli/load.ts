/** Loading documents for the CLI: the built-in corpus, files and folders. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSources, type CorpusManifest, type SourceFile } from '../core/corpus.ts';
import { InputError } from '../core/errors.ts';
import { parseDocuments } from '../core/parse-document.ts';
import type { ParsedDocument } from '../core/types.ts';
import { readPath } from '../io/read-file-node.ts';
import type { ReadWarning } from '../io/read-file.ts';
import { assertVietnamese } from '../io/check-language.ts';

/** A warning about a file that was read anyway, with the file's name. */
export type SourceWarning = ReadWarning & { readonly source: string };

/** The line `analyze` prints on stderr for a warning (without the "doichieu: " prefix). */
export function describeWarning(w: SourceWarning): string {
  const n = w.values.bytes;
  return `${w.source}: ${n} ${n === 1 ? 'byte is' : 'bytes are'} not valid UTF-8; read as UTF-8 with U+FFFD (�) in ${n === 1 ? 'its' : 'their'} place`;
}

/** The repository's `corpus/` folder. */
export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');

/** The built-in corpus manifest and its documents. */
export function loadBuiltin(): { manifest: CorpusManifest; docs: ParsedDocument[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'corpus.json'), 'utf8')) as CorpusManifest;
  const files: SourceFile[] = manifest.files.map((f) => ({ name: f, text: fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8') }));
  return { manifest, docs: parseSources(files) };
}

/**
 * Reads and parses the given files or folders. A file whose text yields no body clause is refused
 * with NO_STRUCTURE rather than analysed as an empty document. `warn` hears about files read anyway.
 */
export async function loadFiles(paths: readonly string[], warn: (w: SourceWarning) => void = () => {}): Promise<ParsedDocument[]> {
  const files: SourceFile[] = [];
  for (const p of paths) {
    for (const r of await readPath(p)) {
      assertVietnamese(r.name, r.text);
      for (const w of r.warnings ?? []) warn({ ...w, source: r.name });
      files.push({ name: r.name, text: r.text });
    }
  }
  const docs = parseSources(files);
  for (const f of files) {
    if (!docs.some((d) => d.source === f.name && d.blocks.length > 0)) {
      throw noStructure(f.name);
    }
  }
  return docs;
}

/**
 * Reads and parses one file (or folder) on its own, the unit of work of a batch: the same checks
 * as `loadFiles` (Vietnamese, NO_STRUCTURE) and the warnings of the files read, but ids are left as parsed — unique only after the
 * caller numbers repeated ids across the whole run (`uniqueIds`), as `parseSources` does for one read.
 */
export async function readDocuments(path: string): Promise<{ docs: ParsedDocument[]; warnings: SourceWarning[] }> {
  const docs: ParsedDocument[] = [];
  const warnings: SourceWarning[] = [];
  for (const r of await readPath(path)) {
    assertVietnamese(r.name, r.text);
    warnings.push(...(r.warnings ?? []).map((w) => ({ ...w, source: r.name })));
    const parsed = parseDocuments(r.name, r.text);
    if (!parsed.some((d) => d.blocks.length > 0)) {
      throw noStructure(r.name);
    }
    docs.push(...parsed);
  }
  return { docs, warnings };
}

const noStructure = (name: string) => new InputError('NO_STRUCTURE', name, 'no recognisable document structure (no body paragraphs found)');
