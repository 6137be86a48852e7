// Families and chains on the real documents (corpus/real, copied from ../shared/real, and the
// seeds in corpus/): routing across Chỉ thị 32, KL 221 and KL 54; the three-level chain
// NQLT 102 → Quảng Ninh guide → Lương Minh plan, with origins read by hand in the three texts.
import { describe, expect, it } from 'vitest';
import { analyzeFamilies, analyzeChained } from '../src/core/families.ts';
import { clauseLineage } from '../src/core/chain.ts';
import { parseCorpusFile } from './support/corpus.ts';
import { realCentral, realDoc } from './support/real.ts';
import type { DocumentAnalysis } from '../src/core/types.ts';

const CT32 = 'ct32-central_32-CT-TTg_quoted-in-article.txt';
const KL221 = 'kl221-central_221-KL-TW.txt';
const NQLT = 'nqlt102-central_102-2025-NQLT.txt';
const GUIDE = 'nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt';
const COMMUNE = 'nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt';
const OTHER = 'nqlt102-commune-other_mttq-luong-minh_KH-25-11-2025_cites-NQ101.txt';
const kl54 = () => parseCorpusFile('ttxvn-652-cv-du-and-kl-54.txt').find((d) => d.meta.number === '54-KL/TW')!;

describe('three families: Chỉ thị 32, KL 221, KL 54', () => {
  const fa = analyzeFamilies({
    centrals: [realCentral(CT32), realCentral(KL221), kl54()],
    documents: [realDoc('ct32-local_nghe-an_1026-KH-UBND.txt'), realDoc('kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt'), ...parseCorpusFile('lang-son-1154-cv-tu.txt'), realDoc('negative_news-summary_74-NQ-CP.txt')],
  });

  it('routes Nghệ An 1026 to Chỉ thị 32, CV 174 to KL 221 (of the two it names), Lạng Sơn 1154 to KL 54', () => {
    expect(fa.families.map((f) => [f.central.meta.number, f.documents.map((d) => [d.doc.meta.number, d.route?.code])])).toEqual([
      ['32/CT-TTg', [['1026/KH-UBND', 'NUMBER']]],
      ['221-KL/TW', [['174/CV-BCĐ', 'NUMBER']]],
      ['54-KL/TW', [['1154-CV/TU', 'NUMBER']]],
    ]);
    expect(fa.families[1]!.documents[0]!.route!.values).toEqual({ number: '221-KL/TW', action: 'implements', where: 'lead-in' });
  });
  it('keeps the news summary of Nghị quyết 74/NQ-CP apart: it names KL 127 among others, and carries 1 of KL 221\'s 19 task clauses', () => {
    expect(fa.unrouted.map((u) => [u.doc.source, u.reason])).toEqual([['negative_news-summary_74-NQ-CP.txt', {
      code: 'BELOW_BAR', values: { number: '221-KL/TW', carried: 1, total: 19, share: 0.053, bar: 0.5, cites: '74/NQ-CP, 127-KL/TW, 130-KL/TW, 137-KL/TW, 43-CV/BCĐ' },
    }]]);
  });
  it('does not route KL 21 into KL 54\'s family, although it shares most of its tasks: KL 54 cites it', () => {
    const r = analyzeFamilies({ centrals: [kl54()], documents: parseCorpusFile('kl-21-kl-tw.txt') });
    expect(r.unrouted.map((u) => u.reason)).toEqual([{ code: 'PRECEDES', values: { number: '54-KL/TW', by: 'citation' } }]);
  });
});

