/**
 * The page side of a worker, for any request → reply protocol: the analysis worker and the import
 * worker both use it. It starts the worker on first use, numbers the requests, hands each message
 * to the listener of its request, and reports every unfinished request as lost when the worker
 * fails to load or dies, so the caller can do the work on the page instead. Where a module worker
 * cannot start at all (some file:// pages, old browsers), `send` says so and the caller does the
 * same.
 */

/** Something that behaves like a Worker (a module worker in the app; a fake in tests). */
export interface WorkerPort<Req, Reply> {
  postMessage(m: Req): void;
  onmessage: ((e: MessageEvent<Reply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  /** Stops the worker at once, whatever it is doing (Worker.terminate). */
  terminate?(): void;
}

/** What becomes of the messages of one request. */
export interface Listener<Reply> {
  /** One message for the request; returns `true` when the request expects no more. */
  readonly receive: (m: Reply) => boolean;
  /** The worker stopped before the request expected no more. */
  readonly lost: () => void;
}

/** Sends requests to one long-lived worker. */
export interface RequestClient<Req, Reply> {
  /**
   * Posts `make(id)` and routes the worker's messages with that `id` to `listener`. Returns the
   * request's `id`, or `null`, having posted nothing, when no worker can take requests (it could
   * not start, or died).
   */
  send(make: (id: number) => Req, listener: Listener<Reply>): number | null;
  /**
   * Drops request `id` if it is unfinished: its listener hears nothing more. When the worker is
   * busy with it (the oldest unfinished request: a worker answers one request at a time, in
   * order), the worker is stopped, since its synchronous work cannot be interrupted any other way,
   * and the requests queued behind it are posted to a fresh worker.
   */
  cancel(id: number): void;
}

/** A client for the worker `start` makes; replies name their request by `id`. */
export function createRequestClient<Req, Reply extends { readonly id: number }>(start: () => WorkerPort<Req, Reply>): RequestClient<Req, Reply> {
  let worker: WorkerPort<Req, Reply> | null = null;
  let broken = false;
  let next = 0;
  const listeners = new Map<number, Listener<Reply>>();
  // What each unfinished request posted, to post it again to a fresh worker after a cancel.
  const posted = new Map<number, Req>();
  const loseAll = () => {
    const lost = [...listeners.values()];
    listeners.clear();
    posted.clear();
    for (const l of lost) l.lost();
  };
  const ensure = (): WorkerPort<Req, Reply> => {
    if (worker) return worker;
    const w = start();
    w.onmessage = (e) => {
      if (w !== worker) return; // the last words of a stopped worker
      if (listeners.get(e.data.id)?.receive(e.data)) { listeners.delete(e.data.id); posted.delete(e.data.id); }
    };
    w.onerror = (e) => {
      // Handled here: the work moves to the page, so the browser need not report it.
      e.preventDefault?.();
      if (w !== worker) return;
      broken = true;
      worker = null;
      loseAll();
    };
    worker = w;
    return w;
  };
  return {
    send(make, listener) {
      if (broken) return null;
      let w: WorkerPort<Req, Reply>;
      try {
        w = ensure();
      } catch {
        broken = true;
        return null;
      }
      const id = ++next;
      const req = make(id);
      listeners.set(id, listener);
      posted.set(id, req);
      w.postMessage(req);
      return id;
    },
    cancel(id) {
      if (!listeners.has(id)) return;
      const busy = listeners.keys().next().value === id;
      listeners.delete(id);
      posted.delete(id);
      if (!busy || !worker?.terminate) return; // a queued request's answers are simply not heard
      worker.terminate();
      worker = null;
      if (!posted.size) return;
      try {
        const fresh = ensure();
        for (const req of posted.values()) fresh.postMessage(req);
      } catch {
        broken = true;
        loseAll();
      }
    },
  };
}
