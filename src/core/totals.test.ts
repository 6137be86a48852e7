// Researchers' totals per issuer across families: on reports written here, then on the families
// of test/support/family-world.ts.
import { describe, expect, it } from 'vitest';
import * as w from '../../test/support/family-world.ts';
import { toFamiliesReport } from './families-report.ts';
import { analyzeFamilies } from './families.ts';
import { issuerTotals, totalsRows, type TotalsSource } from './totals.ts';

const doc = (issuer: string | null, role: TotalsSource['documents'][number]['role'], v: number, a: number, o: number, weakened?: number) => ({
  issuer, place: issuer?.split(' ').at(-1) ?? null, role, coverage: { tasks: { verbatim: v, adapted: a, omitted: o } },
  ...(weakened === undefined ? {} : { effectCounts: { weakened } }),
});

describe('issuerTotals', () => {
  it('sums an issuer over families: documents, mean coverage of its implementations, omitted tasks, weakened clauses', () => {
    const t = issuerTotals([
      { central: { id: 'kl54', number: '54-KL/TW' }, documents: [doc('Tỉnh ủy Lạng Sơn', 'implementation', 16, 9, 0, 1), doc('Đảng ủy TTXVN', 'forwarding', 0, 0, 25)] },
      { central: { id: 'ct32', number: '32/CT-TTg' }, documents: [doc('TỈNH UỶ LẠNG SƠN', 'implementation', 10, 5, 15, 2), doc(null, null, 0, 1, 40)] },
    ]);
    expect(t).toEqual([
      { issuer: '', place: null, documents: 1, implementations: 0, centrals: ['32/CT-TTg'], meanCoverage: null, omittedTasks: 0, weakenedClauses: null },
      { issuer: 'Đảng ủy TTXVN', place: 'TTXVN', documents: 1, implementations: 0, centrals: ['54-KL/TW'], meanCoverage: null, omittedTasks: 0, weakenedClauses: null },
      // (25/25 + 15/30) / 2 = 0.75; tone placement and case do not split an issuer.
      { issuer: 'Tỉnh ủy Lạng Sơn', place: 'Sơn', documents: 2, implementations: 2, centrals: ['54-KL/TW', '32/CT-TTg'], meanCoverage: 0.75, omittedTasks: 15, weakenedClauses: 3 },
    ]);
  });
  it('writes rows a spreadsheet reads as text, empty where a figure is unknown', () => {
    const [row] = totalsRows(issuerTotals([{ central: { id: 'x', number: null }, documents: [doc('=HYPERLINK("x")', 'forwarding', 0, 0, 3)] }]));
    expect(row).toEqual({ issuer: '\'=HYPERLINK("x")', place: '\'=HYPERLINK("x")', documents: 1, implementations: 0, centrals: 'x', mean_coverage: '', omitted_tasks: 0, weakened_clauses: '' });
  });
  it('reads the families report as the CLI writes it', () => {
    const r = toFamiliesReport(analyzeFamilies({ centrals: [w.centralA(), w.centralB()], documents: [w.provincePlan(), w.communePlan(), w.titleLetter(), w.uncitedLetter()] }));
    const t = issuerTotals(r.families);
    expect(t.map((x) => [x.issuer, x.documents, x.centrals, x.meanCoverage, x.omittedTasks])).toEqual([
      ['Sở Giáo dục và Đào tạo', 1, ['20-KL/TW'], 0.833, 1],
      ['Sở Xây dựng', 1, ['5/CT-TTg'], 0.667, 2],
      ['UBND tỉnh Hòa Bình', 1, ['5/CT-TTg'], 0.667, 2],
      ['UBND xã Mường Bi', 1, ['5/CT-TTg'], 0.167, 5],
    ]);
  });
});
