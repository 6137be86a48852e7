import { describe, expect, it } from 'vitest';
import { createImportReader } from './import-client.ts';
import type { ImportReader } from '../state/workspace/page-reader.ts';
import type { WorkerPort } from './request-client.ts';
import type { ImportReply, ImportRequest } from './import-protocol.ts';
import type { Catalog } from '../state/workspace/workspace-types.ts';

type ImportWorkerLike = WorkerPort<ImportRequest, ImportReply>;

const catalog: Catalog = { centralKey: 'a#0', entries: [] };
const input = { files: [], manifest: { central: 'x', parents: [], files: [] } };
const page: ImportReader = {
  read: (name) => Promise.resolve({ ok: false, name, code: 'EMPTY_FILE', source: name, detail: null, message: 'on page' }),
  catalog: () => Promise.resolve(catalog),
};

function fake(reply: (req: ImportRequest, send: (m: ImportReply) => void) => void): () => ImportWorkerLike {
  return () => {
    const w: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (req) => queueMicrotask(() => reply(req, (m) => w.onmessage?.({ data: m } as MessageEvent<ImportReply>))),
    };
    return w;
  };
}

describe('import reader', () => {
  it('reads and arranges through the worker', async () => {
    const r = createImportReader(fake((req, send) => {
      if (req.type === 'read') send({ type: 'read', id: req.id, outcome: { ok: false, name: req.name, code: 'BINARY_FILE', source: req.name, detail: 'png', message: 'w' } });
      else send({ type: 'catalog', id: req.id, catalog });
    }), page);
    await expect(r.read('x.txt', new ArrayBuffer(3))).resolves.toMatchObject({ code: 'BINARY_FILE' });
    await expect(r.catalog(input)).resolves.toBe(catalog);
  });

  it('falls back to the page when the worker cannot start or fails to load', async () => {
    const none = createImportReader(() => { throw new Error('SecurityError'); }, page);
    await expect(none.read('x.txt', new ArrayBuffer(3))).resolves.toMatchObject({ message: 'on page' });
    let w: ImportWorkerLike | null = null;
    const broken = createImportReader(() => (w = { onmessage: null, onerror: null, postMessage: () => {} }), page);
    const pending = broken.read('y.txt', new ArrayBuffer(3));
    w!.onerror?.({ message: 'failed' } as ErrorEvent);
    await expect(pending).resolves.toMatchObject({ name: 'y.txt', message: 'on page' });
    await expect(broken.catalog(input)).resolves.toBe(catalog);
  });
});

describe('import limits', () => {
  it('are the readers’ own limits', async () => {
    const { DOCUMENT_LIMIT, TEXT_LIMIT } = await import('../state/workspace/import-limits.ts');
    const { MAX_DOCUMENT_BYTES } = await import('../io/read-file.ts');
    const { MAX_TEXT_BYTES } = await import('../io/decode-bytes.ts');
    expect([TEXT_LIMIT, DOCUMENT_LIMIT]).toEqual([MAX_TEXT_BYTES, MAX_DOCUMENT_BYTES]);
  });
});
