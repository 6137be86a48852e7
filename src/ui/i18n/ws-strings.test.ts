import { describe, expect, it } from 'vitest';
import { conversionMessage, wsVi, type WT } from './ws-strings.ts';
import { makeTranslator } from './translate.ts';
import { parseDate } from '../workspace/meta-editor.tsx';

const vi: WT = makeTranslator('vi', wsVi);

describe('workspace strings', () => {
  it('say what was converted', () => {
    expect(conversionMessage(vi, 'tcvn3', 'TCVN3 → Unicode')).toContain('TCVN3');
    expect(conversionMessage(vi, 'utf-8', 'TCVN3 → Unicode')).toContain('TCVN3');
    expect(conversionMessage(vi, 'vni', 'VNI → Unicode')).toContain('VNI');
    expect(conversionMessage(vi, 'windows-1258', 'Windows-1258 → Unicode')).toContain('Windows-1258');
    expect(conversionMessage(vi, 'utf-16le', null)).toContain('UTF-16');
    expect(conversionMessage(vi, 'utf-8', 'combining marks → precomposed (NFC)')).toContain('NFC');
    expect(conversionMessage(vi, 'utf-8', null)).toBeNull();
  });
});

describe('parseDate', () => {
  it('reads day/month/year and ISO dates; refuses impossible ones', () => {
    expect(parseDate('12/06/2023')).toBe('2023-06-12');
    expect(parseDate('2-9-2023')).toBe('2023-09-02');
    expect(parseDate('2023-06-12')).toBe('2023-06-12');
    expect(parseDate('  ')).toBeNull();
    expect(parseDate('31/02/2023')).toBeUndefined();
    expect(parseDate('06/2023')).toBeUndefined();
  });
});
