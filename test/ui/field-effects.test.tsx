// @vitest-environment jsdom
// What a change does, in the pair view (issue 12), on the built-in corpus as analysed: Quảng Ngãi
// 1698-CV/TU turns KL 54's "xử lý nghiêm minh, kịp thời" (5-3) into "xử lý nghiêm, kịp thời".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import PairPage from '../../src/ui/pair/pair-page.tsx';
import ClausePage from '../../src/ui/clause/clause-page.tsx';
import { builtinAnalysis } from '../support/corpus.ts';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

const { analysis } = builtinAnalysis();
const clause = (side: 'central' | 'local', id: string) => screen.getByTestId(`pane-${side}`).querySelector<HTMLElement>(`[data-clause="${id}"]`)!;

describe('effects in the pair view', () => {
  it('marks Quảng Ngãi 5-3 as weakened, explains it from its code and highlights "minh" in its diff', () => {
    renderWith(storeAt('#/pair/1698-cv-tu?l=5-3', analysis), <PairPage />);
    expect(clause('local', '5-3').getAttribute('data-cls')).toBe('adapted');
    expect(clause('local', '5-3').querySelector('[data-effect="weakened"]')?.textContent).toBe('Làm nhẹ');
    const detail = screen.getByTestId('clause-detail');
    const item = detail.querySelector('[data-code="FORCE_SOFTENED"]')!;
    expect(item.textContent).toContain('“nghiêm minh” thành “nghiêm”: yêu cầu nhẹ hơn.');
    expect(item.textContent).toContain('Trung ương: “xử lý nghiêm minh, kịp thời” → Địa phương: “xử lý nghiêm, kịp thời”');
    const marked = detail.querySelector('mark.diff-effect--weakened');
    expect(marked?.querySelector('del.diff-del')?.textContent).toContain('minh');
    // Lạng Sơn's identical 5-3 shows no effect.
    cleanup();
    renderWith(storeAt('#/pair/1154-cv-tu?l=5-3', analysis), <PairPage />);
    expect(clause('local', '5-3').querySelector('[data-testid="effect-badges"]')).toBeNull();
  });

  it('explains a localization in English and marks the central clause with its carriers\' effects', () => {
    renderWith(storeAt('#/pair/1698-cv-tu?c=6-5&lang=en', analysis), <PairPage />);
    expect(clause('central', '6-5').querySelector('[data-effect="localized"]')?.textContent).toBe('Localized');
    const swap = screen.getByTestId('clause-detail').querySelector('[data-code="LEVEL_SWAP"]')!;
    expect(swap.textContent).toContain('“Ban Dân vận Trung ương” became “Ban Dân vận Tỉnh ủy”: the same kind of body, from the central level to the province level.');
    expect(screen.getByTestId('clause-detail').querySelector('mark.diff-effect--localized')).not.toBeNull();
  });

  it('filters by effect: only weakened clauses stay bright, on both sides', () => {
    const store = storeAt('#/pair/1698-cv-tu', analysis);
    renderWith(store, <PairPage />);
    const select = screen.getByTestId('filter-effect') as HTMLSelectElement;
    expect(select.querySelector('option[value="weakened"]')?.textContent).toBe('Làm nhẹ (2)');
    fireEvent.change(select, { target: { value: 'weakened' } });
    expect(store.getState().route.filter).toBe('weakened');
    const bright = [...screen.getByTestId('pane-local').querySelectorAll('.clause:not(.is-dimmed)')].map((e) => e.getAttribute('data-clause'));
    expect(bright.sort()).toEqual(['1-1', '5-3']);
    expect(clause('central', '5-3').className).not.toContain('is-dimmed');
    expect(clause('central', '2-1').className).toContain('is-dimmed');
    fireEvent.change(select, { target: { value: '' } });
    expect(store.getState().route.filter).toBeNull();
  });
});

describe('effects in the clause view', () => {
  it('says on each document\'s card what its change of 5-3 does: Quảng Ngãi softened it, Lạng Sơn copied it word for word', async () => {
    renderWith(storeAt('#/clause/5-3', analysis), <ClausePage />);
    const card = (doc: string) => document.querySelector<HTMLElement>(`.carrier[data-doc="${doc}"]`);
    await vi.waitFor(() => expect(card('1698-cv-tu')).not.toBeNull());
    const qn = card('1698-cv-tu')!;
    expect(qn.querySelector('.carrier__head [data-effect="weakened"]')?.textContent).toBe('Làm nhẹ');
    expect(qn.querySelector('[data-code="FORCE_SOFTENED"]')?.textContent).toContain('“nghiêm minh” thành “nghiêm”: yêu cầu nhẹ hơn.');
    await vi.waitFor(() => expect(card('1154-cv-tu')).not.toBeNull());
    // Lạng Sơn carries 5-3 twice: word for word in its own 5-3 (no effect), and in 1-3, which drops an emphasis.
    const ls = card('1154-cv-tu')!;
    expect(ls.querySelector('[data-clause="5-3"] [data-testid="effect-list"]')).toBeNull();
    expect(ls.querySelector('[data-clause="1-3"] [data-code="EMPHASIS_DROPPED"]')).not.toBeNull();
    expect([...ls.querySelectorAll('.carrier__head [data-effect]')].map((e) => e.getAttribute('data-effect'))).toEqual(['narrowed']);
  });
});
