// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { App } from '../../src/ui/app.tsx';
import { createAppStore } from '../../src/state/store.ts';
import { parseHash } from '../../src/state/route/route.ts';
import type { BenchMode } from '../../src/state/corpus/bench-mode.ts';
import { renderWith } from './render-app.tsx';
import { fixture } from './fixtures/analysis-fixture.ts';

afterEach(cleanup);

const benchStore = (bench: BenchMode, hash = '#/') => createAppStore({
  loadCorpus: () => new Promise(() => {}), analyze: () => new Promise(() => {}), initialRoute: parseHash(hash), bench,
});

describe('benchmark mode in the interface', () => {
  it('shows documents done of N as a progress bar, with the banner and its way out', () => {
    const store = benchStore({ kind: 'on', n: 1000, seed: 1, capped: false });
    store.setState({
      corpus: { status: 'ready', input: null, error: null },
      analysis: { status: 'loading', result: null, progress: { done: 120, total: 1000, stage: '1095-KH/TU' }, error: null },
    });
    renderWith(store, <App />);
    expect(screen.getByRole('status').textContent).toContain('120 / 1.000 văn bản');
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('120');
    expect(bar.getAttribute('aria-valuemax')).toBe('1000');
    const banner = screen.getByTestId('bench-banner');
    expect(banner.textContent).toContain('1.000 văn bản sinh tự động');
    expect(screen.getByTestId('bench-exit').getAttribute('href')).not.toContain('bench');
  });

  it('keeps the small corpus wording and shows no banner when off', () => {
    const store = benchStore({ kind: 'off' });
    store.setState({ analysis: { status: 'ready', result: fixture, progress: null, error: null } });
    renderWith(store, <App />);
    expect(screen.queryByTestId('bench-banner')).toBeNull();
  });

  it('replaces the documents page: the user\'s workspace is not loaded in this mode', () => {
    renderWith(benchStore({ kind: 'on', n: 40, seed: 1, capped: false }, '#/documents'), <App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bộ thử nghiệm');
    expect(screen.queryByTestId('dropzone')).toBeNull();
  });

  it('explains an invalid value in Vietnamese', () => {
    renderWith(benchStore({ kind: 'invalid', raw: 'abc' }), <App />);
    expect(screen.getByRole('alert').textContent).toContain('“abc” không phải số văn bản hợp lệ');
  });
});
