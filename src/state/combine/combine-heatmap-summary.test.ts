import { describe, expect, it } from 'vitest';
import { combineHeatmapMatrix } from './combine-heatmap-matrix.ts';
import { rankByOmission, summarizeHeatmap } from './combine-heatmap-summary.ts';
import { combineHeatmap, heatmapOf, issuanceOrder } from './combine-heatmap.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combineHeatmapMatrix', () => {
  const m = combineHeatmapMatrix(fixture);

  it('holds one status byte per document for each central task clause', () => {
    expect(m.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(['1-1', '1-2', '2-1', '6-1']);
    expect(m.columns.map((c) => c.id)).toEqual(fixture.documents.map((d) => d.doc.id));
    expect(issuanceOrder(m)).toEqual(['652-cv-đu', '1154-cv-tu', '003-x']);
  });

  it('gives the heat map of any documents in any order (the table page)', () => {
    const h = heatmapOf(m, ['003-x', 'unknown', '1154-cv-tu']);
    expect(h.columns.map((c) => c.id)).toEqual(['003-x', '1154-cv-tu']);
    expect(h.groups[0]?.rows[0]?.cells.map((c) => c.status)).toEqual(['verbatim', 'adapted']);
    expect(h.groups[0]?.rows[0]?.carried).toBe(2);
    expect(combineHeatmap(fixture, ['1154-cv-tu']).columns).toHaveLength(1);
  });
});

describe('summarizeHeatmap', () => {
  const m = combineHeatmapMatrix(fixture);

  it('counts each clause’s statuses over the chosen documents', () => {
    const s = summarizeHeatmap(m, ['652-cv-đu', '1154-cv-tu', '003-x']);
    expect(s.docs).toBe(3);
    expect(s.rows.get('1-1')).toEqual({ id: '1-1', verbatim: 1, adapted: 1, omitted: 1, none: 0, carried: 2 });
    expect(summarizeHeatmap(m, ['1154-cv-tu']).rows.get('1-1')).toMatchObject({ adapted: 1, carried: 1, omitted: 0 });
  });

  it('agrees with the full heat map’s margins and counts missing results apart', () => {
    const all = issuanceOrder(m);
    const s = summarizeHeatmap(m, all);
    for (const row of combineHeatmap(fixture).groups.flatMap((g) => g.rows)) expect(s.rows.get(row.id)?.carried).toBe(row.carried);
    const partial = { ...fixture, documents: fixture.documents.map((d) => ({ ...d, central: d.central.filter((r) => r.id !== '2-1') })) };
    expect(summarizeHeatmap(combineHeatmapMatrix(partial), all).rows.get('2-1')).toMatchObject({ none: 3, carried: 0 });
  });

  it('ranks clauses by how many documents omit them, ties in the central text’s order', () => {
    const s = summarizeHeatmap(m, issuanceOrder(m));
    const rows = combineHeatmap(fixture).groups.flatMap((g) => g.rows);
    const ranked = rankByOmission(rows, s).map((r) => r.id);
    const omitted = ranked.map((id) => s.rows.get(id)!.omitted);
    expect(omitted).toEqual([...omitted].sort((a, b) => b - a));
    expect(new Set(ranked)).toEqual(new Set(rows.map((r) => r.id)));
  });
});
