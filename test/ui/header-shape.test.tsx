// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { AppHeader } from '../../src/ui/app-header.tsx';
import { renderWith, storeAt } from './render-app.tsx';
import { fixture } from './fixtures/analysis-fixture.ts';

afterEach(cleanup);

/** Every link, button and greyed place in the header, by its words, in order. */
const places = (header: HTMLElement) => [...header.querySelectorAll('a, button, [aria-disabled]')].map((e) => e.textContent);

describe('the header before and after the first analysis', () => {
  it('keeps the same places: pair, clause and the two reports greyed, then live', () => {
    const store = storeAt('#/', null);
    const { container } = renderWith(store, <AppHeader />);
    const header = container.querySelector('header')!;
    const before = places(header);
    expect(screen.getByText('Đối chiếu cặp').closest('[aria-disabled="true"]')).not.toBeNull();
    expect(screen.getByText('Theo từng câu').closest('[aria-disabled="true"]')).not.toBeNull();
    expect((screen.getByTestId('report') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('inspection-report')).toBeNull();

    act(() => store.setState({ analysis: { status: 'ready', result: fixture, progress: null, error: null } }));
    expect(places(header)).toEqual(before);
    expect(screen.getByRole('link', { name: 'Đối chiếu cặp' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Theo từng câu' })).toBeTruthy();
    expect((screen.getByTestId('report') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId('inspection-report').getAttribute('href')).toContain('report');
    expect(header.querySelectorAll('[aria-disabled]')).toHaveLength(0);
  });
});
