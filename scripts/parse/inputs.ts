/**
 * Inputs for the parser's speed and identity checks: the 1,000 generated bench documents as the
 * bench reads them, and every document file of the seeds, the real texts, the built-in corpus and
 * the fixtures, read by the CLI's reader (one file at a time: a folder read is not recursive).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import path from 'node:path';
import type { SourceFile } from '../../src/core/corpus.ts';
import { decodeBytes } from '../../src/io/decode-bytes.ts';
import { readPath, isDocumentName } from '../../src/io/read-file-node.ts';
import { benchInputs } from '../bench/setup.ts';
import { generatedDocument } from '../../test/support/generated-documents.ts';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The `n` generated bench files, decoded as `stagesPass` decodes them before `parseSources`; cached
 * in the system's temp folder (generating them costs more than parsing them, and profiles should show the parser).
 */
export function benchSources(n = 1000): SourceFile[] {
  const cache = path.join(tmpdir(), `parsefast-bench-${n}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as SourceFile[];
  const files = benchInputs(n).files.map((f) => ({ name: f.name, text: decodeBytes(f.bytes, f.name).text }));
  writeFileSync(cache, JSON.stringify(files));
  return files;
}

/** Every document file under `dir`, recursively, sorted by path. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (isDocumentName(name)) out.push(p);
  }
  return out;
}

/** The folders of real and seed texts the identity check reads. */
export const TEXT_DIRS = ['../shared/seeds', '../shared/real', 'corpus', 'test/fixtures', 'scripts/fixtures'].map((d) => path.resolve(root, d));

/** Each document file of `TEXT_DIRS` as the CLI reads it; a file the reader refuses is skipped and named. */
export async function fileSources(): Promise<{ files: SourceFile[]; refused: string[] }> {
  const files: SourceFile[] = [];
  const refused: string[] = [];
  for (const p of TEXT_DIRS.flatMap(walk)) {
    try {
      for (const r of await readPath(p)) files.push({ name: path.relative(root, p), text: r.text });
    } catch {
      // Refused (empty, not text, a scan): its bytes as UTF-8 still make a parser input.
      refused.push(path.relative(root, p));
      files.push({ name: path.relative(root, p), text: readFileSync(p, 'utf8') });
    }
  }
  return { files, refused };
}

/** `n` of issue 4's fuzzed documents (random Unicode, structure and damage) under a fixed seed. */
export function fuzzSources(n = 3000, seed = 20261207): SourceFile[] {
  return fc.sample(generatedDocument, { numRuns: n, seed }).map((text, i) => ({ name: `fuzz-${i}.txt`, text }));
}
