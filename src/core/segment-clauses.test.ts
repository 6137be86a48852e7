import { describe, expect, it } from 'vitest';
import { clauseRanges } from './segment-clauses.ts';

const split = (t: string) => clauseRanges(t).map(([s, e]) => t.slice(s, e));

describe('clauseRanges', () => {
  it('splits sentences and semicolons', () => {
    expect(split('Một việc; hai việc. Ba việc.')).toEqual(['Một việc;', 'hai việc.', 'Ba việc.']);
  });
  it('never splits abbreviations, dates or numbers', () => {
    expect(split('Ủy ban nhân dân TP. Hồ Chí Minh ban hành ngày 09/5/2023 Quyết định số 29/2022/QĐ-UBND.')).toHaveLength(1);
    expect(split('V/v phổ biến Kết luận số 54-KL/TW. Ban Bí thư yêu cầu.')).toEqual(['V/v phổ biến Kết luận số 54-KL/TW.', 'Ban Bí thư yêu cầu.']);
  });
  it('does not split inside parentheses', () => {
    expect(split('Quyết định (sau đây gọi là QĐ; viết tắt) được ban hành.')).toHaveLength(1);
  });
  it('does not split before a lower-case continuation', () => expect(split('khoản 1. điểm a')).toHaveLength(1));
});
