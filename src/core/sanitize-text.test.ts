import { describe, expect, it } from 'vitest';
import { corpusText } from '../../test/support/corpus.ts';
import { parseDocuments } from './parse-document.ts';
import { controlNote, readControlNote, sanitizeText } from './sanitize-text.ts';

const SEED = corpusText('lang-son-1154-cv-tu.txt');

describe('sanitizeText', () => {
  it('removes direction overrides and isolates and C0 controls, keeps tab, line breaks, form feed', () => {
    const raw = 'a\u202eb\u2066c\u2069d\u0000e\u0007f\u001bg\u007fh\ti\nj\r\nk\fl';
    expect(sanitizeText(raw)).toEqual({ text: 'abcdefgh\ti\nj\r\nk\fl', removed: { bidi: 3, control: 4 } });
  });

  it('writes and reads its note as a code with values', () => {
    expect(controlNote({ bidi: 1, control: 2 })).toBe('CONTROL_CHARS_REMOVED bidi=1 control=2');
    expect(readControlNote('CONTROL_CHARS_REMOVED bidi=1 control=2')).toEqual({ bidi: 1, control: 2 });
    expect(readControlNote('issuer: not printed in the header')).toBeNull();
  });
});

describe('parseDocuments on text holding a right-to-left override', () => {
  it('detects the issuer the reader sees, and notes the removal', () => {
    // U+202E before "LẠNG SƠN" is invisible in an editor; kept, it became part of the issuer ("Tỉnh ủy ‮lạng sơn").
    const [doc] = parseDocuments('rlo.txt', SEED.replace('TỈNH ỦY LẠNG SƠN', 'TỈNH ỦY \u202eLẠNG SƠN'));
    expect(doc?.meta.issuer).toBe('Tỉnh ủy Lạng Sơn');
    expect(doc?.meta.notes).toEqual(['CONTROL_CHARS_REMOVED bidi=1 control=0']);
    const [number] = parseDocuments('rlo.txt', SEED.replace('Số 1154-CV/TU', 'Số 1154-\u202eCV/TU'));
    expect(number?.meta.number).toBe('1154-CV/TU');
    expect(parseDocuments('seed.txt', SEED)[0]?.meta.notes).toEqual([]);
  });
});
