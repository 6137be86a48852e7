import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusManifest, SourceFile } from '../../core/corpus.ts';
import { parseSources } from '../../core/corpus.ts';
import { runAnalysis } from '../../worker/run-analysis.ts';
import { createAppStore } from '../store.ts';
import { catalogOf } from './import-read.ts';
import { parseTolerant } from './parse-tolerant.ts';
import type { ImportReader } from './page-reader.ts';
import { WORKSPACE_SCHEMA } from './workspace-file.ts';
import { keyValueStorage, mapKeyValue, type WorkspaceStorage } from './workspace-storage.ts';

const root = new URL('../../../corpus/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('corpus.json', root), 'utf8')) as CorpusManifest;
const files = manifest.files.map((name) => ({ name, text: readFileSync(new URL(name, root), 'utf8') }));
const langSon = readFileSync(new URL('lang-son-1154-cv-tu.txt', root), 'utf8');

/** A file whose parse fails as the parser failed on a 12-million-character line (a stack overflow). */
const overflowing: SourceFile = { name: 'dai.txt', get text(): string { throw new RangeError('Maximum call stack size exceeded'); } };

const reader: ImportReader = {
  read: () => Promise.reject(new Error('not used')),
  catalog: (input) => Promise.resolve(catalogOf(input)),
};
function makeStore(storage: WorkspaceStorage) {
  return createAppStore({
    loadCorpus: () => Promise.resolve({ files, manifest }),
    analyze: (input, onProgress) => Promise.resolve(runAnalysis(input, onProgress)),
    workspace: { storage, reader },
  });
}
const until = async (fn: () => boolean) => {
  for (let i = 0; i < 500 && !fn(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(fn()).toBe(true);
};
const wsFile = (docs: unknown[]) => JSON.stringify({ schema: WORKSPACE_SCHEMA, savedAt: '2024-01-01T00:00:00Z', central: null, include: {}, edits: {}, docs });
const entry = (id: string, name: string, text: string) => ({ id, name, text, encoding: 'utf-8', converted: null, format: 'text', size: text.length, addedAt: '2024-01-01T00:00:00Z' });

describe('a workspace that can always be repaired', () => {
  it('a file the parser cannot read is left out with its reason; the others parse as parseSources does', () => {
    const all = [...files, overflowing];
    const { docs, failed } = parseTolerant(all);
    expect(docs).toEqual(parseSources(files));
    expect(failed).toEqual([{ source: 'dai.txt', failure: expect.objectContaining({ code: 'INTERNAL', source: 'dai.txt' }) }]);
    const catalog = catalogOf({ files: all, manifest, workspace: { central: null, include: {}, edits: {} } });
    expect(catalog.entries.map((e) => e.source)).not.toContain('dai.txt');
    expect(catalog.failed?.map((f) => f.source)).toEqual(['dai.txt']);
    // The analysis goes on without it: KL 54 and its four local documents.
    const analysis = runAnalysis({ files: all, manifest, workspace: { central: null, include: {}, edits: {} } }, () => {});
    expect(analysis.documents).toHaveLength(4);
  });

  it('a workspace file: every document checked, each one skipped named with its reason', async () => {
    const store = makeStore(keyValueStorage(mapKeyValue()));
    await store.getState().start();
    await store.getState().mergeWorkspace(wsFile([
      entry('a', 'lang-son.txt', langSon),
      entry('b', 'copy.txt', langSon),
      entry('a', 'same-id.txt', `${langSon}\n`),
      entry('c', 'blank.txt', ' \n '),
      { id: 'd', name: 'no-text.txt' },
      42,
      entry('e', 'huge.txt', 'a'.repeat(20_000_001)),
    ]));
    const notice = store.getState().workspace.notice;
    expect(notice).toMatchObject({ kind: 'merged', added: 1 });
    expect(notice?.kind === 'merged' && notice.skipped.map((s) => [s.name, s.problem])).toEqual([
      ['same-id.txt', 'DUPLICATE_ID'], ['blank.txt', 'EMPTY'], ['no-text.txt', 'MALFORMED'], [null, 'MALFORMED'],
      ['huge.txt', 'TOO_MANY_CHARACTERS'], ['copy.txt', 'ALREADY_PRESENT'],
    ]);
    expect(store.getState().workspace.ws.docs.map((d) => d.name)).toEqual(['lang-son.txt']);
  });

  it('a broken kept record is listed and can be deleted; the workspace still analyses', async () => {
    const map = new Map<string, unknown>([['doc:bad', { id: 'bad', name: 'hong.txt', text: 7 }]]);
    const storage = keyValueStorage(mapKeyValue(map));
    const store = makeStore(storage);
    await store.getState().start();
    expect(store.getState().analysis.status).toBe('ready');
    expect(store.getState().workspace.broken).toEqual([{ id: 'bad', name: 'hong.txt', problem: 'MALFORMED' }]);
    await store.getState().removeDocument('bad');
    expect(store.getState().workspace.broken).toEqual([]);
    expect(store.getState().workspace.notice).toEqual({ kind: 'removed', name: 'hong.txt' });
    expect(map.size).toBe(0);
  });

  it('two tabs: a document added in one appears in the other; corrections made in both survive', async () => {
    const map = new Map<string, unknown>();
    const a = makeStore(keyValueStorage(mapKeyValue(map), 'test-two-tabs'));
    const b = makeStore(keyValueStorage(mapKeyValue(map), 'test-two-tabs'));
    await Promise.all([a.getState().start(), b.getState().start()]);
    await a.getState().mergeWorkspace(wsFile([entry('x', 'lang-son.txt', langSon)]));
    await until(() => b.getState().workspace.ws.docs.some((d) => d.name === 'lang-son.txt'));
    await until(() => b.getState().analysis.result?.documents.some((d) => d.doc.id === '1154-cv-tu-2') ?? false);
    await a.getState().editMeta('lang-son.txt#0', { signer: 'Người ký A' });
    await b.getState().editMeta('ttxvn-652-cv-du-and-kl-54.txt#1', { signer: 'Người ký B' });
    await until(() => Object.keys(a.getState().workspace.ws.edits).length === 2);
    const kept = await keyValueStorage(mapKeyValue(map)).load();
    expect(kept.edits).toEqual({ 'lang-son.txt#0': { signer: 'Người ký A' }, 'ttxvn-652-cv-du-and-kl-54.txt#1': { signer: 'Người ký B' } });
    await until(() => a.getState().analysis.status === 'ready' && b.getState().analysis.status === 'ready');
  });
});
