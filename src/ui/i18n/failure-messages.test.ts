import { describe, expect, it } from 'vitest';
import { FAILURE_CODES, InputError, toFailure } from '../../core/errors.ts';
import { FAILURE_MESSAGES, failureMessage } from './failure-messages.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('failure messages', () => {
  it('word every failure code in both languages with the same placeholders', () => {
    for (const code of FAILURE_CODES) {
      expect(FAILURE_MESSAGES.vi[code], code).toMatch(/\p{L}/u);
      expect(placeholders(FAILURE_MESSAGES.en[code]), code).toEqual(placeholders(FAILURE_MESSAGES.vi[code]));
    }
  });

  it('name the file, fill the detail, and never show a placeholder or an English error', () => {
    for (const code of FAILURE_CODES.filter((c) => c !== 'CORPUS')) {
      const m = failureMessage('vi', { code, source: 'a.txt', detail: '51.0 MB' });
      expect(m, code).toContain('a.txt');
      expect(m, code).not.toMatch(/\{|Error|undefined/u);
    }
  });

  it('write the refused amount of a limit in the digits of each language, from the number the reader carried', () => {
    const big = toFailure(new InputError('TOO_LARGE', 'x.txt', 'x.txt is 51.0 MB', '51.0 MB', 51 * 1024 * 1024));
    expect(big.amount).toBe(51 * 1024 * 1024);
    expect(failureMessage('vi', big)).toBe('Tệp “x.txt” quá lớn (51,0 MB): tệp văn bản tối đa 20 MB, tệp Word hoặc PDF tối đa 50 MB.');
    expect(failureMessage('en', big)).toContain('(51.0 MB)');
    const long = { code: 'TOO_MANY_CHARACTERS', source: 'x.txt', detail: '25,000,000', amount: 25_000_000 } as const;
    expect(failureMessage('vi', long)).toContain('25.000.000 ký tự');
    expect(failureMessage('en', long)).toContain('25,000,000 characters');
    expect(failureMessage('vi', { ...long, code: 'TOO_MANY_PAGES', amount: 1234 })).toContain('1.234 trang');
    // A bug's amount is not shown (INTERNAL words no detail), and a code without an amount keeps its detail.
    expect(toFailure({ code: 'INTERNAL', amount: 3, message: 'm' }).amount).toBeUndefined();
    expect(failureMessage('vi', { code: 'CORRUPT_PDF', source: 'p.pdf', detail: 'bad xref' })).not.toContain('undefined');
  });

  it('word whatever was thrown: an input error by its code, anything else as INTERNAL', () => {
    const input = toFailure(new InputError('EMPTY_FILE', 'e.txt', 'e.txt is empty (0 bytes)'));
    expect(input).toEqual({ code: 'EMPTY_FILE', source: 'e.txt', detail: null, message: 'e.txt is empty (0 bytes)' });
    expect(failureMessage('en', input)).toBe('“e.txt” is empty (0 bytes): nothing to read.');
    const bug = toFailure(new TypeError('x is undefined'), 'b.txt');
    expect(bug).toEqual({ code: 'INTERNAL', source: 'b.txt', detail: null, message: 'x is undefined' });
    expect(toFailure({ code: 'SOMETHING_ELSE', message: 'm' }).code).toBe('INTERNAL');
    expect(toFailure('boom')).toEqual({ code: 'INTERNAL', source: null, detail: null, message: 'boom' });
  });
});
