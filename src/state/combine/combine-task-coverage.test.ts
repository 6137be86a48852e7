import { describe, expect, it } from 'vitest';
import { combineTaskCoverage } from './combine-task-coverage.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

describe('combineTaskCoverage', () => {
  it('gives counts and whole percentages of central task clauses per document', () => {
    const rows = combineTaskCoverage(fixture);
    expect(rows.map((r) => r.name)).toEqual(['TTXVN', 'Lạng Sơn', 'Thành ủy']);
    expect(rows[1]).toMatchObject({ verbatim: 1, adapted: 1, omitted: 2, total: 4, verbatimPct: 25, adaptedPct: 25, omittedPct: 50 });
    expect(rows[0]).toMatchObject({ verbatimPct: 0, omittedPct: 100 });
  });
});
