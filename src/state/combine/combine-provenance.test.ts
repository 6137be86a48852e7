import { describe, expect, it } from 'vitest';
import { centralLineage, highlightShared, localProvenance, provenanceCounts } from './combine-provenance.ts';
import { corpusInsights } from '../../../test/support/insights-corpus.ts';

const { analysis, bundle } = corpusInsights();
const ls = analysis.documents.find((d) => d.doc.id === '1154-cv-tu')!;
const idOf = (s: string) => ls.clauses.find((r) => r.clause.text.includes(s))!.clause.id;

describe('provenance for the views', () => {
  it('gives Lạng Sơn’s asset declaration its KL 21 source, with the parent named', () => {
    const p = localProvenance(bundle, '1154-cv-tu', idOf('Chỉ đạo thực hiện nghiêm việc kê khai tài sản, thu nhập'));
    expect(p?.kind).toBe('source');
    if (p?.kind !== 'source') return;
    expect(p.parent).toMatchObject({ number: '21-KL/TW', kind: 'Kết luận', date: '2021-10-25' });
    expect(p.link.text).toMatch(/^Tăng cường kiểm soát tài sản, thu nhập của cán bộ/u);
  });

  it('calls a clause with no source anywhere genuinely local, and a non-added clause nothing', () => {
    expect(localProvenance(bundle, '1154-cv-tu', idOf('Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng'))).toMatchObject({ kind: 'local' });
    expect(localProvenance(bundle, '1154-cv-tu', '5-1')).toBeNull();
  });

  it('counts added clauses with and without a source', () => {
    const c = provenanceCounts(bundle, '1154-cv-tu');
    expect(c.sourced).toBeGreaterThanOrEqual(1);
    expect(c.sourced + c.local).toBe(c.added);
  });

  it('traces central 2-1 from KL 21 through KL 54 to the documents that carry it', () => {
    const l = centralLineage(analysis, bundle, '2-1')!;
    expect(l.link.text).toMatch(/Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng/u);
    expect(l.parent?.number).toBe('21-KL/TW');
    expect(l.central).toMatchObject({ number: '54-KL/TW', clause: '2-1' });
    expect(l.carriers.map((c) => c.name)).toEqual(['TTXVN', 'Lạng Sơn', 'Quảng Ngãi', 'Thành ủy']);
    expect(l.carried).toBe(3);
    expect(centralLineage(analysis, bundle, '5-1')).toBeNull();
  });

  it('marks the shared word pairs in the parent text', () => {
    const { segments, phrases } = highlightShared('Tăng cường kiểm soát tài sản, thu nhập của cán bộ.', ['sản thu', 'thu nhập', 'nhập của']);
    expect(phrases).toEqual(['sản, thu nhập của']);
    expect(segments.map((s) => s.text).join('')).toBe('Tăng cường kiểm soát tài sản, thu nhập của cán bộ.');
    expect(segments.filter((s) => s.shared).map((s) => s.text)).toEqual(['sản, thu nhập của']);
  });
});
