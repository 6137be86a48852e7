// Provenance, localization rules, citations, lag days and the tour, on the built-in corpus.
import { describe, expect, it } from 'vitest';
import { builtinAnalysis } from './support/corpus.ts';
import { computeInsights } from '../src/core/insights.ts';
import { toReport } from '../src/core/report.ts';

const { analysis, docs } = builtinAnalysis();
const kl21 = docs.filter((d) => d.meta.number === '21-KL/TW');
const insights = computeInsights(analysis, kl21);
const ls = analysis.documents.find((d) => d.doc.meta.number === '1154-CV/TU')!;
const localId = (doc: typeof ls, s: string) => doc.clauses.find((r) => r.clause.text.includes(s))!.clause.id;

describe('provenance through KL 21', () => {
  it('gives Lạng Sơn\'s asset-declaration clause its KL 21 source, and it stays added', () => {
    const id = localId(ls, 'Chỉ đạo thực hiện nghiêm việc kê khai tài sản, thu nhập');
    const p = insights.provenance.local.find((l) => l.doc === ls.doc.id && l.clause === id)!;
    expect(ls.clauses.find((r) => r.clause.id === id)!.class).toBe('added');
    expect(p.source?.doc).toBe('21-KL/TW');
    expect(p.source?.text).toMatch(/^Tăng cường kiểm soát tài sản, thu nhập của cán bộ/u);
    expect(p.source?.shared).toContain('thu nhập');
  });
  it('shows a clause with no source anywhere as genuinely local', () => {
    const id = localId(ls, 'Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng');
    expect(insights.provenance.local.find((l) => l.doc === ls.doc.id && l.clause === id)!.source).toBeNull();
  });
  it('traces "Dân biết, dân bàn, … dân thụ hưởng" from KL 21 to KL 54 to the provinces', () => {
    const lineage = insights.provenance.central.find((c) => c.clause === '2-1')!;
    expect(lineage.source.text).toMatch(/Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng/u);
    expect(analysis.carriedBy['2-1']!.omitted).toBeLessThan(analysis.documents.length);
  });
});

describe('localization rules', () => {
  const rule = (from: string, to: string) => insights.rules.rules.find((r) => `${r.context} ${r.from}`.trim() === from && `${r.context} ${r.to}`.trim() === to);
  it('finds the substitutions Lạng Sơn applies, with counts per document and across documents', () => {
    expect(rule('Ban Bí thư', 'Ban Thường vụ Tỉnh ủy')).toMatchObject({ count: 3, documents: { '1154-cv-tu': 2, '1698-cv-tu': 1 } });
    expect(rule('Ban Dân vận Trung ương', 'Ban Dân vận Tỉnh ủy')?.documents['1154-cv-tu']).toBe(2);
    expect(rule('Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc tỉnh')?.documents['1154-cv-tu']).toBe(1);
    expect(rule('pháp luật có liên quan', 'quy chế, quy định')?.documents['1154-cv-tu']).toBe(1);
    expect(rule('Các tỉnh', 'Các huyện')?.documents['1154-cv-tu']).toBe(1);
  });
  it('marks a clause whose only changes are such substitutions as localized wording', () => {
    const id = localId(ls, 'định kỳ báo cáo kết quả thực hiện với Ban Thường vụ Tỉnh ủy (qua Ban Dân vận Tỉnh ủy)');
    expect(insights.rules.localized.some((l) => l.doc === ls.doc.id && l.clause === id)).toBe(true);
    const rewritten = localId(ls, 'Tiếp tục tăng cường vai trò lãnh đạo, chỉ đạo của cấp ủy');
    expect(insights.rules.localized.some((l) => l.clause === rewritten)).toBe(false);
  });
});

describe('citations', () => {
  it('flags the TTXVN letter\'s "Quyết định số 99-NQ/TW" and nothing else', () => {
    expect(insights.citations.flags).toHaveLength(1);
    expect(insights.citations.flags[0]).toMatchObject({ kind: 'kind-mismatch', key: '99-NQ/TW', documents: ['652-cv-đu'], suggested: '99-QĐ/TW' });
  });
  it('lists Quảng Ngãi\'s local instruments as added, and what it inherits', () => {
    const qn = insights.citations.documents.find((d) => d.doc === '1698-cv-tu')!;
    expect(qn.added).toEqual(expect.arrayContaining(['01-KL/TW', '1575-QĐ/TU', '29/2022/QĐ-UBND']));
    expect(qn.added.some((k) => /luat thuc hien dan chu o co so nam 2022/u.test(k))).toBe(true);
    expect(qn.inherited).toEqual(expect.arrayContaining(['99-QĐ/TW', '124-QĐ/TW', '21-KL/TW']));
    expect(qn.added).not.toContain('54-KL/TW');
  });
});

describe('timeline', () => {
  it('counts days from KL 54 (09/05/2023): TTXVN 13, Lạng Sơn 34, Quảng Ngãi 69, Thành ủy unknown', () => {
    expect(analysis.documents.map((d) => [d.doc.meta.number, d.lagDays])).toEqual([['652-CV/ĐU', 13], ['1154-CV/TU', 34], ['1698-CV/TU', 69], [null, null]]);
  });
});

describe('trainer\'s tour', () => {
  const step = (k: string) => insights.tour.find((s) => s.kind === k)!;
  it('picks its examples from the analysis', () => {
    expect(insights.tour.map((s) => s.kind)).toEqual(['verbatim-task', 'localized', 'added-with-source', 'moved', 'omitted-by-most', 'forwarding', 'weakened']);
    expect(step('verbatim-task').facts.unit).toBe('5');
    expect(step('added-with-source')).toMatchObject({ doc: '1154-cv-tu', facts: { parent: '21-KL/TW' } });
    expect(step('moved')).toMatchObject({ doc: '1698-cv-tu', central: '4-3', facts: { from: '4', to: '2' } });
    expect(step('omitted-by-most').central).toBe('6-4');
    expect(step('forwarding')).toMatchObject({ doc: '652-cv-đu', facts: { lagDays: 13 } });
    // Quảng Ngãi's "xử lý nghiêm, kịp thời" for KL 54's "nghiêm minh": a task clause whose only change weakens it.
    expect(step('weakened')).toMatchObject({ doc: '1698-cv-tu', clause: '5-3', central: '5-3', facts: { code: 'FORCE_SOFTENED', from: 'nghiêm minh', to: 'nghiêm' } });
  });
});

describe('report', () => {
  it('gains provenance, rules and citations additively', () => {
    const plain = toReport(analysis);
    const full = toReport(analysis, insights);
    expect(Object.keys(plain)).toEqual(['schema', 'central', 'documents']);
    expect({ ...full, provenance: undefined, rules: undefined, citations: undefined }).toEqual({ ...plain, provenance: undefined, rules: undefined, citations: undefined });
    expect(full.rules?.rules.length).toBeGreaterThan(0);
  });
});
