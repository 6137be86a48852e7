import { describe, expect, it } from 'vitest';
import { combineHeatmap } from './combine-heatmap.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combineHeatmap', () => {
  const h = combineHeatmap(fixture);

  it('groups central task clauses by task, leaving out the assessment', () => {
    expect(h.groups.map((g) => [g.unit, g.rows.map((r) => r.id)])).toEqual([['1', ['1-1', '1-2']], ['2', ['2-1']], ['6', ['6-1']]]);
    expect(h.groups[2]).toMatchObject({ part: 'implementation', heading: 'Tổ chức thực hiện' });
  });

  it('orders columns by issuance and fills each cell with the status', () => {
    expect(h.columns.map((c) => c.id)).toEqual(['652-cv-đu', '1154-cv-tu', '003-x']);
    const row = h.groups[0]?.rows[0];
    expect(row?.cells.map((c) => c.status)).toEqual(['omitted', 'adapted', 'verbatim']);
    expect(row?.carried).toBe(2);
  });

  it('marks a cell with no result as null, not omitted', () => {
    const partial = { ...fixture, documents: fixture.documents.map((d) => ({ ...d, central: d.central.filter((r) => r.id !== '2-1') })) };
    expect(combineHeatmap(partial).groups[1]?.rows[0]?.cells.map((c) => c.status)).toEqual([null, null, null]);
  });
});
