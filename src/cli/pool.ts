/** A pool of worker threads that analyse files one at a time each (see batch-worker.ts). */
import { Worker } from 'node:worker_threads';
import { toFileResult, type FileResult } from './file-result.ts';
import type { Reply, Task, WorkerSetup } from './batch-worker.ts';

// From sources (tsx) the worker is the TypeScript file; in the compiled CLI (scripts/build-cli.mjs) its .mjs sibling.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './batch-worker.ts' : './batch-worker.mjs', import.meta.url);

/**
 * Starts the worker. Under tsx (the CLI runs from TypeScript sources) Node 20 does not carry tsx's
 * loader into worker threads — tsx registers itself on the main thread only, so `execArgv` with
 * `--import tsx` is not enough — hence a tiny ES module that registers tsx inside the worker and
 * then imports the TypeScript entry. Compiled to JavaScript, the entry would be started directly.
 */
function spawn(setup: WorkerSetup): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, { workerData: setup });
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
await import(${JSON.stringify(WORKER_URL.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: setup });
}

/**
 * Finished files the pool may hold while an earlier one is still being analysed: a file finished
 * out of order waits only for those before it, and no worker starts a file more than this far ahead
 * of the first unfinished one, so memory stays bounded whatever the number of files.
 */
export const reorderWindow = (jobs: number) => Math.max(16, 4 * jobs);

/**
 * Analyses `paths` on `jobs` workers (at most one per path) and calls `onResult` in the main thread
 * in input order, each file as soon as it and every file before it are finished (see
 * `reorderWindow`). Resolves once every path has a result; rejects if `onResult` throws or if a worker dies before it has loaded (a broken setup
 * would break every replacement too). A worker that dies while analysing (out of memory on a huge
 * file) turns its file into an INTERNAL error and is replaced, so one file cannot end the batch.
 */
export function runPool(paths: readonly string[], jobs: number, setup: WorkerSetup,
  onResult: (index: number, result: FileResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    const done = new Map<number, FileResult>();
    const waiting: (() => void)[] = [];
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
    const start = () => {
      const w = spawn(setup);
      live.add(w);
      let current: number | null = null, ready = false, crash = '';
      const feed = () => {
        if (stopped) return;
        if (next >= paths.length) { live.delete(w); void w.terminate(); return; }
        if (next >= finished + window) { waiting.push(feed); return; }
        current = next++;
        w.postMessage({ index: current, path: paths[current]! } satisfies Task);
      };
      w.on('message', (m: Reply) => {
        if (m.kind === 'ready') { ready = true; return; }
        current = null;
        settle(m.index, m.result);
        feed();
      });
      w.on('error', (e) => { crash = e.message; });
      w.on('exit', (code) => {
        crash ||= `worker thread exited with code ${code}`;
        live.delete(w);
        if (stopped || current === null) return;
        if (!ready) { stop(new Error(`batch worker failed to start: ${crash}`)); return; }
        const index = current;
        current = null;
        const error = { code: 'INTERNAL', message: `${paths[index]}: internal error: ${crash}` } as const;
        settle(index, toFileResult({ path: paths[index]!, error }, setup.emit, setup.central, setup.centralClauses));
        if (!stopped && next < paths.length) start();
      });
      feed();
    };
    if (paths.length === 0) resolve();
    for (let k = 0; k < Math.min(jobs, paths.length); k++) start();
  });
}
