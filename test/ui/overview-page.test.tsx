// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { OverviewPage } from '../../src/ui/overview/overview-page.tsx';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

describe('OverviewPage', () => {
  it('names the central text and lists local documents by date, unknown dates last', () => {
    renderWith(storeAt('#/'), <OverviewPage />);
    expect(screen.getByRole('heading', { name: 'Kết luận 54-KL/TW' })).toBeTruthy();
    const rows = within(screen.getByTestId('document-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-doc'))).toEqual(['652-cv-đu', '1154-cv-tu', '003-x']);
    expect(rows[1]?.textContent).toContain('12/06/2023');
    expect(rows[1]?.textContent).toContain('34 ngày');
    expect(rows[0]?.textContent).toContain('Công văn chuyển tiếp');
    expect(rows[2]?.textContent).toContain('Không rõ ngày');
    expect(rows[2]?.textContent).toContain('Không số');
  });

  it('links each heat-map cell to the pair view at that clause, with a label that is not colour', () => {
    renderWith(storeAt('#/'), <OverviewPage />);
    const cell = screen.getByTestId('cell-1154-cv-tu-1-1');
    expect(cell.getAttribute('href')).toBe('#/pair/1154-cv-tu?c=1-1');
    expect(cell.getAttribute('aria-label')).toContain('Điều chỉnh');
    expect(screen.getByTestId('heatmap').textContent).toContain('Mục 6 — Tổ chức thực hiện');
  });

  it('shows documents without a date apart on the timeline', () => {
    renderWith(storeAt('#/'), <OverviewPage />);
    const timeline = screen.getByTestId('timeline');
    expect(timeline.querySelector('.timeline__unknown')?.textContent).toContain('Thành ủy');
    expect(timeline.querySelectorAll('a circle, a rect')).toHaveLength(2);
  });

  it('speaks English when the URL says so', () => {
    renderWith(storeAt('#/?lang=en'), <OverviewPage />);
    expect(screen.getByTestId('document-table').textContent).toContain('Forwarding letter');
    expect(screen.getByTestId('document-table').textContent).toContain('Date unknown');
  });
});
