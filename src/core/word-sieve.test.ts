// word-sieve.ts: a word of the set always passes (no false negative); most other words do not.
import { describe, expect, it } from 'vitest';
import { WordSieve } from './word-sieve.ts';

describe('WordSieve', () => {
  const set = ['ủy', 'ban', 'hội', 'mttqvn', 'trung', 'quy', 'đại', 'a', ''];
  const sieve = new WordSieve(set);
  it('lets every word of the set pass', () => {
    for (const w of set) expect(sieve.mayHold(w)).toBe(true);
  });
  it('stops most other words', () => {
    const others = 'tăng cường công tác kiểm tra giám sát việc thực hiện các nhiệm vụ được giao nhằm nâng cao hiệu quả'.split(' ');
    expect(others.filter((w) => sieve.mayHold(w)).length).toBeLessThanOrEqual(2);
  });
});
