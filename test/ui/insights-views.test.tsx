// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import RulesPage from '../../src/ui/rules/rules-page.tsx';
import CitationsPage from '../../src/ui/citations/citations-page.tsx';
import TimelinePage from '../../src/ui/timeline/timeline-page.tsx';
import TourPage from '../../src/ui/tour/tour-page.tsx';
import PairPage from '../../src/ui/pair/pair-page.tsx';
import ClausePage from '../../src/ui/clause/clause-page.tsx';
import { AppHeader } from '../../src/ui/app-header.tsx';
import { OverviewPage } from '../../src/ui/overview/overview-page.tsx';
import { corpusInsights } from '../support/insights-corpus.ts';
import { computeInsights } from '../../src/core/insights.ts';
import { fixture } from './fixtures/analysis-fixture.ts';
import type { AppStore } from '../../src/state/store.ts';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

const { analysis, bundle } = corpusInsights();
const ready = (hash: string): AppStore => {
  const store = storeAt(hash, analysis);
  store.setState({ insights: { status: 'ready', result: bundle, of: analysis, error: null } });
  return store;
};
const ASSET = 'Chỉ đạo thực hiện nghiêm việc kê khai tài sản, thu nhập';
const localId = (doc: string, s: string) => analysis.documents.find((d) => d.doc.id === doc)!.clauses.find((r) => r.clause.text.includes(s))!.clause.id;

describe('rules view', () => {
  it('shows each rule with its count per document, its total and examples linking into the pair view', () => {
    renderWith(ready('#/rules'), <RulesPage />);
    const row = screen.getByTestId('rules-table').querySelector<HTMLElement>('[data-rule="bí thư→thường vụ tỉnh uỷ"]')!;
    expect(row.textContent).toContain('Ban Bí thư → Ban Thường vụ Tỉnh ủy');
    expect([...row.querySelectorAll('td.num')].map((td) => td.textContent)).toEqual(['·', '2', '1', '·', '3']);
    expect(within(row).getByRole('link', { name: 'Mở đối chiếu Lạng Sơn tại Mục 6, câu 3' }).getAttribute('href')).toBe('#/pair/1154-cv-tu?l=6-3');
    expect(screen.getByTestId('localized-list').textContent).toContain('Địa phương hóa câu chữ');
  });

  it('says when the insights are still being computed', () => {
    const store = storeAt('#/rules', analysis);
    store.setState({ insights: { status: 'loading', result: null, of: analysis, error: null } });
    renderWith(store, <RulesPage />);
    expect(screen.getByRole('status').textContent).toContain('Đang tính');
  });
});

describe('citations view', () => {
  it('puts the 99-NQ/TW inconsistency first, in Vietnamese and in English', () => {
    renderWith(ready('#/citations'), <CitationsPage />);
    const flags = screen.getByTestId('citation-flags');
    expect(flags.textContent).toContain('Trích dẫn không thống nhất (1)');
    expect(flags.textContent).toContain('TTXVN ghi “Quyết định số 99-NQ/TW');
    expect(flags.textContent).toContain('ghi 99-QĐ/TW');
    cleanup();
    renderWith(ready('#/citations?lang=en'), <CitationsPage />);
    expect(screen.getByTestId('citation-flags').textContent).toContain('TTXVN writes “Quyết định số 99-NQ/TW');
    const qn = document.querySelector('[data-doc="1698-cv-tu"]')!;
    expect(qn.textContent).toContain('Added: local instruments (4)');
    expect(qn.textContent).toContain('Quyết định 1575-QĐ/TU');
  });
});

describe('timeline view', () => {
  it('draws days after the central text, forwarding letters apart, unknown dates as unknown', () => {
    renderWith(ready('#/timeline'), <TimelinePage />);
    const bars = screen.getByTestId('timeline-bars');
    expect(bars.querySelector('[data-doc="652-cv-đu"]')?.className).toContain('tl-bar--forwarding');
    expect(bars.querySelector('[data-doc="1154-cv-tu"] [role="img"]')?.getAttribute('aria-label')).toBe('Lạng Sơn: 34 ngày (Văn bản triển khai)');
    expect(bars.querySelector('[data-doc="thanh-uy-003"]')?.textContent).toContain('Không rõ ngày');
    expect(bars.textContent).toContain('sau 34 ngày, văn bản cuối cùng sau 69 ngày');
  });
});

