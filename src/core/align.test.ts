// The choice of sources (align.ts) on hand-made shares: the first source by balance with the part
// bonus, the second-source rule at its edges, the union of what the sources carry, title masking.
import { describe, expect, it } from 'vitest';
import { balance, chooseSources, partBonus, OTHER_APPENDIX_PENALTY, SAME_PART_BONUS } from './align.ts';
import { withoutTitle } from './align-title.ts';

const f = (xs: readonly number[]) => Float64Array.from(xs);
/** chooseSources with shares and carried per central clause, `rest` = shares beyond the first source. */
const choose = (share: number[], carried: number[], rest: number[] = share.map(() => 0), bonus: (j: number) => number = () => 0) =>
  chooseSources(1, f(share), f(carried), bonus, () => f(rest));

describe('balance', () => {
  it('is the harmonic mean: high only when both shares are', () => {
    expect(balance(1, 1)).toBe(1);
    expect(balance(0.5, 0.5)).toBe(0.5);
    expect(balance(1, 0.2)).toBeCloseTo(1 / 3, 10);
    expect(balance(0, 0.9)).toBe(0);
  });
});

describe('the first source', () => {
  it('is the central clause with the best balance, not the one explaining most of the local clause', () => {
    // A long central clause that merely overlaps (share 0.6, carried 0.1) loses to the short one copied (0.5, 0.9).
    const a = choose([0.6, 0.5], [0.1, 0.9]);
    expect(a.sources[0]!.index).toBe(1);
    expect(a.nearest).toEqual({ index: 1, share: 0.5 });
  });
  it('goes to the same part on a near-tie, by the part bonus only', () => {
    const bonus = (j: number) => (j === 0 ? SAME_PART_BONUS : 0);
    expect(choose([0.5, 0.55], [0.5, 0.55], undefined, bonus).sources[0]!.index).toBe(0);
    expect(choose([0.5, 0.7], [0.5, 0.7], undefined, bonus).sources[0]!.index).toBe(1);
  });
  it('is none when no central clause shares anything', () => {
    expect(choose([0, 0], [0, 0])).toEqual({ sources: [], similarity: 0, balance: 0, nearest: null });
  });
});

describe('the second source', () => {
  // First source 0 (share 0.5, carried 0.8); candidate 1 explains `gain` beyond it.
  const second = (gain: number, share1: number, carried1: number) => choose([0.5, share1], [0.8, carried1], [0, gain]).sources.map((s) => s.index);
  it('needs a gain of 0.15 beyond the first', () => {
    expect(second(0.15, 0.3, 0.5)).toEqual([0, 1]);
    expect(second(0.149, 0.3, 0.5)).toEqual([0]);
  });
  it('needs to carry 0.35 of itself, or to be a source in its own right (balance ≥ 0.25)', () => {
    expect(second(0.2, 0.1, 0.35)).toEqual([0, 1]);   // carried 0.35 (balance 0.16)
    expect(second(0.2, 0.1, 0.349)).toEqual([0]);     // neither
    expect(second(0.2, 0.25, 0.25)).toEqual([0, 1]);  // balance 0.25 (carried only 0.25)
    expect(second(0.2, 0.24, 0.25)).toEqual([0]);     // balance 0.245
  });
  it('counts the union of what the sources carry in the evidence', () => {
    // Halves of two central clauses of equal weight: carried 0.5 of their union, similarity 1.
    const a = choose([0.5, 0.5], [0.5, 0.5], [0, 0.5]);
    expect(a.sources).toHaveLength(2);
    expect(a.similarity).toBe(1);
    expect(a.balance).toBeCloseTo(balance(1, 0.5), 10);
  });
});

describe('part bonus', () => {
  it('favours the same part and weighs a central appendix of forms against the body', () => {
    expect(partBonus('task', 'task')).toBe(SAME_PART_BONUS);
    expect(partBonus('task', 'lead-in')).toBe(0);
    expect(partBonus('task', 'appendix')).toBe(OTHER_APPENDIX_PENALTY);
    expect(partBonus('appendix', 'task')).toBe(OTHER_APPENDIX_PENALTY);
    expect(partBonus('appendix', 'appendix')).toBe(SAME_PART_BONUS);
  });
});

describe('withoutTitle', () => {
  const title = 'về tiếp tục thực hiện quyết định số 99 qđ tw ngày 03 10 2017 của ban bí thư về tiếp tục phát huy vai trò của nhân dân'.split(' ');
  it('masks a run of six content words of the central title, and not five', () => {
    const six = 'ban bí thư ban hành kết luận về tiếp tục phát huy vai trò của nhân dân'.split(' ');
    expect(withoutTitle(six, title)).toEqual('ban bí thư ban hành kết luận'.split(' '));
    const five = 'đề nghị phát huy vai trò của cấp ủy'.split(' ');
    expect(withoutTitle(five, title)).toEqual(five);
  });
  it('does not count reference words towards the run: a cited number is a subject, not a restated title', () => {
    const cite = 'kiểm tra việc thực hiện quyết định số 99 qđ tw ngày 03 10 2017'.split(' ');
    expect(withoutTitle(cite, title)).toEqual(cite);
  });
});
