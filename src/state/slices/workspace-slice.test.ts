import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusManifest } from '../../core/corpus.ts';
import { fixture } from '../../../test/fixtures/fixtures.ts';
import { loadPdfjsNode } from '../../io/pdfjs-node.ts';
import { runAnalysis } from '../../worker/run-analysis.ts';
import { createAppStore } from '../store.ts';
import { catalogOf, readImport } from '../workspace/import-read.ts';
import type { ImportReader } from '../workspace/page-reader.ts';
import { memoryStorage } from '../workspace/workspace-storage.ts';
import { workspaceToJson } from '../workspace/workspace-file.ts';

const root = new URL('../../../corpus/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('corpus.json', root), 'utf8')) as CorpusManifest;
const files = manifest.files.map((name) => ({ name, text: readFileSync(new URL(name, root), 'utf8') }));

const reader: ImportReader = {
  read: (name, bytes, paste) => readImport(name, new Uint8Array(bytes), { loadPdf: loadPdfjsNode }, paste),
  catalog: (input) => Promise.resolve(catalogOf(input)),
};

function file(name: string, bytes: Uint8Array = fixture(name)) {
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

function makeStore(storage = memoryStorage()) {
  const store = createAppStore({
    loadCorpus: () => Promise.resolve({ files, manifest }),
    analyze: (input, onProgress) => Promise.resolve(runAnalysis(input, onProgress)),
    workspace: { storage, reader },
  });
  return { store, storage };
}

const until = async (fn: () => boolean) => {
  for (let i = 0; i < 200 && !fn(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(fn()).toBe(true);
};

describe('workspace slice', () => {
  it('an import during a long analysis stops that run and analyses the new input at once', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const store = createAppStore({
      loadCorpus: () => Promise.resolve({ files, manifest }),
      // The first run never ends on its own (5,000 documents); later runs answer at once.
      analyze: (input, onProgress, signal) => {
        signals.push(signal);
        if (signals.length > 1) return Promise.resolve(runAnalysis(input, onProgress));
        return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
      },
      workspace: { storage: memoryStorage(), reader },
    });
    void store.getState().start();
    await until(() => store.getState().analysis.status === 'loading');
    const items = await store.getState().importFiles([file('lang-son.vn3-ansi.txt')]);
    expect(items[0]?.ok).toBe(true);
    expect(signals[0]?.aborted).toBe(true);
    expect(store.getState().analysis.status).toBe('ready');
    expect(store.getState().analysis.result?.documents.map((d) => d.doc.id)).toContain('1154-cv-tu-2');
    expect(store.getState().analysis.error).toBeNull();
  });

  it('imports a TCVN3 file, re-analyses with it, keeps it, and deletes it', async () => {
    const { store, storage } = makeStore();
    await store.getState().start();
    expect(store.getState().analysis.result?.documents).toHaveLength(4);
    const items = await store.getState().importFiles([file('lang-son.vn3-ansi.txt')]);
    expect(items[0]).toMatchObject({ ok: true, source: 'lang-son.vn3-ansi.txt', encoding: 'tcvn3', converted: 'TCVN3 → Unicode' });
    expect(store.getState().analysis.status).toBe('ready');
    expect(store.getState().analysis.result?.documents.map((d) => d.doc.id)).toContain('1154-cv-tu-2');
    expect((await storage.load()).docs.map((d) => d.name)).toEqual(['lang-son.vn3-ansi.txt']);
    await until(() => store.getState().workspace.catalog?.entries.some((e) => e.source === 'lang-son.vn3-ansi.txt') ?? false);

    // A second store on the same storage (a reload) analyses it straight away.
    const again = makeStore(storage).store;
    await again.getState().start();
    expect(again.getState().analysis.result?.documents.map((d) => d.doc.id)).toContain('1154-cv-tu-2');

    const id = store.getState().workspace.ws.docs[0]!.id;
    await store.getState().removeDocument(id);
    expect(store.getState().workspace.notice).toEqual({ kind: 'removed', name: 'lang-son.vn3-ansi.txt' });
    expect(store.getState().analysis.result?.documents).toHaveLength(4);
    expect((await storage.load()).docs).toEqual([]);
  });

  it('refuses bad files with one code each and loses nothing', async () => {
    const { store } = makeStore();
    await store.getState().start();
    await store.getState().importFiles([file('quang-ngai.docx')]);
    const big = { name: 'huge.txt', size: 50 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    const english = new TextEncoder().encode('This is an ordinary English letter about the weather and the harvest. '.repeat(20));
    const items = await store.getState().importFiles([
      file('empty.txt'), file('whitespace.txt'), file('png-renamed.txt'), file('web-page.html'), file('corrupt.docx'),
      file('scanned.pdf'), big, file('english.txt', english),
    ]);
    expect(items.map((i) => i.code)).toEqual(['EMPTY_FILE', 'WHITESPACE_ONLY', 'BINARY_FILE', 'HTML_PAGE', 'CORRUPT_DOCX', 'NO_TEXT_LAYER', 'TOO_LARGE', 'NOT_VIETNAMESE']);
    expect(store.getState().workspace.ws.docs.map((d) => d.name)).toEqual(['quang-ngai.docx']);
    expect(store.getState().analysis.result?.documents).toHaveLength(5);
  });

  it('pasted text, a chosen central text, corrections and a workspace file', async () => {
    const { store } = makeStore();
    await store.getState().start();
    const pasted = await store.getState().importText(new TextDecoder().decode(fixture('lang-son.vn3-utf8.txt')));
    expect(pasted).toMatchObject({ ok: true, source: 'Văn bản dán.txt', converted: 'TCVN3 → Unicode' });
    await store.getState().editMeta('Văn bản dán.txt#0', { number: '1155-CV/TU' });
    expect(store.getState().analysis.result?.documents.map((d) => d.doc.id)).toContain('1155-cv-tu');
    await store.getState().setCentral('lang-son-1154-cv-tu.txt#0');
    expect(store.getState().analysis.result?.central.meta.number).toBe('1154-CV/TU');
    const json = workspaceToJson(store.getState().workspace.ws);

    const other = makeStore().store;
    await other.getState().start();
    await other.getState().mergeWorkspace(json);
    expect(other.getState().workspace.notice).toEqual({ kind: 'merged', added: 1, skipped: [] });
    expect(other.getState().analysis.result?.central.meta.number).toBe('1154-CV/TU');
    // The file's families come with its documents, under the names they were given here.
    const withFamilies = workspaceToJson({ ...store.getState().workspace.ws, families: { centrals: ['Văn bản dán.txt#0'], shown: null, moves: {} } });
    const third = makeStore().store;
    await third.getState().start();
    // Another pasted text already holds the name "Văn bản dán.txt" here.
    const other1154 = await third.getState().importText(`${new TextDecoder().decode(fixture('lang-son.vn3-utf8.txt'))}\nBản sao thứ hai.`);
    expect(other1154).toMatchObject({ ok: true, source: 'Văn bản dán.txt' });
    await third.getState().mergeWorkspace(withFamilies);
    expect(third.getState().workspace.ws.families?.centrals).toEqual(['Văn bản dán (2).txt#0']);
    await other.getState().mergeWorkspace('{"schema":"x"}');
    expect(other.getState().workspace.notice).toEqual({ kind: 'mergeFailed', reason: 'NOT_WORKSPACE' });
    expect(other.getState().workspace.ws.docs).toHaveLength(1);
  });
  it('a document included right after "make central" stays included once the new catalog comes', async () => {
    const { store } = makeStore();
    await store.getState().start();
    await until(() => store.getState().workspace.catalog !== null);
    const ngai = 'quang-ngai-1698-cv-tu.txt#0';
    const before = store.getState().workspace.catalog!;
    expect(before.entries.find((e) => e.key === ngai)?.proposed).toBe(true);
    // Two quick clicks: the second is judged while the catalog still proposes for KL 54.
    const central = store.getState().setCentral('lang-son-1154-cv-tu.txt#0');
    const include = store.getState().setIncluded(ngai, true);
    await Promise.all([central, include]);
    await until(() => store.getState().workspace.catalog?.centralKey === 'lang-son-1154-cv-tu.txt#0');
    expect(store.getState().workspace.catalog!.entries.find((e) => e.key === ngai)?.proposed).toBe(false);
    expect(store.getState().workspace.ws.include).toEqual({ [ngai]: true });
  });
});