describe('tour', () => {
  it('captions a step from its facts and links it into the app', () => {
    renderWith(ready('#/tour?step=3'), <TourPage />);
    const caption = screen.getByTestId('tour-caption').textContent ?? '';
    expect(caption).toContain('Lạng Sơn bổ sung một nhiệm vụ (Nhiệm vụ 3, câu 4) không có trong Kết luận 54-KL/TW');
    expect(caption).toContain('Nhiệm vụ I.2.4, câu 20 của 21-KL/TW (tương đồng 37%)');
    expect(screen.getByTestId('tour-open').getAttribute('href')).toBe('#/pair/1154-cv-tu?l=3-4');
    expect(screen.getByTestId('tour-evidence').textContent).toContain(ASSET);
  });

  it('moves with the keyboard and toggles presentation mode', () => {
    const store = ready('#/tour?step=1');
    renderWith(store, <TourPage />);
    act(() => { fireEvent.keyDown(window, { key: 'ArrowRight' }); });
    expect(store.getState().route).toMatchObject({ view: 'tour', step: 2, present: false });
    expect(screen.getByTestId('tour-step').dataset['kind']).toBe('localized');
    act(() => { fireEvent.keyDown(window, { key: 'PageUp' }); });
    expect(store.getState().route.step).toBe(1);
    act(() => { fireEvent.keyDown(window, { key: 'ArrowLeft' }); });
    expect(store.getState().route.step).toBe(1);
    act(() => { fireEvent.keyDown(window, { key: 'p' }); });
    expect(store.getState().route.present).toBe(true);
    expect(document.documentElement.classList.contains('presenting')).toBe(true);
    act(() => { fireEvent.keyDown(window, { key: 'Escape' }); });
    expect(store.getState().route.present).toBe(false);
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
  });

  it('speaks English and names the localized wording rule', () => {
    renderWith(ready('#/tour?step=2&lang=en'), <TourPage />);
    expect(screen.getByTestId('tour-caption').textContent).toBe(
      'Lạng Sơn keeps a central clause (Section 6, clause 3) but writes “Ban Thường vụ Tỉnh ủy” for “Ban Bí thư” and makes one more substitution. A faithful localization: the wording changes, the meaning does not.');
    expect(screen.getByTestId('localized-badge').textContent).toBe('Localized wording');
  });

  it('with another corpus, captions its own examples', () => {
    const store = storeAt('#/tour?step=2', fixture);
    store.setState({ insights: { status: 'ready', result: { insights: computeInsights(fixture, []), parents: [] }, of: fixture, error: null } });
    renderWith(store, <TourPage />);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByTestId('tour-caption').textContent).toBe('Nhiệm vụ 1, câu 2 của Kết luận 54-KL/TW bị 2/2 văn bản triển khai bỏ qua.');
    expect(screen.getByTestId('tour-open').getAttribute('href')).toBe('#/clause/1-2');
  });

  it('says so when the corpus has no example', () => {
    const store = storeAt('#/tour', analysis);
    store.setState({ insights: { status: 'ready', result: { ...bundle, insights: { ...bundle.insights, tour: [] } }, of: analysis, error: null } });
    renderWith(store, <TourPage />);
    expect(screen.getByText('Bộ văn bản này không có ví dụ nào cho bài giảng.')).toBeTruthy();
  });
});

describe('pair and clause views with the insights', () => {
  it('shows an added clause’s KL 21 source, and a clause with no source as genuinely local', () => {
    const id = localId('1154-cv-tu', ASSET);
    renderWith(ready(`#/pair/1154-cv-tu?l=${id}`), <PairPage />);
    const source = screen.getByTestId('provenance-source');
    expect(source.textContent).toContain('Nguồn có thể: 21-KL/TW, Nhiệm vụ I.2.4, câu 20');
    expect(source.textContent).toContain('tương đồng 37%');
    expect(source.querySelector('mark')?.textContent).toContain('thu nhập');
    expect(screen.getByTestId('pane-local').querySelector(`[data-clause="${id}"]`)?.textContent).toContain('nguồn 21-KL/TW');
    cleanup();
    renderWith(ready(`#/pair/1154-cv-tu?l=${localId('1154-cv-tu', 'Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng')}`), <PairPage />);
    expect(screen.getByTestId('provenance-local').textContent).toContain('Nội dung riêng của địa phương');
  });

  it('marks localized wording and shows its rules in the diff', () => {
    renderWith(ready('#/pair/1154-cv-tu?l=6-3'), <PairPage />);
    expect(screen.getByTestId('localized-badge').textContent).toBe('Địa phương hóa câu chữ');
    const marks = [...screen.getByTestId('clause-detail').querySelectorAll('.diff-rule')].map((e) => e.textContent);
    expect(marks).toEqual(['[bỏ: Bí thư]quy tắc 1', '[thêm: Thường vụ Tỉnh ủy]quy tắc 1', '[bỏ: Trung ương]quy tắc 2', '[thêm: Tỉnh ủy]quy tắc 2']);
  });

  it('shows the lineage KL 21 → KL 54 → provinces in the clause view', () => {
    renderWith(ready('#/clause/2-1'), <ClausePage />);
    const l = screen.getByTestId('lineage');
    expect(l.textContent).toContain('Kết luận 21-KL/TW');
    expect(l.textContent).toContain('Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng');
    expect(l.textContent).toContain('3/4 triển khai');
    cleanup();
    renderWith(ready('#/clause/5-1'), <ClausePage />);
    expect(screen.queryByTestId('lineage')).toBeNull();
  });
});

describe('header and overview', () => {
  it('links the four views from the header', () => {
    renderWith(ready('#/rules'), <AppHeader />);
    expect(screen.getByTestId('nav-rules').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-tour').getAttribute('href')).toBe('#/tour?step=1');
    expect(screen.getByTestId('nav-citations').textContent).toBe('Trích dẫn');
  });

  it('lists the parent documents and offers to mark a local document as one', () => {
    const store = ready('#/');
    const marked: string[] = [];
    store.setState({ toggleParent: (id: string) => { marked.push(id); return Promise.resolve(); } });
    renderWith(store, <OverviewPage />);
    expect(screen.getByTestId('parent-list').textContent).toContain('Kết luận 21-KL/TW');
    fireEvent.click(screen.getByTestId('mark-parent-thanh-uy-003'));
    expect(marked).toEqual(['thanh-uy-003']);
  });
});
