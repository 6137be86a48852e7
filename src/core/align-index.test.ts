// align-index.ts on hand-made word lists: shares are IDF-weighted overlaps of words and word pairs,
// a copy explains and carries everything, a document's result does not depend on the others, and
// the central clause a document's own words cannot reach explains nothing.
import { describe, expect, it } from 'vitest';
import { alignDocument, indexCentral } from './align-index.ts';

const ws = (s: string) => s.split(' ');
const CENTRAL = ['tăng cường kiểm tra giám sát', 'xử lý nghiêm minh kịp thời cán bộ vi phạm', 'tổ chức thực hiện kết luận này'].map(ws);
const index = indexCentral(CENTRAL);
const align = (local: string[]) => alignDocument(index, local.map(ws), () => 0);

describe('alignDocument', () => {
  it('gives a copy of a central clause that clause, explaining and carrying all of it', () => {
    const [a] = align(['xử lý nghiêm minh kịp thời cán bộ vi phạm']);
    expect(a!.sources.map((s) => s.index)).toEqual([1]);
    expect(a!.similarity).toBeCloseTo(1, 10);
    expect(a!.sources[0]!.carried).toBeCloseTo(1, 10);
    expect(a!.balance).toBeCloseTo(1, 10);
  });
  it('weighs word pairs too: the same words in another order explain less than in order', () => {
    const [inOrder, shuffled] = align(['kiểm tra giám sát việc thực hiện', 'giám sát kiểm tra việc thực hiện']);
    expect(inOrder!.nearest!.index).toBe(0);
    expect(inOrder!.nearest!.share).toBeGreaterThan(shuffled!.nearest!.share);
  });
  it('explains nothing of a clause sharing no word with the central text', () => {
    const [a] = align(['bầu cử đại biểu hội đồng nhân dân']);
    expect(a).toEqual({ sources: [], similarity: 0, balance: 0, nearest: null });
  });
  it('aligns a document the same whatever other documents exist: IDF over the central text and that document only', () => {
    const doc = ['tăng cường kiểm tra giám sát', 'xử lý nghiêm kịp thời cán bộ vi phạm'];
    const once = align(doc);
    align(['một văn bản khác', 'hoàn toàn khác']);
    expect(align(doc)).toEqual(once);
  });
});
