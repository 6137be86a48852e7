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
    expect(failureMessage('vi', { code: 'TOO_LARGE', source: 'x.txt', detail: '51.0 MB' }))
      .toBe('Tệp “x.txt” quá lớn (51,0 MB): tệp văn bản tối đa 20 MB, tệp Word hoặc PDF tối đa 50 MB.');
    expect(failureMessage('en', { code: 'TOO_LARGE', source: 'x.txt', detail: '51.0 MB' })).toContain('(51.0 MB)');
    expect(failureMessage('vi', { code: 'TOO_MANY_CHARACTERS', source: 'x.txt', detail: '25,000,000' })).toContain('25.000.000');
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
