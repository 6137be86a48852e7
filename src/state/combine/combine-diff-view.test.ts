import { describe, expect, it } from 'vitest';
import { combineDiffView } from './combine-diff-view.ts';
import type { WordDiff } from '../../core/types.ts';

describe('combineDiffView', () => {
  it('marks substantive changes and quiets cosmetic ones', () => {
    const diff: WordDiff = {
      parts: [
        { op: 'equal', text: 'Các cấp ủy', kind: 'same', start: 0, end: 10 },
        { op: 'equal', text: 'Quán triệt', other: 'quán triệt', kind: 'cosmetic', start: 11, end: 21 },
        { op: 'delete', text: 'sâu', kind: 'substantive', start: 0, end: 0 },
        { op: 'delete', text: 'sắc', kind: 'substantive', start: 0, end: 0 },
        { op: 'insert', text: 'nghiêm túc', kind: 'substantive', start: 0, end: 0 },
        { op: 'insert', text: ',', kind: 'cosmetic', start: 0, end: 0 },
        { op: 'equal', text: 'kịp thời.', kind: 'same', start: 0, end: 0 },
      ],
      substantive: 4, inserted: 2, deleted: 2, cosmetic: [], capped: false,
    };
    expect(combineDiffView(diff)).toEqual([
      { mark: 'plain', text: 'Các cấp ủy', central: null, space: false },
      { mark: 'cosmetic', text: 'Quán triệt', central: 'quán triệt', space: true },
      { mark: 'delete', text: 'sâu sắc', central: null, space: true },
      { mark: 'insert', text: 'nghiêm túc', central: null, space: true },
      { mark: 'cosmetic-insert', text: ',', central: null, space: false },
      { mark: 'plain', text: 'kịp thời.', central: null, space: true },
    ]);
  });

  it('gives nothing for an empty diff', () => {
    expect(combineDiffView({ parts: [], substantive: 0, inserted: 0, deleted: 0, cosmetic: [], capped: false })).toEqual([]);
  });
});
