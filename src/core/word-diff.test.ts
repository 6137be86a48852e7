// word-diff.ts on hand-made tokens: cosmetic vs substantive parts, the counts the verbatim cut
// reads, offsets into both texts, the edit cap, and matched positions.
import { describe, expect, it } from 'vitest';
import { tokenize } from './normalize.ts';
import { matchedPositions, wordDiff } from './word-diff.ts';

const diff = (central: string, local: string) => wordDiff(tokenize(central), tokenize(local), central, local);

describe('wordDiff', () => {
  it('calls tone placement, case and quotes cosmetic, and keeps the central side of each', () => {
    const d = diff('“tự chuyển hoá” trong Nhân dân', '"tự chuyển hóa" trong nhân dân');
    expect(d.substantive).toBe(0);
    // Neighbouring cosmetic tokens make one run: "hóa\"" for "hoá”".
    expect(d.parts.filter((p) => p.kind === 'cosmetic').map((p) => [p.text, p.other])).toEqual([['"', '“'], ['hóa"', 'hoá”'], ['nhân', 'Nhân']]);
    expect(d.cosmetic).toEqual(expect.arrayContaining(['hoá→hóa', 'Nhân→nhân']));
  });
  it('counts substantive words inserted and deleted, punctuation inside a change included in it', () => {
    const d = diff('pháp luật có liên quan', 'quy chế, quy định');
    expect([d.inserted, d.deleted, d.substantive]).toEqual([4, 5, 9]);
    expect(d.parts.map((p) => [p.op, p.text])).toEqual([['delete', 'pháp luật có liên quan'], ['insert', 'quy chế, quy định']]);
  });
  it('points each part into its document: deletions into the central text, the rest into the local one', () => {
    const c = 'xử lý nghiêm minh, kịp thời', l = 'xử lý nghiêm, kịp thời';
    const d = diff(c, l);
    const del = d.parts.find((p) => p.op === 'delete')!;
    expect(c.slice(del.start, del.end)).toBe('minh');
    for (const p of d.parts.filter((x) => x.op !== 'delete')) expect(l.slice(p.start, p.end)).toBe(p.text);
  });
  it('reports a pair too different to diff as capped, every local word inserted', () => {
    const a = Array.from({ length: 400 }, (_x, i) => `a${i}`).join(' '), b = Array.from({ length: 400 }, (_x, i) => `b${i}`).join(' ');
    const d = diff(a, b);
    expect(d.capped).toBe(true);
    expect([d.inserted, d.deleted]).toEqual([400, 400]);
  });
});

describe('matchedPositions', () => {
  it('gives the positions of the first list the second copies, in order', () => {
    expect(matchedPositions(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'x', 'e'])).toEqual([1, 2, 4]);
    expect(matchedPositions(['a', 'b'], [])).toEqual([]);
  });
});
