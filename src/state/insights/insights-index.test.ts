import { describe, expect, it } from 'vitest';
import type { LocalizationRule, RulesReport } from '../../core/rules.ts';
import type { ProvenanceLink, ProvenanceReport } from '../../core/types.ts';
import { localizedAt, prepareIndexes, provenanceAt, rulesAt } from './insights-index.ts';

const rule = (id: string, examples: { doc: string; clause: string }[]): LocalizationRule =>
  ({ id, from: 'a', to: 'b', context: '', count: examples.length, documents: {}, examples });
const late: ProvenanceLink = { doc: 'late', clause: 'x', text: '', similarity: 1, shared: [] };

const reports = () => {
  const r1 = rule('r1', [{ doc: 'd1', clause: '1-1' }, { doc: 'd1', clause: '1-1' }, { doc: 'd2', clause: '2-1' }]);
  const r2 = rule('r2', [{ doc: 'd1', clause: '1-1' }]);
  const rules: RulesReport = { rules: [r1, r2], localized: [{ doc: 'd2', clause: '2-1', rules: ['r1'] }] };
  const local: ProvenanceReport['local'][number][] = Array.from({ length: 4500 }, (_, i) => ({ doc: `d${i % 3}`, clause: `c${i}`, source: null }));
  local.push({ doc: 'd0', clause: 'c0', source: late });
  const provenance: ProvenanceReport = { parents: [], central: [], local };
  return { rules, provenance, r1, r2 };
};

describe('insight lookups', () => {
  it('give the same answers built at once or in idle slices, asked before or after they finish', async () => {
    const a = reports();
    const b = reports();
    prepareIndexes(b.rules, b.provenance);
    // Asked before the slices ran: the rest is built then.
    expect(rulesAt(b.rules, 'd1', '1-1').map((r) => r.id)).toEqual(rulesAt(a.rules, 'd1', '1-1').map((r) => r.id));
    expect(rulesAt(a.rules, 'd1', '1-1').map((r) => r.id)).toEqual(['r1', 'r2']);
    const c = reports();
    prepareIndexes(c.rules, c.provenance);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const x of [a, b, c]) {
      expect(localizedAt(x.rules, 'd2', '2-1')).toBe(true);
      expect(localizedAt(x.rules, 'd1', '1-1')).toBe(false);
      // The first entry of a clause wins, wherever the slices cut.
      expect(provenanceAt(x.provenance, 'd0', 'c0')?.source).toBeNull();
      expect(provenanceAt(x.provenance, 'd2', 'c4499')?.clause).toBe('c4499');
    }
  });
});
