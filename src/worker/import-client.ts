/**
 * The page side of the import worker. Where a module worker cannot start (file:// pages) or fails
 * to load, the same code runs on the page instead, loaded on demand.
 */
import type { CorpusInput } from '../state/slices/corpus-slice.ts';
import type { Catalog } from '../state/workspace/workspace-types.ts';
import type { ReadOutcome } from '../state/workspace/import-read.ts';
import type { ImportReply, ImportRequest } from './import-protocol.ts';

/** Reads files and arranges workspaces. */
export interface ImportReader {
  read(name: string, bytes: ArrayBuffer, paste?: boolean): Promise<ReadOutcome>;
  catalog(input: CorpusInput): Promise<Catalog>;
}

/** Something that behaves like a Worker. */
export interface ImportWorkerLike {
  postMessage(m: ImportRequest): void;
  onmessage: ((e: MessageEvent<ImportReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** Starts the module worker. */
export function startImportWorker(): ImportWorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'doichieu-import' });
}

/** The same work on the page (the fallback). */
export const pageReader: ImportReader = {
  read: async (name, bytes, paste = false) => {
    const [{ readImport }, { loadPdfjsBrowser }] = await Promise.all([import('../state/workspace/import-read.ts'), import('../io/pdfjs-browser.ts')]);
    return readImport(name, new Uint8Array(bytes), { loadPdf: loadPdfjsBrowser }, paste);
  },
  catalog: async (input) => (await import('../state/workspace/import-read.ts')).catalogOf(input),
};

interface Pending {
  readonly request: ImportRequest;
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: unknown) => void;
}

/** A reader backed by one worker started on first use, with the on-page fallback. */
export function createImportReader(start: () => ImportWorkerLike = startImportWorker, fallback: ImportReader = pageReader): ImportReader {
  let worker: ImportWorkerLike | null = null;
  let broken = false;
  let next = 0;
  const pending = new Map<number, Pending>();
  const onPage = (req: ImportRequest): Promise<unknown> =>
    req.type === 'read' ? fallback.read(req.name, req.bytes, req.paste) : fallback.catalog(req.input);
  const ensure = (): ImportWorkerLike => {
    if (worker) return worker;
    const w = start();
    w.onmessage = (e) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.type === 'read') p.resolve(m.outcome);
      else if (m.type === 'catalog') p.resolve(m.catalog);
      else p.reject({ code: m.code, message: m.message });
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      broken = true;
      worker = null;
      // Work the worker never answered moves to the page (the bytes were copied, not transferred).
      for (const p of pending.values()) onPage(p.request).then(p.resolve, p.reject);
      pending.clear();
    };
    worker = w;
    return w;
  };
  const send = <T,>(make: (id: number) => ImportRequest): Promise<T> => {
    const id = ++next;
    const request = make(id);
    if (!broken) {
      try {
        const w = ensure();
        return new Promise<T>((resolve, reject) => {
          pending.set(id, { request, resolve: resolve as (v: unknown) => void, reject });
          w.postMessage(request);
        });
      } catch {
        broken = true;
      }
    }
    return onPage(request) as Promise<T>;
  };
  return {
    read: (name, bytes, paste = false) => send<ReadOutcome>((id) => ({ type: 'read', id, name, bytes, paste })),
    catalog: (input) => send<Catalog>((id) => ({ type: 'catalog', id, input })),
  };
}
