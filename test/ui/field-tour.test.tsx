// @vitest-environment jsdom
// The trainer's tour uses a real weakening (issue 12): Quảng Ngãi 5-3, "nghiêm minh" → "nghiêm".
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import TourPage from '../../src/ui/tour/tour-page.tsx';
import { corpusInsights } from '../support/insights-corpus.ts';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

const { analysis, bundle } = corpusInsights();
const ready = (hash: string) => {
  const store = storeAt(hash, analysis);
  store.setState({ insights: { status: 'ready', result: bundle, of: analysis, error: null } });
  return store;
};

describe('tour: a real weakening', () => {
  it('captions Quảng Ngãi 5-3 from its code and values and highlights "minh" in the evidence', () => {
    renderWith(ready('#/tour?step=7'), <TourPage />);
    expect(screen.getByTestId('tour-step').dataset['kind']).toBe('weakened');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Một câu bị làm nhẹ');
    expect(screen.getByTestId('tour-caption').textContent).toBe(
      'Quảng Ngãi chép lại Nhiệm vụ 5, câu 3 gần như nguyên văn, với một thay đổi: “nghiêm minh” thành “nghiêm”: yêu cầu nhẹ hơn. Câu này vì thế là “điều chỉnh” có tác động “làm nhẹ”, không phải nguyên văn; trong phần so sánh, từ cho thấy điều đó được tô sáng.');
    expect(screen.getByTestId('tour-open').getAttribute('href')).toBe('#/pair/1698-cv-tu?l=5-3');
    const ev = screen.getByTestId('tour-evidence');
    expect(ev.querySelector('mark.diff-effect--weakened [data-doc-text]')?.textContent).toBe('minh');
  });

  it('speaks English', () => {
    renderWith(ready('#/tour?step=7&lang=en'), <TourPage />);
    expect(screen.getByTestId('tour-caption').textContent).toContain('with one change: “nghiêm minh” became “nghiêm”: a softer demand.');
  });
});
