/**
 * Peak memory of the full analysis of N generated documents, measured in a fresh process so the
 * other passes do not count: `tsx scripts/bench/memory.ts N` prints one JSON line. maxRSS is the
 * process's peak resident memory (Node itself, the generator's inputs and the analysis, all of it
 * held to the end, as the app holds it).
 */
import { benchInputs } from './setup.ts';
import { fullPass } from './passes.ts';

const n = Number(process.argv[2] ?? 1000);
const { central, files } = benchInputs(n);
const before = process.memoryUsage().heapUsed;
const analysis = fullPass(central, files);
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({
  documents: analysis.documents.length,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  heapInputsMb: before / 1e6,
  heapWithAnalysisMb: after / 1e6,
}));
