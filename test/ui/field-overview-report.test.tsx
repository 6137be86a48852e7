// @vitest-environment jsdom
// "Weakened" next to omitted (issue 12) in the overview table, the heat map and the printable
// report, on the built-in corpus as analysed (Quảng Ngãi 1698-CV/TU weakens KL 54's 1-1 and 5-3).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { OverviewPage } from '../../src/ui/overview/overview-page.tsx';
import ReportPage from '../../src/ui/report/report-page.tsx';
import { builtinAnalysis } from '../support/corpus.ts';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);
const { analysis } = builtinAnalysis();

describe('weakened in the overview and the report', () => {
  it('counts weakened clauses per document next to the coverage, and marks heat-map cells on request', () => {
    renderWith(storeAt('#/', analysis), <OverviewPage />);
    const row = within(screen.getByTestId('document-table')).getAllByRole('row').find((r) => r.getAttribute('data-doc') === '1698-cv-tu')!;
    expect(row.querySelector('[data-testid="weakened-count"]')?.textContent).toBe('2');
    const cell = screen.getByTestId('cell-1698-cv-tu-5-3');
    expect(cell.className).not.toContain('hm-cell--weakened');
    fireEvent.click(screen.getByTestId('heatmap-weakened'));
    expect(cell.className).toContain('hm-cell--weakened');
    expect(cell.getAttribute('aria-label')).toContain('làm nhẹ');
    // Lạng Sơn carries 5-3 unchanged: not marked.
    expect(screen.getByTestId('cell-1154-cv-tu-5-3').className).not.toContain('hm-cell--weakened');
  });

  it('lists Quảng Ngãi 5-3 among the report\'s weakened clauses, with what changed', () => {
    renderWith(storeAt('#/report', analysis), <ReportPage />);
    const section = screen.getAllByTestId('report-doc').find((s) => s.textContent?.includes('1698-CV/TU'))!;
    const item = section.querySelector('[data-testid="report-weakened"] [data-clause="5-3"]')!;
    expect(item.textContent).toContain('xử lý nghiêm, kịp thời');
    expect(item.textContent).toContain('“nghiêm minh” thành “nghiêm”');
    expect(section.textContent).toContain('Nội dung bị làm nhẹ so với Trung ương (2)');
  });
});
