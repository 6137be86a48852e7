// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import ClausePage from '../../src/ui/clause/clause-page.tsx';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

describe('ClausePage', () => {
  it('shows one central clause across every document, diff by diff', () => {
    renderWith(storeAt('#/clause/1-1?d=1154-cv-tu'), <ClausePage />);
    expect(document.querySelector('.central-clause__text')?.textContent).toBe('Các cấp ủy quán triệt sâu sắc.');
    const cards = [...document.querySelectorAll<HTMLElement>('.carrier')];
    expect(cards.map((c) => c.dataset['doc'])).toEqual(['652-cv-đu', '1154-cv-tu', '003-x']);
    expect(cards[0]?.textContent).toContain('Văn bản này không triển khai câu này.');
    expect(cards[1]?.className).toContain('is-current');
    expect(cards[1]?.querySelector('ins.diff-ins')?.textContent).toContain('nghiêm túc');
    expect(cards[1]?.querySelector('a')?.getAttribute('href') ?? '').toBe('#/pair/1154-cv-tu?c=1-1');
  });

  it('picks another clause from the list', () => {
    const store = storeAt('#/clause/1-1');
    renderWith(store, <ClausePage />);
    fireEvent.change(screen.getByTestId('clause-picker'), { target: { value: '2-1' } });
    expect(store.getState().route).toMatchObject({ view: 'clause', clause: '2-1' });
  });

  it('says so for an unknown clause', () => {
    renderWith(storeAt('#/clause/9-9'), <ClausePage />);
    expect(screen.getByText(/Không có câu “9-9”/u)).toBeTruthy();
  });
});
