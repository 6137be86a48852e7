/**
 * The overview's combiners on 1,000 generated documents analysed in Node (the size researchers load):
 * the same answers as the obvious computations, whatever the generator writes. Speed figures are in the
 * report of issue 6, not asserted here (timed tests fail on a busy machine).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusManifest } from '../../core/corpus.ts';
import type { Analysis } from '../../core/types.ts';
import { analyze } from '../../core/analyze.ts';
import { benchmarkInput } from '../../bench/benchmark-input.ts';
import { combineDocumentRows, type DocumentRow } from './combine-document-rows.ts';
import { filterDocumentRows, NO_FILTER, sortDocumentRows, type SortKey } from './combine-document-query.ts';
import { combineHeatmapMatrix } from './combine-heatmap-matrix.ts';
import { combineHeatmap, heatmapOf } from './combine-heatmap.ts';
import { summarizeHeatmap } from './combine-heatmap-summary.ts';
import { combineCoverageDistribution } from './combine-coverage-distribution.ts';
import { combineLagHistogram } from './combine-lag-histogram.ts';

const N = 1000;
const root = new URL('../../../corpus/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('corpus.json', root), 'utf8')) as CorpusManifest;
const files = manifest.files.map((name) => ({ name, text: readFileSync(new URL(name, root), 'utf8') }));

let a: Analysis;
let rows: DocumentRow[];
beforeAll(() => {
  const input = benchmarkInput(files, manifest, N);
  a = analyze({ central: input.central, documents: input.documents });
  rows = combineDocumentRows(a);
}, 300_000);

const KEYS: readonly SortKey[] = ['issuer', 'number', 'date', 'lag', 'role', 'carried', 'verbatim', 'adapted', 'omitted', 'added'];

describe(`the overview on ${N} documents`, () => {
  it('has one row per document, each id once', () => {
    expect(rows).toHaveLength(a.documents.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('sorts by every column into a permutation, known values ordered, unknown ones last', () => {
    for (const key of KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const out = sortDocumentRows(rows, { key, dir });
        expect(new Set(out.map((r) => r.id)).size).toBe(rows.length);
        if (key === 'omitted' || key === 'verbatim' || key === 'adapted' || key === 'carried') {
          const v = out.map((r) => r[key]);
          expect(v).toEqual([...v].sort((x, y) => (dir === 'asc' ? x - y : y - x)));
        }
        if (key === 'date') {
          const firstUnknown = out.findIndex((r) => r.date === null);
          if (firstUnknown >= 0) expect(out.slice(firstUnknown).every((r) => r.date === null)).toBe(true);
        }
      }
    }
  });

  it('filters like the obvious loop', () => {
    const min = 3;
    expect(filterDocumentRows(rows, { ...NO_FILTER, minOmitted: min }).map((r) => r.id))
      .toEqual(rows.filter((r) => r.omitted >= min).map((r) => r.id));
    const someone = rows[rows.length >> 1]!;
    const byNumber = filterDocumentRows(rows, { ...NO_FILTER, text: someone.number ?? someone.name });
    expect(byNumber.map((r) => r.id)).toContain(someone.id);
  });

  it('aggregates the heat map: every clause’s counts add up to the documents, and agree with the full grid', () => {
    const m = combineHeatmapMatrix(a);
    const ids = rows.map((r) => r.id);
    const s = summarizeHeatmap(m, ids);
    const full = combineHeatmap(a);
    expect(s.docs).toBe(rows.length);
    for (const row of full.groups.flatMap((g) => g.rows)) {
      const d = s.rows.get(row.id)!;
      expect(d.verbatim + d.adapted + d.omitted + d.none).toBe(rows.length);
      expect(d.carried).toBe(row.carried);
      const by = a.carriedBy[row.id];
      if (by) expect(d.carried).toBe(by.verbatim + by.adapted);
    }
  });

  it('gives a window of columns in the table’s order, equal to the full grid’s columns', () => {
    const m = combineHeatmapMatrix(a);
    const order = sortDocumentRows(rows, { key: 'omitted', dir: 'desc' }).map((r) => r.id);
    const window = heatmapOf(m, order.slice(40, 60));
    expect(window.columns.map((c) => c.id)).toEqual(order.slice(40, 60));
    const full = combineHeatmap(a, order);
    const cellsOf = (h: typeof full, from: number, to: number) => h.groups.flatMap((g) => g.rows.map((r) => r.cells.slice(from, to).map((c) => c.status)));
    expect(cellsOf(window, 0, 20)).toEqual(cellsOf(full, 40, 60));
  });

  it('counts every document once in the histograms', () => {
    const d = combineCoverageDistribution(rows);
    expect(d.carried.bins.reduce((s, b) => s + b.docs, 0)).toBe(rows.length);
    expect(d.added.bins.reduce((s, b) => s + b.docs, 0)).toBe(rows.filter((r) => r.words > 0).length);
    const h = combineLagHistogram(rows);
    expect(h.bins.reduce((s, b) => s + b.docs, 0) + h.unknown).toBe(rows.length);
    expect(h.bins.length).toBeLessThanOrEqual(31);
  });
});
