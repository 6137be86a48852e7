// @vitest-environment jsdom
/** The overview with more documents than fit: built from the small fixture's documents, copied under new ids. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Analysis, DocumentAnalysis } from '../../src/core/types.ts';
import { OverviewPage } from '../../src/ui/overview/overview-page.tsx';
import { renderWith, storeAt } from './render-app.tsx';
import { fixture } from './fixtures/analysis-fixture.ts';

afterEach(cleanup);

/** `n` documents: the fixture's three in turn, each with its own id, number and day. */
function many(n: number): Analysis {
  const documents = Array.from({ length: n }, (_v, i): DocumentAnalysis => {
    const d = fixture.documents[i % fixture.documents.length]!;
    const id = `doc-${i + 1}`;
    return { ...d, lagDays: d.lagDays === null ? null : d.lagDays + i, doc: { ...d.doc, id, meta: { ...d.doc.meta, number: d.doc.meta.number ? `${i + 1}-CV/TU` : null } } };
  });
  return { ...fixture, documents };
}

const bodyRows = () => within(screen.getByTestId('document-table')).getAllByRole('row').slice(1);

describe('OverviewPage with 75 documents', () => {
  it('shows 50 rows with a count, pages on, and sorts by a column with aria-sort', () => {
    const store = storeAt('#/', many(75));
    renderWith(store, <OverviewPage />);
    expect(screen.getByTestId('doc-count').textContent).toBe('Hiển thị 1–50 / 75 văn bản');
    expect(bodyRows()).toHaveLength(50);
    fireEvent.click(screen.getByTestId('doc-pager-next'));
    expect(screen.getByTestId('doc-count').textContent).toBe('Hiển thị 51–75 / 75 văn bản');
    expect(bodyRows()).toHaveLength(25);

    fireEvent.click(screen.getByRole('button', { name: /Số, ký hiệu/u }));
    const th = screen.getByRole('columnheader', { name: /Số, ký hiệu/u });
    expect(th.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByTestId('doc-count').textContent).toBe('Hiển thị 1–50 / 75 văn bản');
    const numbers = bodyRows().map((r) => /(\d+)-CV\/(TU|ĐU)/u.exec(r.textContent ?? '')?.[1]).filter(Boolean).map(Number);
    expect(numbers.length).toBeGreaterThan(30);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBe(2); // document 1 is the fixture's one without a number: last
    expect(store.getState().overview.sort).toEqual({ key: 'number', dir: 'asc' });
  });

  it('filters by omitted tasks and kind, and every panel counts the filtered documents', () => {
    const store = storeAt('#/', many(75));
    renderWith(store, <OverviewPage />);
    fireEvent.change(screen.getByTestId('doc-role'), { target: { value: 'forwarding' } });
    expect(screen.getByTestId('doc-count').textContent).toContain('Hiển thị 1–25 / 25 văn bản khớp bộ lọc (trong 75 văn bản).');
    expect(screen.getByTestId('heatmap').textContent).toContain('Triển khai trong 25 văn bản');
    fireEvent.change(screen.getByTestId('doc-min-omitted'), { target: { value: '9' } });
    expect(screen.getByTestId('doc-count').textContent).toBe('Không có văn bản nào khớp bộ lọc.');
    expect(screen.getByTestId('heatmap-empty')).toBeTruthy();
  });

  it('aggregates the heat map and keeps a window of 20 linked columns', () => {
    renderWith(storeAt('#/', many(75)), <OverviewPage />);
    const heatmap = screen.getByTestId('heatmap');
    expect(heatmap.className).toContain('heatmap--large');
    expect(heatmap.querySelectorAll('thead .heatmap__doc')).toHaveLength(20);
    expect(heatmap.querySelectorAll('.dist__bar[role="img"]')).toHaveLength(4);
    const first = () => heatmap.querySelector('thead .heatmap__doc a')?.getAttribute('href');
    const firstRow = bodyRows()[0]?.getAttribute('data-doc');
    expect(first()).toBe(`#/pair/${firstRow}`);
    expect(screen.getByTestId(`cell-${firstRow}-1-1`).getAttribute('href')).toBe(`#/pair/${firstRow}?c=1-1`);
    fireEvent.click(screen.getByTestId('heatmap-next'));
    expect(screen.getByTestId('heatmap-window').textContent).toContain('Văn bản 21–40 / 75');
    expect(first()).toBe(`#/pair/${bodyRows()[20]?.getAttribute('data-doc')}`);
  });

  it('puts the clauses most documents omit first on request', () => {
    renderWith(storeAt('#/', many(75)), <OverviewPage />);
    const heatmap = screen.getByTestId('heatmap');
    const order = () => [...heatmap.querySelectorAll('tbody tr[data-clause]')].map((tr) => tr.getAttribute('data-clause'));
    expect(order()).toEqual(['1-1', '1-2', '2-1', '6-1']);
    fireEvent.click(screen.getByTestId('heatmap-rank'));
    expect(screen.getByTestId('heatmap-rank').getAttribute('aria-pressed')).toBe('true');
    expect(heatmap.textContent).toContain('Mọi nhiệm vụ: câu nhiều văn bản không triển khai nhất lên đầu');
    // 1-2 and 6-1 are omitted by every document, 2-1 by two in three, 1-1 by the forwarding letters only.
    expect(order()).toEqual(['1-2', '6-1', '2-1', '1-1']);
  });
});
