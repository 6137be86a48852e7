/**
 * `tsx scripts/bench/instructions.ts [MODE…]`: the analysis against the tokenizing floor in
 * instructions, a figure that does not move with the machine's load (CPU time moved by a third
 * between idle runs of the same code). Each MODE (floor, parse, full; all three by default) runs
 * under `valgrind --tool=cachegrind` over node with deterministic flags (one thread, fixed hash and
 * random seeds) on the first 50 and the first 1,050 generated files; the difference over 1,000 is
 * the cost of a document, start-up and the central text's own preparation cancelled. A window of
 * 300 documents (350 − 50, the first version) moved by up to 1 M instructions a document between
 * two builds of the same code, as collections fell differently in the 50-document run; 1,000 is
 * also the benchmark's N, where the memos have reached their steady state as in a long batch.
 * Slow (a few minutes a mode, two runs at a time); not part of the tests.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { writeCorpus } from './write-corpus.ts';

const run = promisify(execFile);
const LOW = 50, HIGH = 1050;
const modes = process.argv.slice(2).length ? process.argv.slice(2) : ['floor', 'parse', 'full'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'doichieu-instr-'));
const folder = path.join(work, 'files');
writeCorpus(HIGH, folder);
const bundle = path.join(work, 'entry.mjs');
await build({
  entryPoints: [path.join(import.meta.dirname, 'instructions-entry.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error',
  // the bundle sits in a temporary folder: the corpus is read from the checkout
  define: { 'import.meta.dirname': JSON.stringify(import.meta.dirname) },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

/** Instructions of one run (cachegrind's "I refs"). */
async function count(mode: string, n: number): Promise<number> {
  const out = path.join(work, `cg.${mode}.${n}`);
  const { stderr } = await run('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`,
    process.execPath, '--single-threaded', '--predictable', '--hash-seed=1', '--random-seed=1', bundle, mode, String(n), folder], { maxBuffer: 1 << 26 });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
  if (!refs) throw new Error(`no count for ${mode} ${n}:\n${stderr.slice(-2000)}`);
  return Number(refs[1]!.replaceAll(',', ''));
}

const perDoc: Record<string, number> = {};
const jobs = modes.flatMap((m) => [LOW, HIGH].map((n) => ({ m, n })));
const counts = new Map<string, number>();
for (let at = 0; at < jobs.length; at += 2) {
  await Promise.all(jobs.slice(at, at + 2).map(async ({ m, n }) => counts.set(`${m} ${n}`, await count(m, n))));
}
for (const m of modes) {
  perDoc[m] = (counts.get(`${m} ${HIGH}`)! - counts.get(`${m} ${LOW}`)!) / (HIGH - LOW);
  console.log(`${m.padEnd(6)} ${(perDoc[m]! / 1e6).toFixed(2)} M instructions / document`);
}
if (perDoc.floor && perDoc.full) console.log(`full / floor ${(perDoc.full / perDoc.floor).toFixed(2)}×`);
fs.rmSync(work, { recursive: true, force: true });
