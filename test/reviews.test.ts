// Applying a reviewer's decisions (issue 11) on the seeds: Quảng Ngãi 1698's clause carrying out
// KL 54's task 3-1 through the province's own reception rules (1575-QĐ/TU), which the machine
// calls added; anchoring that survives a metadata edit and a re-parse that renumbers clauses.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { EFFECT_KINDS } from '../src/core/effects.ts';
import { parseDocuments } from '../src/core/parse-document.ts';
import { applyReviews } from '../src/core/reviews.ts';
import { clauseDecision, centralDecision } from '../src/core/review-decisions.ts';
import type { ReviewDecision } from '../src/core/review-types.ts';
import type { Analysis, DocumentAnalysis } from '../src/core/types.ts';
import { builtinAnalysis, corpusText } from './support/corpus.ts';

const who = { reviewer: 'Nguyễn Thị Lan', at: '2026-11-25T09:00:00+07:00', note: 'Quy chế tiếp dân 1575-QĐ/TU thực hiện nhiệm vụ 3-1' };
const QN = '1698-CV/TU';
const doc = (a: Analysis, n = QN) => a.documents.find((d) => d.doc.meta.number === n)!;
const clause = (d: DocumentAnalysis, s: string) => d.clauses.find((r) => r.clause.text.includes(s))!;
const status = (d: DocumentAnalysis, id: string) => d.central.find((s) => s.id === id)!;
const adapted31: ReviewDecision = { document: QN, clause: 'nghiêm túc thực hiện Quyết định số 1575-QĐ/TU', class: 'adapted', central: ['3-1'], ...who };

describe('applyReviews on Quảng Ngãi 1698', () => {
  const { analysis } = builtinAnalysis();
  const before = doc(analysis);
  const { analysis: after, unmatched } = applyReviews(analysis, [adapted31]);
  const qn = doc(after);
  const c = clause(qn, '1575-QĐ/TU');

  it('starts from the machine calling the 1575-QĐ/TU clause added and central 3-1 omitted', () => {
    expect(clause(before, '1575-QĐ/TU').class).toBe('added');
    expect(status(before, '3-1').status).toBe('omitted');
  });
  it('gives the clause the reviewer\'s class and counterpart, keeping the machine\'s answer beside it', () => {
    expect(unmatched).toEqual([]);
    expect(c.class).toBe('adapted');
    expect(c.central).toEqual(['3-1']);
    expect(c.review).toEqual({ by: who.reviewer, at: who.at, note: who.note, machine: { class: 'added', central: [], reason: clause(before, '1575-QĐ/TU').reason } });
  });
  it('diffs the new pair and recomputes its effects from the new counterpart', () => {
    expect(c.diff?.parts.some((p) => p.op === 'equal' && p.kind !== 'substantive')).toBe(true);
    expect((c.effects ?? []).length).toBeGreaterThan(0);
    // The clause had no effect as added: each kind it shows now counts once more, the others as before.
    const kinds = new Set((c.effects ?? []).map((e) => e.kind));
    for (const k of EFFECT_KINDS) expect(qn.effectCounts![k]).toBe(before.effectCounts![k] + (kinds.has(k) ? 1 : 0));
    expect(status(qn, '3-1').effects?.length).toBe(c.effects!.length);
  });
  it('recomputes the central status, coverage, carriedBy and the reviewer\'s share', () => {
    expect(status(qn, '3-1')).toEqual(expect.objectContaining({ status: 'adapted', by: [c.clause.id] }));
    expect(qn.coverage.tasks.omitted).toBe(before.coverage.tasks.omitted - 1);
    expect(qn.coverage.tasks.adapted).toBe(before.coverage.tasks.adapted + 1);
    expect(qn.coverage.local.counts.added).toBe(before.coverage.local.counts.added - 1);
    expect(after.carriedBy['3-1']!.omitted).toBe(analysis.carriedBy['3-1']!.omitted - 1);
    expect(qn.reviewed).toEqual({ clauses: 1, central: 0 });
  });
  it('leaves the other documents and the input analysis untouched', () => {
    expect(doc(after, '1154-CV/TU')).toBe(doc(analysis, '1154-CV/TU'));
    expect(clause(doc(analysis), '1575-QĐ/TU').class).toBe('added');
  });
  it('links the clause\'s unit to the central unit it now draws on', () => {
    const a2 = applyReviews(analysis, [{ ...adapted31, central: ['2-1'] }]).analysis;
    const unit = doc(a2).units.find((u) => u.unit === c.clause.unit)!;
    expect(unit.central.map((x) => x.unit)).toContain('2');
  });
});

describe('decisions on central clauses', () => {
  const { analysis } = builtinAnalysis();
  it('marks a carried central clause omitted, and an omitted one carried by a named clause', () => {
    const qn0 = doc(analysis);
    const carried = qn0.central.find((s) => s.status !== 'omitted' && s.id.startsWith('2-'))!;
    const r = applyReviews(analysis, [
      { document: QN, centralClause: carried.id, status: 'omitted', ...who },
      { document: QN, centralClause: 'Thực hiện tốt công tác tiếp dân, tăng cường tiếp xúc', status: 'carried', by: '1575-QĐ/TU ngày 10/6/2019', ...who },
    ]);
    const qn = doc(r.analysis);
    expect(r.unmatched).toEqual([]);
    expect(status(qn, carried.id)).toEqual(expect.objectContaining({ status: 'omitted', by: [], review: expect.objectContaining({ machine: { status: carried.status, by: carried.by } }) }));
    expect(status(qn, '3-1')).toEqual(expect.objectContaining({ status: 'adapted', by: [clause(qn, '1575-QĐ/TU').clause.id] }));
    expect(qn.coverage.tasks).toEqual(qn0.coverage.tasks);
    expect(qn.reviewed).toEqual({ clauses: 0, central: 2 });
  });
  it('lets a later clause decision giving 3-1 a carrier win over an earlier "omitted" on 3-1', () => {
    const omit31: ReviewDecision = { document: QN, centralClause: '3-1', status: 'omitted', ...who };
    expect(status(doc(applyReviews(analysis, [adapted31, omit31]).analysis), '3-1').status).toBe('omitted');
    expect(status(doc(applyReviews(analysis, [omit31, adapted31]).analysis), '3-1').status).toBe('adapted');
  });
});

