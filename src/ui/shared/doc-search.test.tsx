// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderWith, storeAt } from '../../../test/ui/render-app.tsx';
import { DocSearch, PICKER_SHOWN } from './doc-search.tsx';

afterEach(cleanup);

// 5,000 documents named as the benchmark corpus names them: a province, and a number.
const PLACES = ['Tỉnh ủy Lạng Sơn', 'Thành ủy Hà Nội', 'Tỉnh ủy Đắk Lắk', 'Tỉnh ủy Sơn La', 'Thành ủy Đà Nẵng'];
const items = Array.from({ length: 5000 }, (_, i) => ({ id: `d${i}`, label: `${PLACES[i % PLACES.length]} · ${i}-CV/TU` }));

describe('searchable document picker', () => {
  it('lists a dozen documents at most, filters without tone marks, and opens the one chosen with the keyboard', () => {
    const picked: string[] = [];
    const { container } = renderWith(storeAt('#/pair/d0'), <DocSearch items={items} onPick={(id) => picked.push(id)} testId="picker" />);
    const input = screen.getByTestId('picker');
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(0);
    fireEvent.focus(input);
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(PICKER_SHOWN);
    fireEvent.change(input, { target: { value: 'dak lak 17' } });
    const options = [...container.querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o).toMatch(/^Tỉnh ủy Đắk Lắk · \d*17\d*-CV\/TU$/u);
    expect(container.querySelector('[role="status"]')?.textContent).toContain('văn bản khớp');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(container.querySelectorAll('[role="option"]')[1]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(picked).toHaveLength(1);
    expect(items.find((x) => x.id === picked[0])!.label).toBe(options[1]);
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(0);
  });

  it('says so when nothing matches', () => {
    const { container } = renderWith(storeAt('#/pair/d0'), <DocSearch items={items} onPick={() => {}} testId="picker" />);
    fireEvent.change(screen.getByTestId('picker'), { target: { value: 'Cà Mau' } });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Không có văn bản nào khớp “Cà Mau”.');
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(0);
  });
});
