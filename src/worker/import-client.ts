/**
 * The page side of the import worker: an `ImportReader` whose work runs in the worker, or on the
 * page (`pageReader`) where the worker cannot start or fails to load.
 */
import { pageReader, type ImportReader } from '../state/workspace/page-reader.ts';
import type { ImportReply, ImportRequest } from './import-protocol.ts';
import { createRequestClient, type RequestClient, type WorkerPort } from './request-client.ts';
import { startImportWorker } from './start-workers.ts';

/**
 * One request answered by one reply: resolves with what `pick` takes from the reply (rejects when
 * it takes nothing), rejects with the failure the worker sends, and runs `onPage` where no worker can.
 */
function ask<R>(
  client: RequestClient<ImportRequest, ImportReply>,
  make: (id: number) => ImportRequest,
  pick: (m: ImportReply) => R | undefined,
  onPage: () => Promise<R>,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    // Work the worker never answered moves to the page (the bytes were copied, not transferred).
    const onThePage = () => { onPage().then(resolve, reject); };
    const sent = client.send(make, {
      receive: (m) => {
        const value = m.type === 'error' ? undefined : pick(m);
        if (value !== undefined) resolve(value);
        else reject(m.type === 'error' ? m.failure : new Error(`unexpected reply "${m.type}" from the import worker`));
        return true;
      },
      lost: onThePage,
    });
    if (sent === null) onThePage();
  });
}

/** A reader backed by one worker started on first use, with the on-page fallback. */
export function createImportReader(
  start: () => WorkerPort<ImportRequest, ImportReply> = startImportWorker,
  fallback: ImportReader = pageReader,
): ImportReader {
  const client = createRequestClient(start);
  return {
    read: (name, bytes, paste = false) => ask(client, (id) => ({ type: 'read', id, name, bytes, paste }),
      (m) => (m.type === 'read' ? m.outcome : undefined), () => fallback.read(name, bytes, paste)),
    catalog: (input) => ask(client, (id) => ({ type: 'catalog', id, input }),
      (m) => (m.type === 'catalog' ? m.catalog : undefined), () => fallback.catalog(input)),
  };
}
