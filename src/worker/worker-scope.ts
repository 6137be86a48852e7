/**
 * The worker side of a request → reply protocol: the worker's global scope as its protocol types
 * it, requests in and replies out. Compiled with the WebWorker library (tsconfig.worker.json), where
 * `self` is a `DedicatedWorkerGlobalScope`; the page's code is compiled with the DOM library.
 */

/** What a worker posts and receives, typed. */
export interface WorkerScope<Req, Reply> {
  onmessage: ((e: MessageEvent<Req>) => void) | null;
  postMessage(m: Reply): void;
}

/** The scope of the running worker, typed by its protocol. */
export function workerScope<Req, Reply>(scope: DedicatedWorkerGlobalScope): WorkerScope<Req, Reply> {
  return scope;
}
