// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { Panel } from '../../src/ui/shared/panel.tsx';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

function Broken(): never {
  throw new Error('chart failed');
}

describe('Panel error boundary', () => {
  it('keeps the rest of the page when one panel fails', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWith(storeAt('#/'), (
      <>
        <Panel id="a" title="Biểu đồ A"><Broken /></Panel>
        <Panel id="b" title="Bảng B"><p>vẫn hiển thị</p></Panel>
      </>
    ));
    expect(screen.getByRole('alert').textContent).toContain('Không hiển thị được phần “Biểu đồ A”');
    expect(screen.getByText('vẫn hiển thị')).toBeTruthy();
    quiet.mockRestore();
  });
});
