// The gold writer (issue 11): a report's answers as a reference alignment in the format of
// ../shared/gold. Scored with the TypeScript port of ../shared/tools/eval-gold.mjs (same folding,
// same matching; the CLI test runs the .mjs itself), every file must score 1.00 against the report
// it came from, on the seeds, the real pairs of other families and a reviewed analysis.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { goldFiles, goldOf } from '../src/core/gold-writer.ts';
import { parseDocuments } from '../src/core/parse-document.ts';
import { toReport, type Report } from '../src/core/report.ts';
import { applyReviews } from '../src/core/reviews.ts';
import { builtinAnalysis, corpusText } from './support/corpus.ts';
import { realReport } from './support/real.ts';
import { scoreGold, type Gold } from './support/score-gold.ts';

const perfect = { label: 1, align: 1, omitRecall: 1, omitPrecision: 1, unmatched: 0, misses: [] };

/** Every document's gold scored against the report (documents without a number against a report of that document alone, as the evaluator requires). */
function scores(r: Report) {
  return goldFiles(r).map((g, i) => {
    const d = r.documents[i]!;
    const report = d.number ? r : { ...r, documents: [d] };
    return { doc: g.gold.document, items: g.gold.items.length, skipped: g.skipped, score: scoreGold(report, g.gold as unknown as Gold) };
  });
}

describe('goldFiles', () => {
  it('scores 1.00 on every document of the built-in corpus', () => {
    const s = scores(toReport(builtinAnalysis().analysis));
    expect(s.map((x) => x.doc)).toEqual(['652-CV/ĐU', '1154-CV/TU', '1698-CV/TU', 'thanh-uy-003.txt']);
    for (const x of s) expect([x.doc, x.score, x.skipped]).toEqual([x.doc, perfect, []]);
  });
  it.each([
    ['ct32-central_32-CT-TTg_quoted-in-article.txt', 'ct32-local_nghe-an_1026-KH-UBND.txt'],
    ['kl221-central_221-KL-TW.txt', 'kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt'],
    ['nqlt102-central_102-2025-NQLT.txt', 'nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt'],
    ['qd22-central_22-2013-QD-TTg.txt', 'qd22-local_tphcm_3210-QD-UBND_decision-with-attached-plan.txt'],
  ])('scores 1.00 on the real pair %s ← %s', (central, local) => {
    const [x] = scores(realReport(central, local));
    expect(x!.score).toEqual(perfect);
    expect(x!.items + x!.skipped.length).toBe(realReport(central, local).documents[0]!.clauses.length);
  });
  it('writes the reviewer\'s answers: the Quảng Ngãi 1575-QĐ/TU clause adapted from 3-1, 3-1 no longer omitted', () => {
    const { analysis } = builtinAnalysis();
    const a = applyReviews(analysis, [{ document: '1698-CV/TU', clause: '1575-QĐ/TU ngày 10/6/2019', class: 'adapted', central: ['3-1'], reviewer: 'Lan', at: '2026-11-25T09:00:00Z', note: '' }]).analysis;
    const r = toReport(a);
    const qn = r.documents.find((d) => d.number === '1698-CV/TU')!;
    const { gold } = goldOf(r, qn);
    const item = gold.items.find((it) => it.local.includes('Người đứng đầu cấp ủy'))!;
    expect(item.label).toEqual(['adapted']);
    expect(item.central).toEqual([expect.stringMatching(/^Thực hiện tốt công tác tiếp dân/u)]);
    expect(gold.omitted.some((s) => s.startsWith('Thực hiện tốt công tác tiếp dân'))).toBe(false);
    expect(gold.reviewed).toEqual({ clauses: 1, central: 0 });
    expect(scoreGold(r, gold as unknown as Gold)).toEqual(perfect);
  });
  it('scores 1.00 when the reviewer marks omitted a central clause a local clause still draws on', () => {
    const { analysis } = builtinAnalysis();
    const carried = analysis.documents.find((d) => d.doc.meta.number === '1154-CV/TU')!.central.find((s) => s.status === 'verbatim')!;
    const a = applyReviews(analysis, [{ document: '1154-CV/TU', centralClause: carried.id, status: 'omitted', reviewer: 'Lan', at: '2026-11-25T09:00:00Z', note: '' }]).analysis;
    const r = toReport(a);
    const ls = r.documents.find((d) => d.number === '1154-CV/TU')!;
    const { gold } = goldOf(r, ls);
    const text = r.central.clauses.find((c) => c.id === carried.id)!.text;
    expect(gold.omitted.some((o) => text.startsWith(o))).toBe(true);
    expect(scoreGold(r, gold as unknown as Gold)).toEqual(perfect);
  });
  it('leaves out a clause that repeats an earlier one word for word, and still scores 1.00', () => {
    const { central } = builtinAnalysis();
    const text = corpusText('lang-son-1154-cv-tu.txt');
    const repeated = 'Tăng cường kiểm tra, giám sát việc thực hiện Kết luận ở các cấp.';
    const withRepeat = text.replace('gương điển hình trong triển khai thực hiện Quyết định số 99-QĐ/TW.', `$& ${repeated} ${repeated}`);
    expect(withRepeat).not.toBe(text);
    const r = toReport(analyze({ central, documents: parseDocuments('lang-son.txt', withRepeat) }));
    const { gold, skipped } = goldOf(r, r.documents[0]!);
    expect(skipped).toHaveLength(1);
    expect(gold.items.filter((it) => it.local.startsWith('Tăng cường kiểm tra, giám sát việc thực hiện Kết luận'))).toHaveLength(1);
    expect(scoreGold(r, gold as unknown as Gold)).toEqual(perfect);
  });
});