describe('NQLT 102 → Quảng Ninh guide → Lương Minh plan (lần 2)', () => {
  const a = analyzeChained({ central: realCentral(NQLT), documents: [realDoc(GUIDE), realDoc(COMMUNE)] });
  const [guide, commune] = a.documents as [DocumentAnalysis, DocumentAnalysis];
  const clause = (d: DocumentAnalysis, start: string) => d.clauses.find((r) => r.clause.text.startsWith(start))!;
  const origin = (start: string) => commune.chain!.origins.find((o) => o.clause === clause(commune, start).clause.id)!;
  const guideText = (ids: readonly string[]) => ids.map((id) => guide.clauses.find((r) => r.clause.id === id)!.clause.text);
  const rootText = (ids: readonly string[]) => ids.map((id) => a.centralClauses.find((c) => c.id === id)!.text);

  it('finds the guide as the plan\'s parent by kind, issuer and title: its number is blank ("Số: /HD-MTTQ-BTT"), the plan cites it as 01/HD-MTTQ-BTT', () => {
    expect(guide.doc.meta.number).toBeNull();
    expect(guide.chain).toBeUndefined();
    expect(commune.chain).toMatchObject({ parent: guide.doc.id, depth: 2 });
    const kinds = new Set(commune.chain!.origins.map((o) => o.origin));
    expect(kinds).toEqual(new Set(['central', 'parent', 'own']));
  });
  it('"Hội nghị cử Chủ tọa…": carried from NQLT 102 (Điều 5) through the guide', () => {
    const o = origin('Hội nghị cử Chủ tọa trong Ban Thường trực');
    expect(o.origin).toBe('central');
    expect(guideText(o.parent)).toEqual(['Hội nghị cử chủ tọa trong Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh và thư ký hội nghị.']);
    expect(rootText(o.root)).toEqual(['Hội nghị cử chủ tọa trong Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam và Thư ký hội nghị.']);
  });
  it('"Trường hợp không thỏa thuận được…" and "Tiêu chuẩn của đại biểu Hội đồng nhân dân": central', () => {
    expect(origin('Trường hợp không thỏa thuận được vấn đề nào').origin).toBe('central');
    expect(rootText(origin('Tiêu chuẩn của đại biểu Hội đồng nhân dân').root)).toEqual(['Tiêu chuẩn của đại biểu Hội đồng nhân dân;']);
  });
  it('"Đại diện lãnh đạo các tổ chức thành viên…": from the guide\'s own composition of the conference (Luật bầu cử, Điều 50), which NQLT 102 does not set out', () => {
    const o = origin('Đại diện lãnh đạo các tổ chức thành viên');
    expect(o.origin).toBe('parent');
    // The list after the guide's "Thành phần hội nghị theo khoản 1 điều 50 Luật bầu cử … gồm:".
    expect(guideText(o.parent)).toEqual(['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam, đại diện ban lãnh đạo các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam cùng cấp.']);
    // Compared with the root alone, the plan seemed to adapt an NQLT 102 clause about another meeting.
    expect(clause(commune, 'Đại diện lãnh đạo các tổ chức thành viên').class).toBe('adapted');
  });
  it('the commune\'s own: its guests from the Party committee, the officer it names, the date it plans', () => {
    for (const s of ['Đại diện lãnh đạo Ban Xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy', 'Giao đồng chí Nguyễn ĐứcMạnh', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã dự kiến tổ chức hội nghị vào ngày 02/02/2026']) {
      expect(origin(s), s).toMatchObject({ origin: 'own', parent: [], root: [] });
    }
  });
  it('counts omissions against the guide and, through it, against NQLT 102', () => {
    const om = commune.chain!.omitted;
    const guideTasks = guide.clauses.filter((r) => r.clause.part === 'task' || r.clause.part === 'implementation').length;
    expect(om.parent.length).toBe(commune.chain!.pair.coverage.tasks.omitted);
    expect(om.parent.length).toBeLessThan(guideTasks);
    const reached = new Set(commune.chain!.origins.flatMap((o) => o.root));
    expect(om.root.every((id) => !reached.has(id))).toBe(true);
    // Dropped: what the guide carried of NQLT 102 and the plan did not, e.g. the first conference's
    // "Hội nghị thảo luận để thỏa thuận về cơ cấu, thành phần, số lượng…" (Điều 2) that the plan's
    // second conference does not hold.
    const carriedByGuide = new Set(guide.central.filter((s) => s.status !== 'omitted').map((s) => s.id));
    expect(om.dropped.length).toBeGreaterThan(0);
    expect(om.dropped.every((id) => carriedByGuide.has(id) && om.root.includes(id))).toBe(true);
    expect(om.root.length).toBe(om.dropped.length + om.root.filter((id) => !carriedByGuide.has(id)).length);
  });
  it('follows "Hội nghị cử Chủ tọa…" up three levels', () => {
    const id = clause(commune, 'Hội nghị cử Chủ tọa trong Ban Thường trực').clause.id;
    const levels = clauseLineage(a.documents, commune.doc.id, id);
    expect(levels.map((l) => l.doc)).toEqual([commune.doc.id, guide.doc.id, null]);
    expect(rootText(levels[2]!.clauses)).toEqual(['Hội nghị cử chủ tọa trong Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam và Thư ký hội nghị.']);
  });
  it('does not route the Lương Minh plan that follows NQ 101 to NQLT 102, nor give it the guide as parent (it cites Hướng dẫn 13, another guide)', () => {
    const fa = analyzeFamilies({ centrals: [realCentral(NQLT)], documents: [realDoc(GUIDE), realDoc(COMMUNE), realDoc(OTHER)] });
    expect(fa.families[0]!.documents.map((d) => [d.doc.source, d.route?.code])).toEqual([[GUIDE, 'NUMBER'], [COMMUNE, 'PARENT']]);
    expect(fa.unrouted.map((u) => [u.doc.source, u.reason.code, u.reason.values['carried'], u.reason.values['total']])).toEqual([[OTHER, 'BELOW_BAR', 41, 240]]);
  });
});

describe('any two documents', () => {
  it('two provinces side by side: Quảng Ngãi 1698 against Lạng Sơn 1154, both carrying out KL 54', () => {
    const [ls] = parseCorpusFile('lang-son-1154-cv-tu.txt');
    const a = analyzeChained({ central: ls!, documents: parseCorpusFile('quang-ngai-1698-cv-tu.txt') });
    const d = a.documents[0]!;
    expect(d.doc.meta).toMatchObject({ implements: '54-KL/TW', role: null });
    expect(d.doc.meta.notes).toContain('compared: both implement 54-KL/TW; the central text is a sibling, not a source');
    expect(d.clauses.filter((r) => r.class !== 'added').length).toBeGreaterThan(d.clauses.length / 2);
    expect(d.lagDays).toBe(35);
  });
});
