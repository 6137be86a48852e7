/**
 * `tsx scripts/bench/write-corpus.ts N FOLDER [SEED]`: writes N generated local documents (the
 * benchmark's generator, src/bench) as UTF-8 files into FOLDER, one document per file, for runs of
 * `analyze` over folders at scale. Document i is the same whatever N is.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusManifest } from '../../src/core/corpus.ts';
import { benchBase } from '../../src/bench/benchmark-input.ts';
import { generateDocuments } from '../../src/bench/generate-corpus.ts';

const corpus = path.resolve(import.meta.dirname, '../../corpus');

/** Writes the files; returns their paths in the order a folder read lists them. */
export function writeCorpus(n: number, folder: string, seed = 1): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'corpus.json'), 'utf8')) as CorpusManifest;
  const base = benchBase(manifest.files.map((f) => ({ name: f, text: fs.readFileSync(path.join(corpus, f), 'utf8') })), manifest);
  fs.mkdirSync(folder, { recursive: true });
  const width = String(n).length;
  const out: string[] = [];
  let i = 0;
  for (const g of generateDocuments(base, n, seed)) {
    const file = path.join(folder, `${String(i++).padStart(width, '0')}-${g.name.replace(/[^\p{L}\p{N}._-]+/gu, '_')}`);
    fs.writeFileSync(file, g.text);
    out.push(file);
  }
  return out;
}

if (process.argv[1] === import.meta.filename) {
  const [n, folder, seed] = process.argv.slice(2);
  if (!n || !folder) throw new Error('usage: tsx scripts/bench/write-corpus.ts N FOLDER [SEED]');
  writeCorpus(Number(n), folder, seed ? Number(seed) : 1);
}
