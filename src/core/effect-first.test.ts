import { describe, expect, it } from 'vitest';
import { firstChars } from './effect-first.ts';

const chars = (src: string) => { const s = firstChars(src); return s ? [...s].sort() : null; };

describe('firstChars', () => {
  it('reads literals, optional groups and alternatives', () => {
    expect(chars('bộ công an')).toEqual(['b']);
    expect(chars('(ban thường vụ )?(các )?tỉnh uỷ')).toEqual(['b', 'c', 't']);
    expect(chars('(?<field>nội vụ|tư pháp) tỉnh')).toEqual(['n', 't']);
    expect(chars('(a|)b')).toEqual(['a', 'b']);
    expect(chars('\\(x')).toEqual(['(']);
  });
  it('gives null (any character) for what it does not follow or what can match nothing', () => {
    expect(chars('\\d{1,2} / \\d{4}')).toBeNull();
    expect(chars('[abc]d')).toBeNull();
    expect(chars('(?=a)a')).toBeNull();
    expect(chars('a?b*')).toBeNull();
    expect(chars('.x')).toBeNull();
  });
});
