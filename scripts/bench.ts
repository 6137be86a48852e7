/**
 * `npm run bench`: speed and memory of the analysis on the built-in corpus and on a synthetic
 * batch (the corpus's local documents repeated), printed as figures — targets live here, not in
 * timed tests. Target: the built-in corpus in under 1 s, 50 documents in under 10 s, on 2 cores.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze.ts';
import { arrange, findDocument, parseSources, type CorpusManifest } from '../src/core/corpus.ts';

const dir = path.resolve(import.meta.dirname, '../corpus');
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8')) as CorpusManifest;
const files = manifest.files.map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));

function time<T>(label: string, runs: number, fn: () => T): T {
  let out: T = fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) out = fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
  return out;
}

const docs = time('parse built-in corpus (5 files, 6 documents)', 20, () => parseSources(files));
const central = findDocument(docs, manifest.central);
const { locals } = arrange(docs, central, manifest.parents);
time(`analyze built-in corpus (${locals.length} documents)`, 10, () => analyze({ central, documents: locals }));
const batch = Array.from({ length: 50 }, (_v, i) => locals[i % locals.length]!);
const before = process.memoryUsage().heapUsed;
time('analyze a batch of 50 documents', 2, () => analyze({ central, documents: batch }));
console.log(`${'heap growth during the batch'.padEnd(44)} ${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(1).padStart(8)} MB`);
