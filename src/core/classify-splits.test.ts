// classify-splits.ts on the real split of Chỉ thị 32's "…từ sớm, từ xa, điều tra, xử lý nghiêm vi
// phạm…" across two clauses of Nghệ An 1026, and a counter-example whose rest is carried by nobody.
import { describe, expect, it } from 'vitest';
import type { Clause, ClauseResult } from './types.ts';
import { tokenize } from './normalize.ts';
import { wordDiff } from './word-diff.ts';
import { resolveSplits } from './classify-splits.ts';

const C = 'đẩy mạnh công tác thanh tra, kiểm tra, nâng cao hiệu quả công tác phòng ngừa, kịp thời phát hiện, ngăn chặn lộ, mất bí mật nhà nước từ sớm, từ xa, điều tra, xử lý nghiêm vi phạm về bảo vệ bí mật nhà nước.';
const clause = (id: string, text: string): Clause => ({ id, part: 'task', unit: id.split('-')[0]!, block: 0, text, start: 0, end: text.length, tokens: tokenize(text) });
const central = clause('2-4', C);
const carrier = (id: string, text: string): ClauseResult => {
  const c = clause(id, text);
  const diff = wordDiff(central.tokens, c.tokens, C, text);
  return { clause: c, class: 'adapted', central: ['2-4'], similarity: 1, reason: 'adapted', why: { code: 'drops-words', values: { central: ['2-4'], shared: 100, inserted: diff.inserted, deleted: diff.deleted } }, diff };
};
const HALF1 = 'Đẩy mạnh công tác thanh tra, kiểm tra, nâng cao hiệu quả công tác phòng ngừa, kịp thời phát hiện, ngăn chặn lộ, mất bí mật nhà nước từ sớm, từ xa;';
const HALF2 = 'điều tra, xử lý nghiêm vi phạm về bảo vệ bí mật nhà nước.';

describe('resolveSplits', () => {
  it('makes both copied halves of a central clause verbatim, and says which words each carries', () => {
    const out = resolveSplits([carrier('III.1-5', HALF1), carrier('III.1-6', HALF2)], [central]);
    expect(out.map((r) => r.class)).toEqual(['verbatim', 'verbatim']);
    expect(out[1]!.why).toMatchObject({ code: 'split-verbatim', values: { carriers: 2 } });
  });
  it('leaves a clause adapted when nobody carries the rest of the central clause', () => {
    expect(resolveSplits([carrier('III.1-5', HALF1)], [central])[0]!.class).toBe('adapted');
  });
  it('leaves a half adapted when it changes words inside its stretch', () => {
    const changed = 'Đẩy mạnh công tác thanh tra, giám sát, kiểm soát, nâng cao hiệu quả công tác phòng ngừa, kịp thời phát hiện, ngăn chặn lộ, mất bí mật nhà nước từ sớm, từ xa;';
    expect(resolveSplits([carrier('III.1-5', changed), carrier('III.1-6', HALF2)], [central]).map((r) => r.class)).toEqual(['adapted', 'verbatim']);
  });
});
