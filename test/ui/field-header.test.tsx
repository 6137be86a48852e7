// @vitest-environment jsdom
// Header fields, roles and table rows of real documents (issue 10) as the app shows them:
// Kế hoạch 1026/KH-UBND of Nghệ An against Chỉ thị 32/CT-TTg, Công văn 174/CV-BCĐ's appendix rows
// against KL 221, and a news summary of NQ 74 that only cites KL 127.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import PairPage from '../../src/ui/pair/pair-page.tsx';
import { OverviewPage } from '../../src/ui/overview/overview-page.tsx';
import { realPair } from '../support/real.ts';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

const field = (name: string) => screen.getByTestId('pair-fields').querySelector(`[data-field="${name}"] dd`)?.textContent;

describe('header fields, roles and table rows', () => {
  it('shows Nghệ An 1026\'s number, kind, issuer, date, what it implements and its signer with capacity', () => {
    const a = realPair('ct32-central_32-CT-TTg_quoted-in-article.txt', 'ct32-local_nghe-an_1026-KH-UBND.txt');
    renderWith(storeAt('#/pair/1026-kh-ubnd', a), <PairPage />);
    expect(field('kind')).toBe('Kế hoạch 1026/KH-UBND');
    expect(field('issuer')).toBe('UBND tỉnh Nghệ An');
    expect(field('date')).toBe('26/11/2025');
    expect(field('implements')).toBe('32/CT-TTg');
    expect(field('signer')).toContain('Bùi Thanh An (TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
    expect(field('role')).toBe('Văn bản triển khai');
    expect(screen.queryByTestId('role-note')).toBeNull();
    // A real localization: "Chủ tịch Ủy ban nhân dân tỉnh, thành phố" → "Chủ tịch UBND tỉnh".
    const clause = screen.getByTestId('pane-local').querySelector('[data-clause="II.5-2"]')!;
    expect(clause.querySelector('[data-effect="localized"]')?.textContent).toBe('Địa phương hóa');
  });

  it('shows the columns of CV 174\'s appendix rows beside their clauses', () => {
    const a = realPair('kl221-central_221-KL-TW.txt', 'kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt');
    renderWith(storeAt('#/pair/174-cv-bcđ', a), <PairPage />);
    const row = screen.getByTestId('pane-local').querySelector('[data-clause="PL.1-1"]')!.closest('.block')!;
    const cells = within(row as HTMLElement).getByTestId('row-cells');
    expect(cells.querySelector('[data-role="lead"]')?.textContent).toBe('Cơ quan chủ trìBộ Tài chính');
    expect(cells.querySelector('[data-role="source"]')?.textContent).toBe('Tỉnh kiến nghịLào Cai');
  });

  it('keeps a document that only cites the central text apart, and says why', () => {
    const a = realPair('kl127-central_127-KL-TW_news-repost.txt', 'negative_news-summary_74-NQ-CP.txt');
    const id = a.documents[0]!.doc.id;
    renderWith(storeAt(`#/pair/${id}`, a), <PairPage />);
    expect(screen.getByTestId('role-note').textContent).toContain('chỉ nhắc đến hoặc trích dẫn văn bản Trung ương');
    cleanup();
    renderWith(storeAt('#/', a), <OverviewPage />);
    expect(screen.getByTestId('cites-only').textContent).toBe('Chỉ trích dẫn — không tính là văn bản triển khai');
  });
});
