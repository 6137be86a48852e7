// classify.ts on hand-made alignments and tokens: the added cut (ADDED_BELOW) and the verbatim
// cut (VERBATIM_EDITS) at their edges, a capped diff never verbatim, central statuses.
import { describe, expect, it } from 'vitest';
import type { Alignment } from './align.ts';
import type { Clause } from './types.ts';
import { ADDED_BELOW, VERBATIM_EDITS, centralStatuses, classifyClause } from './classify.ts';
import { tokenize } from './normalize.ts';

const clause = (id: string, text: string, start = 0): Clause => ({ id, part: 'task', unit: id.split('-')[0]!, block: 0, text, start, end: start + text.length, tokens: tokenize(text, start) });
const aligned = (bal: number, index = 0): Alignment => ({ sources: [{ index, gain: 0.9, carried: 0.9 }], similarity: 0.9, balance: bal, nearest: { index, share: 0.9 } });

const C = 'Tăng cường công tác kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.';
const central = [clause('5-1', C)];
const run = (local: string, al: Alignment) => classifyClause(clause('L-1', local, 1000), al, central, C, ' '.repeat(1000) + local);

describe('classifyClause', () => {
  it(`calls a clause added below a balance of ${ADDED_BELOW}, derived at it`, () => {
    expect(run(C, aligned(ADDED_BELOW - 0.001))).toMatchObject({ class: 'added', central: [], nearest: '5-1' });
    expect(run(C, aligned(ADDED_BELOW)).class).toBe('verbatim');
  });
  it(`keeps ${VERBATIM_EDITS} substantive words changed verbatim, not one more`, () => {
    expect(run('Tăng cường công tác kiểm tra, giám sát chặt chẽ việc thực hiện quy chế dân chủ ở cơ sở.', aligned(0.9)).class).toBe('verbatim');
    expect(run('Tăng cường công tác kiểm tra, giám sát chặt chẽ, thường xuyên việc thực hiện quy chế dân chủ ở cơ sở.', aligned(0.9)).class).toBe('adapted');
  });
  it('sees case, tone placement and quotes as cosmetic: still verbatim, and says so', () => {
    const r = run('Tăng cường công tác Kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.', aligned(0.9));
    expect(r.class).toBe('verbatim');
    expect(r.why.code).toBe('cosmetic');
  });
  it('never calls a pair too different to diff verbatim', () => {
    const long = Array.from({ length: 400 }, (_x, i) => `từ${i}`).join(' ');
    expect(run(long, aligned(0.9)).class).toBe('adapted');
  });
});

describe('centralStatuses', () => {
  it('is verbatim when one carrier is, adapted when only adapted ones carry it, omitted otherwise', () => {
    const c2 = [clause('1-1', 'A b c.'), clause('1-2', 'D e g.'), clause('1-3', 'H i k.')];
    const res = (cls: 'verbatim' | 'adapted', ids: string[], sim: number) => ({ ...run(C, aligned(0.9)), class: cls, central: ids, similarity: sim });
    const s = centralStatuses(c2, [res('adapted', ['1-1'], 0.5), res('verbatim', ['1-1'], 0.9), res('adapted', ['1-2'], 0.4)]);
    expect(s.map((x) => [x.id, x.status, x.similarity])).toEqual([['1-1', 'verbatim', 0.9], ['1-2', 'adapted', 0.4], ['1-3', 'omitted', 0]]);
  });
});
