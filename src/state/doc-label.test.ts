import { describe, expect, it } from 'vitest';
import { frontLabel, issuerName, shortName } from './doc-label.ts';
import { parseCorpusFile } from '../../test/support/corpus.ts';

describe('document labels', () => {
  it('word the label front matter gives in the interface language (seed 003 names no city)', () => {
    const [doc] = parseCorpusFile('thanh-uy-003.txt');
    expect(issuerName(doc!)).toBe('Thành ủy (thành phố không ghi trong văn bản)');
    expect(issuerName(doc!, 'en')).toBe('Thành ủy (city not named in the text)');
    expect(shortName(doc!)).toBe('Thành ủy');
  });

  it('fall back to the Vietnamese label, then to the issuer the text prints', () => {
    expect(frontLabel({ front: { label: 'Nhãn' } }, 'en')).toBe('Nhãn');
    const [ls] = parseCorpusFile('lang-son-1154-cv-tu.txt');
    expect(frontLabel(ls!, 'en')).toBeNull();
    expect(issuerName(ls!, 'en')).toBe('Tỉnh ủy Lạng Sơn');
  });
});
