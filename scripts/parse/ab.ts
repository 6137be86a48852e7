/**
 * `npx tsx scripts/parse/ab.ts [ROUNDS] [OLD_ROOT]`: CPU time (user+system, `process.cpuUsage`) of
 * `parseSources` on the 1,000 bench documents, old tree and this tree alternated A/B, B/A in one
 * process, so that a shared machine's load falls on both alike. Prints each round and the ratio of
 * the medians. `--new-only` times this tree alone (for `node --cpu-prof`).
 */
import path from 'node:path';
import { parseSources } from '../../src/core/corpus.ts';
import { benchSources } from './inputs.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rounds = Number(args[0] ?? 5);
const newOnly = process.argv.includes('--new-only');
const files = benchSources(1000);

function cpu(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (newOnly) {
  for (let r = 0; r < rounds; r++) console.log(`new ${(cpu(() => parseSources(files)) / files.length).toFixed(3)} ms/doc`);
} else {
  const oldRoot = path.resolve(args[1] ?? '/tmp/parsefast-base');
  const old = (await import(path.join(oldRoot, 'src/core/corpus.ts'))) as { parseSources: typeof parseSources };
  cpu(() => old.parseSources(files)); // warm-up, both
  cpu(() => parseSources(files));
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // A B, then B A: whichever runs second may pay for the garbage of the first.
    if (r % 2 === 0) { a.push(cpu(() => old.parseSources(files))); b.push(cpu(() => parseSources(files))); }
    else { b.push(cpu(() => parseSources(files))); a.push(cpu(() => old.parseSources(files))); }
    console.log(`round ${r + 1}: old ${(a.at(-1)! / files.length).toFixed(3)}  new ${(b.at(-1)! / files.length).toFixed(3)} ms/doc CPU`);
  }
  console.log(`median old ${(median(a) / files.length).toFixed(3)} new ${(median(b) / files.length).toFixed(3)} ms/doc CPU; old/new ${(median(a) / median(b)).toFixed(2)}x`);
  // The least time is the least disturbed by other processes sharing the cores.
  console.log(`least  old ${(Math.min(...a) / files.length).toFixed(3)} new ${(Math.min(...b) / files.length).toFixed(3)} ms/doc CPU; old/new ${(Math.min(...a) / Math.min(...b)).toFixed(2)}x`);
}
