import { describe, expect, it } from 'vitest';
import { builtinAnalysis } from '../../test/support/corpus.ts';
import { clauseRows, toReport, type Report } from './report.ts';
import { spreadsheetText } from './spreadsheet-safe.ts';

describe('spreadsheetText', () => {
  it.each(['=1+2', "+cmd|' /C calc'!A0", "-1+cmd|' /C calc'!A0", '@SUM(A1:A9)', '\t=1+2', '\r=1+2'])('prefixes %j with a quote', (cell) => {
    expect(spreadsheetText(cell)).toBe(`'${cell}`);
  });

  it('leaves every other text as it is', () => {
    for (const cell of ['Tỉnh ủy Lạng Sơn', '1154-CV/TU', ' =1+2', "'=1+2", '', '2.1', '(=1)']) expect(spreadsheetText(cell)).toBe(cell);
  });
});

describe('clauseRows', () => {
  it('makes every text cell safe and keeps numbers as numbers', () => {
    const report = toReport(builtinAnalysis().analysis);
    const d = report.documents[1]!;
    const hostile: Report = { ...report, documents: [{ ...d, issuer: '=HYPERLINK("http://x")', clauses: d.clauses.map((c, i) => ({ ...c, text: ['=1+2', '@SUM(A1:A9)'][i % 2]!, reason: '-1' })) }] };
    const rows = clauseRows(hostile);
    expect(rows.length).toBe(d.clauses.length);
    for (const row of rows) {
      for (const v of Object.values(row)) if (typeof v === 'string') expect(v).not.toMatch(/^[=+\-@\t\r]/u);
      expect(row.issuer).toBe('\'=HYPERLINK("http://x")');
      expect(typeof row.similarity).toBe('number');
    }
    expect(rows.map((r) => r.local_text).slice(0, 2)).toEqual(["'=1+2", "'@SUM(A1:A9)"]);
  });
});
