/** The benchmark's inputs: the built-in corpus and N documents generated from it, as UTF-8 files. */
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusManifest } from '../../src/core/corpus.ts';
import { benchBase } from '../../src/bench/benchmark-input.ts';
import { generateCorpus } from '../../src/bench/generate-corpus.ts';
import type { BenchFile } from './passes.ts';

const dir = path.resolve(import.meta.dirname, '../../corpus');

/** The central text, its parents (KL 21, for provenance) and `n` generated files (seed 1), with their truth. */
export function benchInputs(n: number) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8')) as CorpusManifest;
  const base = benchBase(manifest.files.map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') })), manifest);
  const generated = generateCorpus(base, n, 1);
  const encoder = new TextEncoder();
  const files: BenchFile[] = generated.map((g) => ({ name: g.name, bytes: encoder.encode(g.text) }));
  return { central: base.central, parents: base.parents, files, truths: generated.map((g) => g.truth) };
}
