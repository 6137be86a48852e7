import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.ts';
import { unitLabel } from './labels.ts';

describe('unitLabel', () => {
  it('names a task or section unit with the part word, in the current language', () => {
    expect(unitLabel(translator('vi'), 'task', '3')).toBe('Nhiệm vụ 3');
    expect(unitLabel(translator('en'), 'implementation', '6')).toBe('Section 6');
    expect(unitLabel(translator('en'), 'assessment', 'assessment')).toBe('Assessment');
  });
  it('names an article and its paragraph of a normative text in words, not "Task Đ28.3"', () => {
    expect(unitLabel(translator('vi'), 'task', 'Đ28.3')).toBe('Điều 28, khoản 3');
    expect(unitLabel(translator('en'), 'task', 'Đ28.3')).toBe('Article 28, paragraph 3');
  });
});
