/**
 * `npm run bench:robust -- --fuzz`: issue 4's 10,000 generated documents (as test/fuzz-documents.test.ts
 * runs them), under a fresh seed printed first so that a failure can be replayed (`--seed N`), with
 * the time per document: parsed and analysed against the built-in central text, every clause classified.
 */
import fc from 'fast-check';
import { builtinAnalysis } from '../../test/support/corpus.ts';
import { classesOf, generatedDocument } from '../../test/support/generated-documents.ts';

const CLASSES = new Set(['verbatim', 'adapted', 'added']);

/** Runs `numRuns` documents; prints the seed, the counts, the time and the verdict; returns whether it held. */
export function fuzzDocuments(numRuns = 10_000, seed = Date.now() % 2 ** 31): boolean {
  console.log(`Generated documents: ${numRuns.toLocaleString('en')} (seed ${seed}) parsed and analysed against the built-in central text`);
  const central = builtinAnalysis().central;
  let clauses = 0;
  const start = performance.now();
  const out = fc.check(fc.property(generatedDocument, (text) => {
    for (const c of classesOf(central, text)) {
      clauses++;
      if (!CLASSES.has(c)) throw new Error(`clause classed "${c}"`);
    }
  }), { numRuns, seed });
  const secs = (performance.now() - start) / 1000;
  const ok = !out.failed && clauses > numRuns;
  console.log(`${out.numRuns} documents, ${clauses} clauses (expected more than ${numRuns}), ${secs.toFixed(1)} s, ${(1000 * secs / Math.max(1, out.numRuns)).toFixed(1)} ms a document`);
  if (out.failed) console.log(fc.defaultReportMessage(out));
  console.log(`result: ${ok ? 'no exception, every clause classified' : 'FAILED'}\n`);
  return ok;
}
