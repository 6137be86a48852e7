/**
 * The analysis against the tokenizing floor, measured side by side: the generated files in chunks
 * of 25, each chunk through the floor and through the analysis (stage by stage, `stagesPass`),
 * in alternating order (floor first, then analysis first), on the process's CPU clock. Timed one
 * after the other, a second apart, the floor alone moved by a third between runs (0.86 and 0.71 ms a
 * document on the same code, idle): a shared machine's load drifts by the minute, and the multiple
 * is a quotient of two such figures. Interleaved, both parts of the quotient see the same minute.
 */
import { DOCUMENT_STAGES } from '../../src/core/analyze.ts';
import type { ParsedDocument } from '../../src/core/types.ts';
import { floorPass, stagesPass, type BenchFile } from './passes.ts';

const CHUNK = 25;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** Per document (CPU ms): the floor, and read, parse and each stage of the analysis. */
export interface Shares { readonly floor: number; readonly stages: Readonly<Record<string, number>> }

/** One interleaved pass over `files`. */
export function interleavedShares(central: ParsedDocument, files: readonly BenchFile[]): Shares {
  let floor = 0;
  const stages: Record<string, number> = Object.fromEntries(['read', 'parse', ...DOCUMENT_STAGES].map((k) => [k, 0]));
  for (let at = 0, k = 0; at < files.length; at += CHUNK, k++) {
    const chunk = files.slice(at, at + CHUNK);
    const runFloor = () => { const t0 = cpu(); floorPass(chunk); floor += cpu() - t0; };
    const runStages = () => { for (const [stage, v] of Object.entries(stagesPass(central, chunk, cpu))) stages[stage]! += v * chunk.length; };
    if (k % 2) { runStages(); runFloor(); } else { runFloor(); runStages(); }
  }
  const per = (x: number) => x / files.length;
  return { floor: per(floor), stages: Object.fromEntries(Object.entries(stages).map(([s, v]) => [s, per(v)])) };
}

/** After a warm-up pass, `rounds` interleaved passes; each figure the median of its rounds. */
export function medianShares(central: ParsedDocument, files: readonly BenchFile[], rounds = 3): Shares {
  interleavedShares(central, files);
  const runs = Array.from({ length: rounds }, () => interleavedShares(central, files));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    floor: median(runs.map((r) => r.floor)),
    stages: Object.fromEntries(Object.keys(runs[0]!.stages).map((k) => [k, median(runs.map((r) => r.stages[k]!))])),
  };
}
