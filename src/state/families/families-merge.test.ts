import { describe, expect, it } from 'vitest';
import { mergeFamilies } from './families-merge.ts';

const rekey = (k: string) => k.replace(/^ttg\.txt/u, 'ttg (2).txt');

describe('mergeFamilies', () => {
  it('adds the file\'s central texts and moves under their new keys, keeps the family shown', () => {
    const current = { centrals: ['kl221.txt#0'], shown: 'kl221.txt#0', moves: { 'a.txt#0': '' } };
    const incoming = { centrals: ['ttg.txt#0', 'kl221.txt#0'], shown: 'ttg.txt#0', moves: { 'qn.txt#0': 'ttg.txt#0', 'a.txt#0': 'kl221.txt#0' } };
    expect(mergeFamilies(current, incoming, rekey)).toEqual({
      centrals: ['kl221.txt#0', 'ttg (2).txt#0'],
      shown: 'kl221.txt#0',
      moves: { 'a.txt#0': 'kl221.txt#0', 'qn.txt#0': 'ttg (2).txt#0' },
    });
  });

  it('keeps the workspace\'s settings when the file has none, and takes the file\'s when the workspace has none', () => {
    const current = { centrals: ['x#0'], shown: null, moves: {} };
    expect(mergeFamilies(current, undefined, rekey)).toBe(current);
    expect(mergeFamilies(undefined, undefined, rekey)).toBeUndefined();
    expect(mergeFamilies(undefined, { centrals: ['ttg.txt#0'], shown: 'ttg.txt#0', moves: { 'b#0': '' } }, rekey))
      .toEqual({ centrals: ['ttg (2).txt#0'], shown: null, moves: { 'b#0': '' } });
  });
});
