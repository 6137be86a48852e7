import { describe, expect, it } from 'vitest';
import { citationLabel, combineCitations } from './combine-citations.ts';
import { corpusInsights } from '../../../test/support/insights-corpus.ts';

const { analysis, bundle } = corpusInsights();
const m = combineCitations(analysis, bundle.insights.citations, bundle.parents);
const col = (name: string) => m.columns.findIndex((c) => c.name === name);
const row = (key: string) => m.rows.find((r) => r.key === key)!;

describe('combineCitations on the built-in corpus', () => {
  it('puts the central text first, then the local documents by date', () => {
    expect(m.columns.map((c) => c.name)).toEqual(['54-KL/TW', 'TTXVN', 'Lạng Sơn', 'Quảng Ngãi', 'Thành ủy']);
    expect(m.columns[0]!.central).toBe(true);
  });

  it('marks what each text inherits, adds and drops; the central text’s own number is no row', () => {
    expect(row('99-QĐ/TW').cells.map((c) => c.mark)).toEqual(['cited', 'dropped', 'inherited', 'inherited', 'inherited']);
    expect(row('21-KL/TW').cells[col('Thành ủy')]!.mark).toBe('dropped');
    expect(row('1575-QĐ/TU').cells[col('Quảng Ngãi')]!.mark).toBe('added');
    expect(row('05-HD/TU').cells[col('Lạng Sơn')]!.mark).toBe('added');
    expect(m.rows.some((r) => r.key === '54-KL/TW')).toBe(false);
  });

  it('flags TTXVN’s “Quyết định số 99-NQ/TW”, in the matrix and with the texts that write 99-QĐ/TW', () => {
    expect(row('99-NQ/TW')).toMatchObject({ flagged: true });
    expect(row('99-NQ/TW').cells[col('TTXVN')]).toMatchObject({ mark: 'added', flagged: true });
    expect(m.flags).toHaveLength(1);
    const f = m.flags[0]!;
    expect(f).toMatchObject({ kind: 'kind-mismatch', key: '99-NQ/TW', suggested: '99-QĐ/TW' });
    expect(f.documents).toEqual([expect.objectContaining({ id: '652-cv-đu', name: 'TTXVN', local: true, text: expect.stringContaining('Quyết định số 99-NQ/TW') })]);
    expect(f.others.map((o) => o.name)).toEqual(['54-KL/TW', 'TTXVN', 'Lạng Sơn', 'Quảng Ngãi', 'Thành ủy'].filter((n) => n !== 'TTXVN'));
  });

  it('counts per row what its cells show (the aggregated matrix reads the counts, never the cells)', () => {
    expect(m.rows.some((r) => r.flaggedDocs > 0)).toBe(true);
    for (const r of m.rows) {
      const local = r.cells.filter((_, i) => !m.columns[i]!.central);
      expect(r.counts).toEqual({
        inherited: local.filter((c) => c.mark === 'inherited').length,
        added: local.filter((c) => c.mark === 'added').length,
        dropped: local.filter((c) => c.mark === 'dropped').length,
      });
      expect(r.flaggedDocs).toBe(local.filter((c) => c.flagged).length);
      expect(r.flagged).toBe(r.cells.some((c) => c.flagged));
      expect(r.central).toBe(r.cells[0]!.mark === 'cited');
    }
  });

  it('gives each document its three lists', () => {
    const qn = m.documents.find((d) => d.name === 'Quảng Ngãi')!;
    expect(qn.added.map(citationLabel)).toEqual(['Kết luận 01-KL/TW', 'Luật thực hiện dân chủ ở cơ sở năm 2022', 'Quyết định 1575-QĐ/TU', 'Quyết định 29/2022/QĐ-UBND']);
    expect(qn.inherited.map((c) => c.key)).toEqual(['99-QĐ/TW', '124-QĐ/TW', '21-KL/TW']);
    expect(qn.dropped.map(citationLabel)).toEqual(['Nghị quyết Đại hội XIII']);
  });
});
