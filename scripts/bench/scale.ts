/**
 * `npm run bench -- --scale` (issue 14; not in tests): the command line over folders of 1,000,
 * 10,000 and 100,000 generated files (`--sizes=1000,5000` to choose), each format in turn with
 * `--jobs` = the cores, in a fresh process measured by `/usr/bin/time` (wall time, peak resident
 * memory); then where the analysis of a document goes, stage by stage, against the tokenizing floor.
 * `--formats=ndjson,csv` runs only those formats.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentStats, statsContext } from '../../src/core/insight-stats.ts';
import { segmentClauses } from '../../src/core/segment-clauses.ts';
import { fullPass, timed } from './passes.ts';
import { medianShares } from './stage-shares.ts';
import { benchInputs } from './setup.ts';
import { writeCorpus } from './write-corpus.ts';
import { buildCli } from '../build-cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FORMATS = ['ndjson', 'csv', 'json', 'parquet'] as const;

/** One run of the compiled command `cli` over `folder`: wall seconds and peak RSS in MB, from GNU time. */
function measure(cli: string, folder: string, format: string, out: string): { seconds: number; rssMb: number; exit: number } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, cli,
    '--quiet', '--format', format, '--out', out, folder], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const last = run.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds: seconds ?? NaN, rssMb: (kb ?? NaN) / 1024, exit: run.status ?? -1 };
}

export async function scaleBench(argv: readonly string[]): Promise<void> {
  const sizes = (argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1000,10000,100000').split(',').map(Number);
  const formats = argv.find((a) => a.startsWith('--formats='))?.slice(10).split(',') ?? FORMATS;
  // The command compiled once (npm run build:cli), as a researcher's many runs would use it: through
  // tsx each process and worker thread would first compile the sources (~2 s of CPU each).
  const cli = await buildCli();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'doichieu-scale-'));
  console.log(`Scale — ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; --jobs ${os.availableParallelism()}`);
  try {
    for (const n of sizes) {
      const folder = path.join(work, String(n));
      writeCorpus(n, folder);
      for (const f of formats) {
        const m = measure(cli, folder, f, path.join(work, `out-${n}.${f}`));
        console.log(`  N = ${String(n).padStart(7)}  ${f.padEnd(8)} ${m.seconds.toFixed(1).padStart(7)} s  ${(1000 * m.seconds / n).toFixed(2).padStart(6)} ms/doc  peak ${m.rssMb.toFixed(0).padStart(5)} MB${m.exit ? `  exit ${m.exit}` : ''}`);
        fs.rmSync(path.join(work, `out-${n}.${f}`), { recursive: true, force: true });
      }
      fs.rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  stageShares();
}

/**
 * Where a document's analysis goes (1,000 generated documents, one thread), stage by stage, against
 * the tokenizing floor: the analysis (read + parse + the stages of `analyzeDocument`) as a multiple
 * of the floor, then the insight statistics a json run adds per document.
 */
export function stageShares(n = 1000): void {
  const { central, parents, files } = benchInputs(n);
  const { floor, stages } = medianShares(central, files);
  const analysis = fullPass(central, files);
  const ctx = statsContext(central, segmentClauses(central), parents);
  const stats = timed(3, () => analysis.documents.forEach((d) => documentStats(ctx, d))).ms / files.length;
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  const row = (k: string, v: number, of: number) => console.log(`  ${k.padEnd(40)} ${v.toFixed(2).padStart(6)} ms  ${(100 * v / of).toFixed(0).padStart(3)} %  ${(v / floor).toFixed(1).padStart(4)}× floor`);
  console.log(`\nWhere a document's analysis goes (N = ${n.toLocaleString('en')}, one thread, CPU time, floor and analysis interleaved by 25 files, medians of 3):`);
  console.log(`  tokenizing floor (read + normalize + tokenize)  ${floor.toFixed(2)} ms/doc`);
  console.log(`  analysis (read + parse + align + classify + diff + effects + metrics)  ${total.toFixed(2)} ms/doc = ${(total / floor).toFixed(1)}× the floor`);
  for (const [k, v] of Object.entries(stages)) row(k, v, total);
  console.log(`  with the insight statistics of a json run (+${stats.toFixed(2)} ms, ${(stats / floor).toFixed(1)}× floor): ${(total + stats).toFixed(2)} ms/doc = ${((total + stats) / floor).toFixed(1)}× the floor`);
}

if (process.argv[1] === import.meta.filename) await scaleBench(process.argv.slice(2));
