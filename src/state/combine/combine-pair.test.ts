import { describe, expect, it } from 'vitest';
import { combinePair, passesFilter } from './combine-pair.ts';
import { combineSelection } from './combine-selection.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combinePair', () => {
  const pair = combinePair(fixture, '1154-cv-tu');

  it('returns null for an unknown document', () => {
    expect(combinePair(fixture, 'nope')).toBeNull();
  });

  it('keeps each text in its own structure: units, blocks, clauses', () => {
    expect(pair?.central.units.map((u) => u.unit)).toEqual(['assessment', '1', '2', '6']);
    expect(pair?.central.units[3]?.heading).toBe('Tổ chức thực hiện');
    expect(pair?.local.units.map((u) => [u.unit, u.blocks.length])).toEqual([['1', 2], ['2', 1]]);
    expect(pair?.local.units[0]?.blocks[1]?.item).toBe(true);
  });

  it('classes central clauses by status and local clauses by class, with counterparts', () => {
    expect(pair?.central.byId.get('1-2')).toMatchObject({ cls: 'omitted', links: [] });
    expect(pair?.central.byId.get('1-1')).toMatchObject({ cls: 'adapted', links: ['1-1'] });
    expect(pair?.local.byId.get('1-2')).toMatchObject({ cls: 'added', links: [], why: { code: 'no-source', values: { share: 10, nearest: null } } });
    expect(pair?.central.counts).toMatchObject({ omitted: 3, adapted: 1, verbatim: 1 });
    expect(pair?.local.order).toEqual(['1-1', '1-2', '2-1']);
  });

  it('filters by class and by effect', () => {
    expect(passesFilter({ cls: 'added' }, 'added')).toBe(true);
    expect(passesFilter({ cls: 'verbatim' }, 'added')).toBe(false);
    expect(passesFilter({ cls: 'verbatim' }, null)).toBe(true);
    expect(passesFilter({ cls: 'adapted', effects: ['weakened'] }, 'weakened')).toBe(true);
    expect(passesFilter({ cls: 'adapted', effects: ['localized'] }, 'weakened')).toBe(false);
    expect(passesFilter(undefined, 'weakened')).toBe(false);
  });
});

describe('combineSelection', () => {
  const pair = combinePair(fixture, '1154-cv-tu')!;

  it('gives a central clause its carriers and their diffs', () => {
    const s = combineSelection(pair, 'central', '1-1');
    expect(s?.counterparts).toEqual(['1-1']);
    expect(s?.results[0]?.diff?.substantive).toBe(4);
  });

  it('gives an omitted central clause no counterpart', () => {
    expect(combineSelection(pair, 'central', '1-2')).toMatchObject({ cls: 'omitted', counterparts: [], results: [] });
  });

  it('gives a local clause its own result and central sources', () => {
    const s = combineSelection(pair, 'local', '1-1');
    expect(s).toMatchObject({ cls: 'adapted', counterparts: ['1-1'] });
    expect(s?.results).toHaveLength(1);
    expect(combineSelection(pair, 'local', 'zz')).toBeNull();
  });
});
