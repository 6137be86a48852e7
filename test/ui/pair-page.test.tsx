// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import PairPage from '../../src/ui/pair/pair-page.tsx';
import { renderWith, storeAt } from './render-app.tsx';
import { applyReviews } from '../../src/core/reviews.ts';
import { fixture } from './fixtures/analysis-fixture.ts';

afterEach(cleanup);

const clause = (side: 'central' | 'local', id: string) => screen.getByTestId(`pane-${side}`).querySelector<HTMLElement>(`[data-clause="${id}"]`)!;

describe('PairPage', () => {
  it('shows both texts in their structure, with class labels beside colour', () => {
    renderWith(storeAt('#/pair/1154-cv-tu'), <PairPage />);
    const central = screen.getByTestId('pane-central');
    expect(within(central).getByText('Nhiệm vụ 1')).toBeTruthy();
    expect(within(central).getByText('Mục 6', { exact: false })).toBeTruthy();
    expect(clause('local', '1-2').textContent).toContain('Bổ sung (địa phương)');
    expect(clause('central', '1-2').textContent).toContain('Không triển khai');
    expect(clause('central', '2-1').textContent).toContain('Nguyên văn');
  });

  it('highlights the counterpart of a selected central clause and shows the reason and word diff', () => {
    renderWith(storeAt('#/pair/1154-cv-tu?c=1-1'), <PairPage />);
    expect(clause('central', '1-1').getAttribute('aria-pressed')).toBe('true');
    expect(clause('local', '1-1').className).toContain('is-linked');
    const detail = screen.getByTestId('clause-detail');
    expect(detail.textContent).toContain('Độ tương đồng 70%');
    expect(detail.textContent).toContain('thêm 2 từ, bỏ 2 từ');
    expect(detail.querySelector('ins.diff-ins')?.textContent).toContain('nghiêm túc');
    expect(detail.querySelector('del.diff-del')?.textContent).toContain('sâu sắc');
    expect(detail.querySelector('.diff-cos')?.getAttribute('title')).toContain('quán triệt');
  });

  it('selects a clicked clause into the URL state and clears on a second click', () => {
    const store = storeAt('#/pair/1154-cv-tu');
    renderWith(store, <PairPage />);
    fireEvent.click(clause('local', '1-2'));
    expect(store.getState().route).toMatchObject({ local: '1-2', clause: null });
    expect(screen.getByTestId('clause-detail').textContent).toContain('Câu này không có trong văn bản Trung ương.');
    fireEvent.click(clause('local', '1-2'));
    expect(store.getState().route.local).toBeNull();
  });

  it('moves with arrow keys and opens the counterpart with Enter', () => {
    const store = storeAt('#/pair/1154-cv-tu');
    renderWith(store, <PairPage />);
    clause('central', 'assessment-1').focus();
    fireEvent.keyDown(clause('central', 'assessment-1'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(clause('central', '1-1'));
    fireEvent.keyDown(clause('central', '1-1'), { key: 'Enter' });
    expect(store.getState().route.clause).toBe('1-1');
    expect(document.activeElement).toBe(clause('local', '1-1'));
  });

  it('filters: only added clauses stay undimmed', () => {
    const store = storeAt('#/pair/1154-cv-tu');
    renderWith(store, <PairPage />);
    fireEvent.click(screen.getByTestId('filter-added'));
    expect(store.getState().route.filter).toBe('added');
    expect(clause('local', '1-2').className).not.toContain('is-dimmed');
    expect(clause('local', '1-1').className).toContain('is-dimmed');
  });

  it('draws the task strip and says so when a document is unknown', () => {
    renderWith(storeAt('#/pair/1154-cv-tu'), <PairPage />);
    expect(screen.getByRole('heading', { name: /nhiệm vụ Trung ương nào/u }).closest('section')?.textContent).toContain('NV 2 Trung ương: 75%');
    cleanup();
    renderWith(storeAt('#/pair/nope'), <PairPage />);
    expect(screen.getByText(/Không có văn bản “nope”/u)).toBeTruthy();
  });

  it('marks the clauses the reviewer answered, and says the reason shown is the machine\'s', () => {
    const { analysis } = applyReviews(fixture, [{
      document: '1154-CV/TU', clause: 'Các cấp ủy Quán triệt nghiêm túc.', class: 'verbatim', central: ['1-1'],
      reviewer: 'Nguyễn Văn An', at: '2026-12-07T08:00:00Z', note: 'Chỉ khác chữ hoa.',
    }]);
    renderWith(storeAt('#/pair/1154-cv-tu?c=1-1', analysis), <PairPage />);
    expect(within(clause('local', '1-1')).getByTestId('clause-reviewed').textContent).toContain('Đã kiểm tra');
    expect(within(clause('local', '2-1')).queryByTestId('clause-reviewed')).toBeNull();
    const detail = screen.getByTestId('clause-detail');
    expect(detail.querySelector('.reason--machine')?.textContent).toContain('Căn cứ của máy (người kiểm tra đã sửa kết quả này)');
  });
});
