/**
 * Runs a batch: every path analysed independently, on worker threads (`jobs` > 1) or in this
 * thread, with progress and failed files reported on stderr as they happen.
 */
import type { Clause, ParsedDocument } from '../core/types.ts';
import { analyzeFile } from './analyze-file.ts';
import { describeWarning } from './load.ts';
import { toFileResult, withStats, type Emit, type FileResult } from './file-result.ts';
import { runPool } from './pool.ts';
import { statsContext } from '../core/insight-stats.ts';
import { elapsed, type Progress } from './progress.ts';

export interface BatchOptions {
  readonly central: ParsedDocument;
  readonly centralClauses: readonly Clause[];
  /** Worker threads; 1 (or a single path) runs in this thread, without the cost of starting a worker. */
  readonly jobs: number;
  /** What to keep of each file: its ndjson lines, report documents (with statistics) or analyses. */
  readonly emit: Emit;
  /** The central text's parents, for the provenance statistics (`stats`). */
  readonly parents: readonly ParsedDocument[];
  readonly progress: Progress;
}

export interface BatchSummary {
  readonly files: number;
  /** Documents analysed (the central text found among the inputs is not one). */
  readonly documents: number;
  /** Files that yielded no document: bad input (InputError) or INTERNAL. */
  readonly failed: number;
  /** Of the failed files, those that hit a bug rather than bad input. */
  readonly internal: number;
}

/**
 * Calls `onFile` with every path's result in input order, each as soon as it and those before it
 * are finished (pool.ts holds at most a bounded window of files finished out of order). A failed file is noted on stderr and still
 * passed to `onFile`; the batch goes on. A file read with a warning (INVALID_UTF8) is noted too. Ends with a summary line on stderr.
 */
export async function runBatch(paths: readonly string[], opts: BatchOptions,
  onFile: (index: number, result: FileResult) => void): Promise<BatchSummary> {
  const start = performance.now();
  let documents = 0, failed = 0, internal = 0;
  const handle = (index: number, result: FileResult) => {
    onFile(index, result);
    for (const w of result.warnings) opts.progress.note(`doichieu: ${describeWarning(w)}`);
    documents += result.documents;
    if (result.error) {
      failed++;
      if (result.error.code === 'INTERNAL') internal++;
      opts.progress.note(`doichieu: ${result.error.message}`);
    }
    opts.progress.tick();
  };
  const { central, centralClauses, emit, parents } = opts;
  const jobs = Math.min(opts.jobs, paths.length);
  if (jobs > 1) {
    await runPool(paths, jobs, { central, centralClauses, emit, parents }, handle);
  } else {
    const ctx = withStats(emit) ? statsContext(central, centralClauses, parents) : null;
    for (const [i, p] of paths.entries()) handle(i, toFileResult(await analyzeFile(p, central, centralClauses), emit, central, centralClauses, ctx));
  }
  const time = elapsed(start, performance.now());
  opts.progress.finish(`doichieu: ${paths.length} files, ${documents} documents, ${failed} failed, ${time} (${jobs > 1 ? `${jobs} worker threads` : 'no workers'})`);
  return { files: paths.length, documents, failed, internal };
}
