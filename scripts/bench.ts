/**
 * `npm run bench`: the analysis at scale, as figures (nothing here is asserted; goals are printed
 * beside the measurements). For N = 100 and N = 1,000 documents generated from the seeds
 * (src/bench), measured side by side in one process: the tokenizing floor, the full analysis, the
 * naive aligner, accuracy against the generator's truth, and growth from 100 to 1,000; peak memory
 * in a fresh process. `--quick` skips the naive aligner at N = 1,000 (about two minutes).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { computeInsights } from '../src/core/insights.ts';
import { scoreTruth } from '../src/bench/score-truth.ts';
import { floorPass, fullPass, naivePass, timed } from './bench/passes.ts';
import { benchInputs } from './bench/setup.ts';
import { bigPair } from './bench/big-pair.ts';
import { scaleBench, stageShares } from './bench/scale.ts';

const quick = process.argv.includes('--quick');
// `npm run bench -- --scale` (issue 14): the command line over 1k/10k/100k generated files instead.
// `npm run bench -- --shares`: only the stage shares against the floor (a minute; see bench/stage-shares.ts).
if (process.argv.includes('--shares')) {
  stageShares(1000);
  process.exit(0);
}
if (process.argv.includes('--scale')) {
  await scaleBench(process.argv.slice(2));
  process.exit(0);
}
const sizes = [100, 1000];
const all = benchInputs(Math.max(...sizes));
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

console.log(`Đối chiếu benchmark — ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`);
console.log(`Corpus: N documents generated from the seeds (seed 1), read from UTF-8 bytes; times are medians, single thread.\n`);

const rows: Record<number, { floor: number; full: number; naive: number | null }> = {};
for (const n of sizes) {
  const files = all.files.slice(0, n), truths = all.truths.slice(0, n);
  const runs = n <= 100 ? 5 : 2;
  const floor = timed(runs, () => floorPass(files));
  const full = timed(runs, () => fullPass(all.central, files));
  // One cold run: the naive pass takes minutes at N = 1,000, and its cost is in the diffs, not in warming up.
  const naive = n <= 100 || !quick ? timed(1, () => naivePass(all.central, files), false) : null;
  const insights = timed(1, () => computeInsights(full.result, all.parents));
  rows[n] = { floor: floor.ms, full: full.ms, naive: naive?.ms ?? null };
  const score = scoreTruth(full.result.documents, truths);
  const naiveScore = naive ? scoreTruth(naive.result, truths) : null;
  console.log(`N = ${n} (${score.clauses} clauses, ${floor.result} tokens)`);
  console.log(`  tokenize-only floor (read + normalize + tokenize)   ${ms(floor.ms).padStart(9)}   ${(floor.ms / n).toFixed(2)} ms/doc`);
  console.log(`  full analysis (read + parse + align + classify + diff) ${ms(full.ms).padStart(6)}   ${(full.ms / n).toFixed(2)} ms/doc   ${(full.ms / floor.ms).toFixed(1)}× floor (goal ≤ 3×: ${verdict(full.ms <= 3 * floor.ms)})`);
  if (naive) console.log(`  naive aligner (all pairs, full word diff)           ${ms(naive.ms).padStart(9)}   product ${(naive.ms / full.ms).toFixed(0)}× faster (goal ≥ 20×: ${verdict(naive.ms >= 20 * full.ms)})`);
  else console.log('  naive aligner                                        skipped (--quick)');
  console.log(`  corpus-wide insights (provenance, rules, citations) ${ms(insights.ms).padStart(9)}   (after the analysis, not in the figures above)`);
  console.log(`  accuracy vs truth: labels ${pct(score.label)}, alignment ${pct(score.align)}, omissions recall ${pct(score.omissionRecall)} / precision ${pct(score.omissionPrecision)}, unmatched clauses ${score.spurious} (goal ≥ 97 %: ${verdict(score.label >= 0.97 && score.align >= 0.97)})`);
  if (naiveScore) console.log(`  naive aligner accuracy: labels ${pct(naiveScore.label)}, alignment ${pct(naiveScore.align)}`);
  console.log('');
}

const [a, b] = sizes.map((n) => rows[n]!);
console.log(`Growth from N = 100 to N = 1,000 (ideal 10×): full analysis ${(b!.full / a!.full).toFixed(1)}×, floor ${(b!.floor / a!.floor).toFixed(1)}×${b!.naive && a!.naive ? `, naive ${(b!.naive / a!.naive).toFixed(1)}×` : ''}`);
// Stage by stage against the floor (issue 14): what the multiple above is made of.
stageShares(1000);
console.log('');
const mem = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'bench/memory.ts'), '1000'], { encoding: 'utf8' })) as { maxRssMb: number; heapWithAnalysisMb: number };
console.log(`Peak memory, N = 1,000, fresh process: ${mem.maxRssMb.toFixed(0)} MB resident (goal ≤ 400 MB: ${verdict(mem.maxRssMb <= 400)}); heap holding the analysis ${mem.heapWithAnalysisMb.toFixed(0)} MB`);
const big = bigPair();
console.log(`Largest real pair, NQLT 102/2025 (${big.chars[0]} characters, ${big.clauses[0]} clauses) × the Quảng Ninh guide (${big.chars[1]} characters, ${big.clauses[1]} clauses): parse ${ms(big.parseMs)}, analysis ${ms(big.analyzeMs)} (goal: a few seconds: ${verdict(big.parseMs + big.analyzeMs < 5000)})`);