describe('anchoring', () => {
  const { analysis } = builtinAnalysis();
  it('finds the document by its source file name and the clause after folding case, tone marks, quotes and markdown', () => {
    const r = applyReviews(analysis, [{ ...adapted31, document: 'corpus/quang-ngai-1698-cv-tu.txt', clause: '**NGƯỜI ĐỨNG ĐẦU cap uy**, chinh quyen cac cap nghiem tuc thuc hien "Quyet dinh" so 1575' }]);
    expect(r.unmatched).toEqual([]);
    expect(clause(doc(r.analysis), '1575-QĐ/TU').class).toBe('adapted');
  });
  it('names a counterpart by its text as well as by its id', () => {
    const r = applyReviews(analysis, [{ ...adapted31, central: ['thực hiện tốt công tác tiếp dân'] }]);
    expect(clause(doc(r.analysis), '1575-QĐ/TU').central).toEqual(['3-1']);
  });
  it('lets a later decision on the same clause win, the machine\'s answer still the first one', () => {
    const r = applyReviews(analysis, [adapted31, { ...adapted31, class: 'added', central: [] }]);
    const c = clause(doc(r.analysis), '1575-QĐ/TU');
    expect([c.class, c.central, c.review?.machine.class]).toEqual(['added', [], 'added']);
    expect(status(doc(r.analysis), '3-1').status).toBe('omitted');
  });
  it('keeps every decision that matches nothing, with its reason, and applies the rest', () => {
    const decisions: ReviewDecision[] = [
      adapted31,
      { ...adapted31, document: '9999-CV/TU' },
      { ...adapted31, clause: 'Một câu không có trong văn bản nào' },
      { ...adapted31, clause: 'Ban Thường vụ Tỉnh ủy' },
      { ...adapted31, central: ['9-9'] },
      { ...adapted31, class: 'verbatim', central: undefined as never },
    ].map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as unknown as ReviewDecision);
    const r = applyReviews(analysis, decisions);
    expect(r.unmatched.map((u) => [u.index, u.reason])).toEqual([[1, 'NO_DOCUMENT'], [2, 'NO_CLAUSE'], [3, 'AMBIGUOUS_CLAUSE'], [4, 'NO_CENTRAL'], [5, 'NO_COUNTERPART']]);
    expect(r.unmatched[1]!.decision).toBe(decisions[2]);
    expect(r.analysis.reviewsUnmatched).toBe(r.unmatched);
    expect(clause(doc(r.analysis), '1575-QĐ/TU').class).toBe('adapted');
  });
  it('survives a metadata edit: a decision written by the app still applies after the number is changed', () => {
    const made = clauseDecision(analysis, doc(analysis), clause(doc(analysis), '1575-QĐ/TU').clause.id, { class: 'adapted', central: ['3-1'] }, who);
    expect(made.clause).toContain('1575-QĐ/TU');
    expect(made.central).toEqual([analysis.centralClauses.find((c) => c.id === '3-1')!.text]);
    const edited: Analysis = { ...analysis, documents: analysis.documents.map((d) => (d.doc.meta.number === QN ? { ...d, doc: { ...d.doc, meta: { ...d.doc.meta, number: '1698a-CV/TU', issuer: 'Tỉnh ủy Quảng Ngãi (đã sửa)' } } } : d)) };
    const r = applyReviews(edited, [made]);
    expect(r.unmatched).toEqual([]);
    expect(clause(doc(r.analysis, '1698a-CV/TU'), '1575-QĐ/TU').class).toBe('adapted');
  });
  it('survives a re-parse that renumbers the clauses: the decision follows the text, not the id', () => {
    const text = corpusText('quang-ngai-1698-cv-tu.txt');
    const moved = text.replace('3. Người đứng đầu cấp ủy', '3. Các cấp ủy sơ kết việc thực hiện Kết luận vào cuối năm. Người đứng đầu cấp ủy');
    expect(moved).not.toBe(text);
    const central = analysis.central;
    const a2 = analyze({ central, documents: parseDocuments('quang-ngai-1698-cv-tu.txt', moved) });
    const oldId = clause(doc(analysis), '1575-QĐ/TU').clause.id;
    expect(clause(doc(a2), '1575-QĐ/TU').clause.id).not.toBe(oldId);
    const made = clauseDecision(analysis, doc(analysis), oldId, { class: 'adapted', central: ['3-1'] }, who);
    const r = applyReviews(a2, [made, centralDecision(analysis, doc(analysis), '6-4', 'carried', who, oldId)]);
    expect(r.unmatched).toEqual([]);
    expect(clause(doc(r.analysis), '1575-QĐ/TU')).toEqual(expect.objectContaining({ class: 'adapted', central: ['3-1'] }));
    expect(clause(doc(r.analysis), 'sơ kết việc thực hiện').review).toBeUndefined();
    expect(status(doc(r.analysis), '6-4').by).toContain(clause(doc(r.analysis), '1575-QĐ/TU').clause.id);
  });
});
