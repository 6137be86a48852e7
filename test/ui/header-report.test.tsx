// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { HeaderActions } from '../../src/ui/header-actions.tsx';
import { renderWith, storeAt } from './render-app.tsx';
import { fixture } from './fixtures/analysis-fixture.ts';

afterEach(() => { cleanup(); vi.restoreAllMocks(); });

describe('the JSON report button', () => {
  it('waits for the insights the worker sends after the analysis', async () => {
    const made = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: made, revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const store = storeAt('#/');
    store.setState({ insights: { status: 'loading', result: null, of: fixture, error: null } });
    renderWith(store, <HeaderActions />);
    fireEvent.click(screen.getByTestId('report'));
    expect(screen.getByTestId('report').textContent).toBe('Đang chuẩn bị báo cáo…');
    await new Promise((r) => setTimeout(r, 20));
    expect(made).not.toHaveBeenCalled();
    act(() => store.setState({ insights: { status: 'error', result: null, of: fixture, error: 'x' } }));
    await waitFor(() => expect(made).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('report').textContent).toBe('Tải báo cáo JSON');
  });
});
