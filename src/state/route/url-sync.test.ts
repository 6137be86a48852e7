import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store.ts';
import { bindUrl, type UrlHost } from './url-sync.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

function fakeHost(hash: string) {
  const listeners = new Set<() => void>();
  const history: string[] = [hash];
  const host: UrlHost & { history: string[]; go: (h: string) => void } = {
    history,
    location: {
      get hash() { return history.at(-1) ?? ''; },
      set hash(h: string) { history.push(h); },
      replace: (h: string) => { history[history.length - 1] = h; },
    },
    addEventListener: (_t, fn) => listeners.add(fn),
    removeEventListener: (_t, fn) => listeners.delete(fn),
    go: (h: string) => { history.push(h); for (const fn of listeners) fn(); },
  };
  return host;
}

describe('url sync', () => {
  const services = { loadCorpus: () => Promise.reject(new Error('unused')), analyze: () => Promise.resolve(fixture) };

  it('reads the view from the URL at start and on hash change', () => {
    const store = createAppStore(services);
    const host = fakeHost('#/pair/1154-cv-tu?c=5-1&lang=en');
    bindUrl(store, host);
    expect(store.getState().route).toMatchObject({ view: 'pair', doc: '1154-cv-tu', clause: '5-1', lang: 'en' });
    host.go('#/clause/2-1');
    expect(store.getState().route).toMatchObject({ view: 'clause', clause: '2-1', lang: 'vi' });
    expect(store.getState().historyMode).toBe('none');
  });

  it('pushes navigation into the history and replaces on request', () => {
    const store = createAppStore(services);
    const host = fakeHost('');
    const unbind = bindUrl(store, host);
    store.getState().patchRoute({ view: 'pair', doc: '1154-cv-tu' });
    expect(host.history).toEqual(['', '#/pair/1154-cv-tu']);
    store.getState().patchRoute({ filter: 'added' }, 'replace');
    expect(host.history).toEqual(['', '#/pair/1154-cv-tu?f=added']);
    unbind();
    store.getState().patchRoute({ filter: null });
    expect(host.history).toHaveLength(2);
  });
});
