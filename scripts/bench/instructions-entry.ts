/**
 * What `scripts/bench/instructions.ts` counts, bundled and run under valgrind:
 * `node instructions-entry.mjs MODE N FOLDER` reads the first N files of FOLDER (written by
 * write-corpus.ts) and passes them, one file at a time as the command line's workers do, through
 * MODE: `floor` (read + normalize + tokenize), `parse` (read + parse) or `full` (read + parse +
 * the analysis of each document against the benchmark's central text), or `batch` (the bench's
 * `fullPass`: all files parsed, then `analyze()` over them; within 2 % of `full`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../../src/core/analyze.ts';
import { parseSources } from '../../src/core/corpus.ts';
import { segmentClauses } from '../../src/core/segment-clauses.ts';
import { decodeBytes } from '../../src/io/decode-bytes.ts';
import { floorPass, fullPass, type BenchFile } from './passes.ts';
import { benchInputs } from './setup.ts';

const [mode, n, folder] = process.argv.slice(2);
if (!mode || !n || !folder) throw new Error('usage: node instructions-entry.mjs floor|parse|full N FOLDER');
const names = fs.readdirSync(folder).sort().slice(0, Number(n));
const files: BenchFile[] = names.map((name) => ({ name, bytes: fs.readFileSync(path.join(folder, name)) }));
const { central } = benchInputs(0);
const centralClauses = segmentClauses(central);
let sink = 0;
if (mode === 'floor') sink = floorPass(files);
else if (mode === 'batch') sink = fullPass(central, files).documents.length;
else {
  for (const f of files) {
    const docs = parseSources([{ name: f.name, text: decodeBytes(f.bytes, f.name).text }]);
    sink += docs.length;
    if (mode === 'full') for (const d of docs) sink += analyzeDocument(central, centralClauses, d).clauses.length;
  }
}
console.log(`${mode} ${names.length} ${sink}`);
