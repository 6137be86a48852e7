// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { ReviewerName } from './reviewer-name.tsx';
import { renderWith, storeAt } from '../../../../test/ui/render-app.tsx';

afterEach(cleanup);

describe('ReviewerName', () => {
  it('changes the name in place: Enter saves it, Escape leaves it, the keyboard returns to the button', async () => {
    const store = storeAt('#/pair/1154-cv-tu');
    await store.getState().setReviewer('Nguyễn Văn An');
    const prompt = vi.spyOn(window, 'prompt');
    const view = renderWith(store, <ReviewerName reviewer="Nguyễn Văn An" />);
    expect(view.container.textContent).toContain('Người kiểm tra: Nguyễn Văn An');

    fireEvent.click(screen.getByTestId('reviewer-change'));
    const input = screen.getByTestId<HTMLInputElement>('reviewer-name-input');
    expect(input.value).toBe('Nguyễn Văn An');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'Trần Thị Bình' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('reviewer-name-input')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('reviewer-change'));
    expect(store.getState().reviews.data.reviewer).toBe('Nguyễn Văn An');

    fireEvent.click(screen.getByTestId('reviewer-change'));
    fireEvent.change(screen.getByTestId('reviewer-name-input'), { target: { value: '  Trần Thị Bình ' } });
    fireEvent.submit(screen.getByTestId('reviewer-name-input').closest('form')!);
    await vi.waitFor(() => expect(store.getState().reviews.data.reviewer).toBe('Trần Thị Bình'));
    expect(prompt).not.toHaveBeenCalled();
  });
});
