/**
 * `npm run analyze -- [--central FILE ...] [--format json|csv|md|ndjson|totals] [--lang vi|en] [--out FILE] [--jobs N] [--quiet] [FILE|FOLDER ...]`
 * Without FILE: the whole built-in corpus against 54-KL/TW. One file: users' mistakes (missing,
 * empty, binary or structureless file) exit with code 2 and one line naming the file — never a
 * stack trace. A folder or several files is a batch: each file is analysed on its own (worker
 * threads, `--jobs`), a bad file is reported and skipped, and the run exits 2 at the end.
 * Several `--central`: a families run (families.ts).
 */
import { withChains } from '../core/chain.ts';
import { analyzeChained } from '../core/families.ts';
import { arrange, findDocument } from '../core/corpus.ts';
import { carriedBy } from '../core/metrics.ts';
import { segmentClauses } from '../core/segment-clauses.ts';
import type { ParsedDocument } from '../core/types.ts';
import { describeError, type FileDocument } from './analyze-file.ts';
import { parseArgs, UsageError, type Args } from './args.ts';
import { runBatch } from './batch.ts';
import { expandInputs } from './inputs.ts';
import { describeWarning, loadBuiltin, loadFiles } from './load.ts';
import { openOutput, type Output } from './output.ts';
import { createProgress } from './progress.ts';
import { renameAnalysis, withUniqueIds } from './unique-ids.ts';
import { runFamilies } from './families.ts';
import { loadReviews, reviewed, writeAnalysis } from './inspection-output.ts';
import { emitFor, sinkFor } from './sinks.ts';
import { runMerge } from './merge.ts';

/** Runs the command; resolves to the exit code: 0, 2 when a file failed, 1 when a file hit a bug. */
async function main(args: Args, out: Output): Promise<number> {
  // Several central texts: every document routed to its family (issue 13).
  if (args.centrals.length > 1) return runFamilies(args, out);
  const say = (line: string) => { process.stderr.write(`${line}\n`); };
  // A reviews file is checked before any document is read: a bad one is the whole answer.
  const reviews = args.inspection.reviews !== null ? loadReviews(args.inspection.reviews, args) : null;
  const builtin = loadBuiltin();
  const central = args.central
    ? pickCentral(await loadFiles([args.central], (w) => process.stderr.write(`doichieu: ${describeWarning(w)}\n`)))
    : findDocument(builtin.docs, builtin.manifest.central);
  const { parents } = arrange(builtin.docs, findDocument(builtin.docs, builtin.manifest.central), builtin.manifest.parents);
  // The corpus's parents (KL 21) are the hierarchy above its central text; a central text of the
  // user's own has no known parent unless it is the corpus's.
  const hierarchy = central.meta.number && central.meta.number === builtin.manifest.central ? parents : [];
  if (!args.files.length) {
    const { locals } = arrange(builtin.docs, central, builtin.manifest.parents);
    await writeAnalysis(reviewed(analyzeChained({ central, documents: locals }), reviews, args, say), args, hierarchy, reviews, out, say);
    return 0;
  }

  const centralClauses = segmentClauses(central);
  if (args.merge) return runMerge(args, out, { central, centralClauses, parents: hierarchy }, say);
  const { paths, batch } = await expandInputs(args.files);
  // One file keeps the single-document contract: no progress, and an error is the whole answer.
  const progress = createProgress(paths.length, { write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY === true }, args.quiet || !batch);
  // Reviews (a changed counterpart is diffed again) and the issue-11 outputs built on them need
  // whole analyses; every other format streams (sinks.ts).
  const whole = args.format === 'gold' || args.format === 'xlsx' || args.format === 'docx' || reviews !== null;
  const analyses: (readonly FileDocument[])[] = [];
  const sink = whole ? null : sinkFor(args, out, { central, centralClauses, parents: hierarchy }, say);
  const emit = whole ? 'analyses' : emitFor(args);
  const summary = await runBatch(paths, { central, centralClauses, parents: hierarchy, jobs: args.jobs, emit, progress }, (index, result) => {
    if (sink) sink.file(result);
    else analyses[index] = result.analyses;
  });
  const code = summary.internal ? 1 : summary.failed ? 2 : 0;
  if (!batch && code) return code;
  if (sink) {
    await sink.end();
    return code;
  }
  // A document whose parent is another analysed document is also compared with it (chain.ts).
  const documents = withChains(withUniqueIds(analyses.flat(), renameAnalysis), centralClauses);
  await writeAnalysis(reviewed({ central, centralClauses, documents, carriedBy: carriedBy(centralClauses, documents) }, reviews, args, say), args, hierarchy, reviews, out, say);
  return code;
}

/** A user's central file may hold a cover letter before the text itself: the first document with tasks. */
function pickCentral(docs: readonly ParsedDocument[]): ParsedDocument {
  return docs.find((d) => d.blocks.some((b) => b.part === 'task')) ?? docs[0]!;
}

let out: Output | null = null;
Promise.resolve().then(() => {
  const args = parseArgs(process.argv.slice(2));
  out = openOutput(args.out);
  return main(args, out);
}).then((code) => {
  process.exitCode = code;
}).catch((e: unknown) => {
  const line = e instanceof UsageError ? e.message : describeError(e).message;
  process.stderr.write(`doichieu: ${line}\n`);
  process.exitCode = e instanceof UsageError || describeError(e).code !== 'INTERNAL' ? 2 : 1;
}).finally(() => out?.close());
