// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { App } from '../../src/ui/app.tsx';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

describe('App', () => {
  it('shows progress while the worker analyzes', () => {
    const store = storeAt('#/', null);
    store.setState({
      corpus: { status: 'ready', input: null, error: null },
      analysis: { status: 'loading', result: null, progress: { done: 1, total: 4, stage: '1154-CV/TU' }, error: null },
    });
    renderWith(store, <App />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Đối chiếu văn bản 1154-CV/TU');
    expect(status.textContent).toContain('Bước 2/4');
  });

  it('names a failure by its code, in the interface language', () => {
    const store = storeAt('#/?lang=en', null);
    store.setState({ analysis: { status: 'error', result: null, progress: null, error: { code: 'NO_CENTRAL', source: '54-KL/TW', detail: null, message: 'x' } } });
    renderWith(store, <App />);
    expect(screen.getByRole('alert').textContent).toContain('The central document “54-KL/TW” was not found.');
  });

  it('offers the other language as a link to the same view', () => {
    renderWith(storeAt('#/pair/1154-cv-tu?c=1-1'), <App />);
    expect(screen.getByTestId('lang-toggle').getAttribute('href')).toBe('#/pair/1154-cv-tu?c=1-1&lang=en');
    expect(document.documentElement.lang).toBe('vi');
  });
});
