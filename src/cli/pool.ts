/** A pool of worker threads that analyse files one at a time each (see batch-worker.ts). */
import { Worker } from 'node:worker_threads';
import { toFileResult, type FileResult } from './file-result.ts';
import type { Reply, Task, WorkerSetup } from './batch-worker.ts';

// From sources (tsx) the worker is the TypeScript file; in the compiled CLI (scripts/build-cli.mjs) its .mjs sibling.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './batch-worker.ts' : './batch-worker.mjs', import.meta.url);

/**
 * A worker's old generation is capped just under 2 GB. V8 lets a heap grow to 4 times what survived
 * its last full collection when the heap may reach 2 GB or more (Node's default here: about 4 GB), to
 * at most 2 times under that: a worker keeps some 27 MB alive and held 140 MB of heap at 10,000
 * files, 89 MB with the cap (a json run's peak 464 -> 360 MB, same time, same bytes). 2 GB is
 * still room for any one document a worker analyses; a file that needs more ends as INTERNAL.
 */
const LIMITS = { maxOldGenerationSizeMb: 2000 };

/**
 * Starts the worker. Under tsx (the CLI runs from TypeScript sources) Node 20 does not carry tsx's
 * loader into worker threads — tsx registers itself on the main thread only, so `execArgv` with
 * `--import tsx` is not enough — hence a tiny ES module that registers tsx inside the worker and
 * then imports the TypeScript entry. Compiled to JavaScript, the entry would be started directly.
 */
function spawn(setup: WorkerSetup): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, { workerData: setup, resourceLimits: LIMITS });
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
await import(${JSON.stringify(WORKER_URL.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: setup, resourceLimits: LIMITS });
}

/**
 * Finished files the pool may hold while an earlier one is still being analysed: a file finished
 * out of order waits only for those before it, and no worker starts a file more than this far ahead
 * of the first unfinished one, so memory stays bounded whatever the number of files.
 */
export const reorderWindow = (jobs: number) => Math.max(16, 4 * jobs);

/**
 * Tasks a worker holds at once: the one it analyses and the next, so that it starts the next file
 * as soon as it posts a result instead of waiting for the main thread (busy writing the output, or
 * not scheduled: three threads on two cores) to read the result and answer with a new path.
 * Profiles of 2,000-file runs showed each worker idle 14 % of the run between files.
 */
const DEPTH = 2;

/** Starts a worker thread of the batch with `setup`; runPool's tests give a stand-in. */
export type SpawnWorker = (setup: WorkerSetup) => Worker;

/**
 * Analyses `paths` on `jobs` workers (at most one per path) and calls `onResult` in the main thread
 * in input order, each file as soon as it and every file before it are finished (see
 * `reorderWindow`). Resolves once every path has a result; rejects if `onResult` throws or if a
 * worker dies before it has loaded (a broken setup would break every replacement too). A worker
 * that dies while analysing (out of memory on a huge file) turns the file it was analysing into an
 * INTERNAL error and is replaced; the file queued behind it goes to another worker, so one file
 * cannot end the batch or take another with it.
 */
export function runPool(paths: readonly string[], jobs: number, setup: WorkerSetup,
  onResult: (index: number, result: FileResult) => void, spawnWorker: SpawnWorker = spawn): Promise<void> {
  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    const done = new Map<number, FileResult>();
    const waiting: (() => void)[] = [];
    /** Files sent to a worker that died before it started them: sent again, before any new file. */
    const again: number[] = [];
    const window = reorderWindow(jobs);
    let next = 0, finished = 0, stopped = false;
    const stop = (e?: unknown) => {
      stopped = true;
      for (const w of live) void w.terminate();
      live.clear();
      if (e === undefined) resolve(); else reject(e);
    };
    const settle = (index: number, result: FileResult) => {
      done.set(index, result);
      try {
        for (let r = done.get(finished); r !== undefined && !stopped; r = done.get(finished)) {
          done.delete(finished);
          onResult(finished, r);
          finished++;
        }
      } catch (e) {
        stop(e);
        return;
      }
      if (finished === paths.length) stop();
      else for (const wake of waiting.splice(0)) wake();
    };
    /** The next file to send, or null when none may be sent now (`blocked`: the reorder window is full). */
    const take = (): { index: number | null; blocked: boolean } => {
      if (again.length) return { index: again.shift()!, blocked: false };
      if (next >= paths.length) return { index: null, blocked: false };
      if (next >= finished + window) return { index: null, blocked: true };
      return { index: next++, blocked: false };
    };
    const start = () => {
      const w = spawnWorker(setup);
      live.add(w);
      /** The files this worker holds, in the order it analyses them. */
      const held: number[] = [];
      let ready = false, crash = '';
      const feed = () => {
        while (!stopped && held.length < DEPTH) {
          const { index, blocked } = take();
          if (index === null) {
            if (blocked) waiting.push(feed);
            else if (!held.length) { live.delete(w); void w.terminate(); }
            return;
          }
          held.push(index);
          w.postMessage({ index, path: paths[index]! } satisfies Task);
        }
      };
      w.on('message', (m: Reply) => {
        if (m.kind === 'ready') { ready = true; return; }
        held.splice(held.indexOf(m.index), 1);
        settle(m.index, m.result);
        feed();
      });
      w.on('error', (e) => { crash = e.message; });
      w.on('exit', (code) => {
        crash ||= `worker thread exited with code ${code}`;
        live.delete(w);
        if (stopped || !held.length) return;
        if (!ready) { stop(new Error(`batch worker failed to start: ${crash}`)); return; }
        const [index, ...queued] = held.splice(0);
        again.push(...queued);
        again.sort((a, b) => a - b);
        const error = { code: 'INTERNAL', message: `${paths[index!]}: internal error: ${crash}` } as const;
        settle(index!, toFileResult({ path: paths[index!]!, error }, setup.emit, setup.central, setup.centralClauses));
        if (!stopped && (again.length || next < paths.length)) start();
      });
      feed();
    };
    if (paths.length === 0) resolve();
    for (let k = 0; k < Math.min(jobs, paths.length); k++) start();
  });
}
