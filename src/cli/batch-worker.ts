/**
 * Worker thread of a batch (`pool.ts` starts it): receives paths (the pool keeps up to two here),
 * reads and analyses each whole file in turn — reading and decoding are part of the cost — and posts
 * back what the output needs of it (`FileResult`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Clause, ParsedDocument } from '../core/types.ts';
import { analyzeFile } from './analyze-file.ts';
import { toFileResult, withStats, type Emit, type FileResult } from './file-result.ts';
import { statsContext } from '../core/insight-stats.ts';

/** What every worker is started with: the central text, parsed and segmented once by the main thread. */
export interface WorkerSetup {
  readonly central: ParsedDocument;
  readonly centralClauses: readonly Clause[];
  readonly emit: Emit;
  /** The central text's parents (provenance), for `stats`. */
  readonly parents: readonly ParsedDocument[];
}

/** Main → worker: analyse the file at `path`, the `index`-th input. */
export interface Task { readonly index: number; readonly path: string }
/** Worker → main: loaded and listening (so a later death is the file's fault, not the setup's); the result of task `index`. */
export type Reply = { readonly kind: 'ready' } | { readonly kind: 'done'; readonly index: number; readonly result: FileResult };

if (parentPort) {
  const port = parentPort;
  const { central, centralClauses, emit, parents } = workerData as WorkerSetup;
  const ctx = withStats(emit) ? statsContext(central, centralClauses, parents) : null;
  // The pool sends a second task before this one's answer (pool.ts, DEPTH), so that the next file
  // starts at once; the tasks are chained so that files are still analysed one at a time, in order.
  let queue = Promise.resolve();
  port.on('message', (task: Task) => {
    queue = queue.then(async () => {
      const outcome = await analyzeFile(task.path, central, centralClauses);
      const result = toFileResult(outcome, emit, central, centralClauses, ctx);
      // The json texts' bytes move to the main thread rather than being copied.
      port.postMessage({ kind: 'done', index: task.index, result } satisfies Reply, result.texts.flatMap((d) => (d.value ? [d.value.buffer as ArrayBuffer] : [])));
    });
  });
  port.postMessage({ kind: 'ready' } satisfies Reply);
}
