import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from './store.ts';
import type { CorpusInput } from './slices/corpus-slice.ts';
import { fixture } from '../../test/ui/fixtures/analysis-fixture.ts';
import { HOME } from './route/route.ts';

const input: CorpusInput = { files: [{ name: 'a.txt', text: 'x' }], manifest: { central: '54-KL/TW', parents: [], files: ['a.txt'] } };

describe('app store', () => {
  it('loads the corpus, reports progress and holds the analysis', async () => {
    const seen: number[] = [];
    const store = createAppStore({
      loadCorpus: () => Promise.resolve(input),
      analyze: (inp, onProgress) => {
        expect(inp).toBe(input);
        onProgress({ done: 1, total: 2, stage: 'align' });
        seen.push(store.getState().analysis.progress?.done ?? -1);
        return Promise.resolve(fixture);
      },
    });
    expect(store.getState().analysis.status).toBe('idle');
    const p = store.getState().start();
    expect(store.getState().start()).toBe(p);
    await p;
    expect(seen).toEqual([1]);
    expect(store.getState().corpus.status).toBe('ready');
    expect(store.getState().analysis).toMatchObject({ status: 'ready', result: fixture, progress: null });
  });

  it('keeps the error code of a failed analysis', async () => {
    const store = createAppStore({
      loadCorpus: () => Promise.resolve(input),
      analyze: () => Promise.reject({ name: 'InputError', code: 'NO_CENTRAL', source: 'a.txt', message: 'no central' }),
    });
    await store.getState().start();
    expect(store.getState().analysis.error).toEqual({ code: 'NO_CENTRAL', source: 'a.txt', detail: null, message: 'no central' });
  });

  it('reports a corpus that fails to load', async () => {
    const store = createAppStore({ loadCorpus: () => Promise.reject(new Error('gone')), analyze: () => Promise.resolve(fixture) });
    await store.getState().start();
    expect(store.getState().corpus).toMatchObject({ status: 'error', error: 'gone' });
    expect(store.getState().analysis.error?.code).toBe('CORPUS');
  });

  it('navigates and patches the route with a history mode', () => {
    const store = createAppStore({ loadCorpus: () => Promise.resolve(input), analyze: () => Promise.resolve(fixture) });
    expect(store.getState().route).toEqual(HOME);
    store.getState().patchRoute({ view: 'pair', doc: '1154-cv-tu' });
    expect(store.getState()).toMatchObject({ route: { view: 'pair', doc: '1154-cv-tu' }, historyMode: 'push' });
    store.getState().patchRoute({ filter: 'added' }, 'replace');
    expect(store.getState()).toMatchObject({ route: { filter: 'added' }, historyMode: 'replace' });
  });

  it('drops a superseded run: its result never lands, the next run starts at once', async () => {
    let release!: (a: typeof fixture) => void;
    const signals: (AbortSignal | undefined)[] = [];
    const store = createAppStore({
      loadCorpus: () => Promise.resolve(input),
      analyze: (_inp, _onProgress, signal) => {
        signals.push(signal);
        return signals.length === 1 ? new Promise((resolve) => { release = resolve; }) : Promise.resolve(fixture);
      },
    });
    const old = store.getState().start();
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    expect(store.getState().analysis.status).toBe('loading');
    store.getState().supersede();
    expect(signals[0]?.aborted).toBe(true);
    expect(store.getState().analysis.status).toBe('idle');
    const next = store.getState().start();
    expect(next).not.toBe(old);
    await next;
    release({ ...fixture, documents: [] }); // the old run answers late: not heard
    await old;
    expect(store.getState().analysis).toMatchObject({ status: 'ready', result: fixture });
    expect(signals).toHaveLength(2);
  });

  it('a finished run superseded has what is still computed for it stopped, and keeps its result', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const store = createAppStore({
      loadCorpus: () => Promise.resolve(input),
      analyze: (_inp, _onProgress, signal) => { signals.push(signal); return Promise.resolve(fixture); },
    });
    await store.getState().start();
    store.getState().supersede();
    expect(signals[0]?.aborted).toBe(true);
    expect(store.getState().analysis).toMatchObject({ status: 'ready', result: fixture });
  });
});
