// Structure of every layout the real documents show: a joint normative resolution (Chương / Mục /
// Điều / khoản / điểm, with forms attached), a decision issuing an attached plan, a directive
// quoted in a Q&A article, a conclusion reposted by a news site, and documents that only cite.
import { describe, expect, it } from 'vitest';
import { realCentral, realDoc, realPair, realReport } from './support/real.ts';

describe('NQLT 102/2025 and the Quảng Ninh guide to it', () => {
  const central = realCentral('nqlt102-central_102-2025-NQLT.txt');
  it('yields its articles and their clauses, not 2 task clauses', () => {
    const units = new Set(central.blocks.map((b) => b.unit.split('.')[0]));
    for (let n = 1; n <= 29; n++) expect(units.has(`Đ${n}`), `Điều ${n}`).toBe(true);
    const a = realPair('nqlt102-central_102-2025-NQLT.txt', 'nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt');
    expect(a.centralClauses.filter((c) => c.part === 'task' || c.part === 'implementation').length).toBeGreaterThan(150);
    expect(central.blocks.find((b) => b.unit === 'Đ29')?.part).toBe('implementation');
    expect(central.blocks.some((b) => b.part === 'appendix')).toBe(true);
  });
  it('finds the guide mostly derived from it, and implementing it (cited as a legal basis)', () => {
    const d = realPair('nqlt102-central_102-2025-NQLT.txt', 'nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt').documents[0]!;
    const { verbatim, adapted, added } = d.coverage.local.counts;
    expect((verbatim + adapted) / (verbatim + adapted + added)).toBeGreaterThan(0.7);
    expect(d.doc.meta).toMatchObject({ implements: '102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', role: 'implementation' });
  });
  it('does not route the commune plan that follows NQ 101 to it', () => {
    const d = realPair('nqlt102-central_102-2025-NQLT.txt', 'nqlt102-commune-other_mttq-luong-minh_KH-25-11-2025_cites-NQ101.txt').documents[0]!;
    expect(d.doc.meta.role).toBeNull();
  });
});

describe('QĐ 3210/QĐ-UBND TP.HCM issuing a Kế hoạch', () => {
  const doc = realDoc('qd22-local_tphcm_3210-QD-UBND_decision-with-attached-plan.txt');
  it('is one document whose content is the attached plan; the decision is its cover', () => {
    expect(doc.meta).toMatchObject({ kind: 'Quyết định', attachment: 'Kế hoạch', number: '3210/QĐ-UBND' });
    expect(doc.blocks.some((b) => b.unit === 'I' && b.text.startsWith('MỤC ĐÍCH'))).toBe(true);
    expect(doc.blocks.filter((b) => !b.title).length).toBeGreaterThan(60);
    expect(doc.blocks.some((b) => b.text.startsWith('Điều 1') || b.text.startsWith('Ban hành kèm theo Quyết định này'))).toBe(false);
    expect(doc.spans!.some((s) => s.role === 'cover' && doc.text.slice(s.start, s.end).startsWith('Điều 1.'))).toBe(true);
  });
  it('implements QĐ 22/2013/QĐ-TTg when compared with it (cited through the circular in its title)', () => {
    const d = realPair('qd22-central_22-2013-QD-TTg.txt', 'qd22-local_tphcm_3210-QD-UBND_decision-with-attached-plan.txt').documents[0]!;
    expect(d.doc.meta).toMatchObject({ implements: '22/2013/QĐ-TTg', role: 'implementation' });
    expect(d.clauses.length).toBeGreaterThan(80);
  });
});

describe('wrappers and documents that only cite', () => {
  it('leaves the Q&A questions around Chỉ thị 32 out of the comparison, shown as wrappers', () => {
    const doc = realCentral('ct32-central_32-CT-TTg_quoted-in-article.txt');
    const wrappers = doc.spans!.filter((s) => s.role === 'wrapper').map((s) => doc.text.slice(s.start, s.end));
    expect(wrappers).toHaveLength(3);
    expect(wrappers.every((w) => w.endsWith('?'))).toBe(true);
    expect(doc.blocks.some((b) => b.text.endsWith('?'))).toBe(false);
    expect(doc.blocks.filter((b) => /^\d$/u.test(b.unit)).map((b) => b.unit)).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7', '8']));
  });
  it('leaves the news site’s lines around KL 127 out, and reads its number from them', () => {
    const doc = realCentral('kl127-central_127-KL-TW_news-repost.txt');
    const wrappers = doc.spans!.filter((s) => s.role === 'wrapper').map((s) => doc.text.slice(s.start, s.end));
    expect(wrappers.some((w) => w.startsWith('INFOGRAPHICS'))).toBe(true);
    expect(wrappers).toContain('Theo TTXVN');
    expect(doc.meta.number).toBe('127-KL/TW');
  });
  it('calls a news summary naming KL 127 cites-only, not an implementation', () => {
    const d = realPair('kl127-central_127-KL-TW_news-repost.txt', 'negative_news-summary_74-NQ-CP.txt').documents[0]!;
    expect(d.doc.meta.role).toBe('cites-only');
  });
  it('does not call an English summary of a directive an implementation', () => {
    const d = realPair('ct32-central_32-CT-TTg_quoted-in-article.txt', 'negative_english-summary_19-CT-TTg.txt').documents[0]!;
    expect(d.doc.meta.role).not.toBe('implementation');
  });
});

describe('damage said out loud in the report', () => {
  it('every damaged file has problems, the clean pair none', () => {
    for (const f of ['damage_dropped-letters_mttq-luong-minh_KH-lan-2.txt', 'damage_dropped-letters_mttq-quang-ninh_HD.txt', 'damage_hard-wrap_thanh-hoa_15-CT-UBND.txt',
      'damage_pdf-text-layer_thua-thien-hue_445-KL-TU.txt', 'damage_pdftotext_doan-phuc-thinh_KH.txt', 'damage_scrambled-diacritics_127-KL-TW.txt']) {
      expect(realReport('kl127-central_127-KL-TW_news-repost.txt', f).documents[0]!.quality!.problems.length, f).toBeGreaterThan(0);
    }
    const r = realReport('ct32-central_32-CT-TTg_quoted-in-article.txt', 'ct32-local_nghe-an_1026-KH-UBND.txt');
    expect(r.documents[0]!.quality).toEqual({ score: 1, problems: [] });
    expect(r.central.quality).toEqual({ score: 1, problems: [] });
  });
  it('names scrambled tone marks', () => {
    const q = realReport('kl127-central_127-KL-TW_news-repost.txt', 'damage_scrambled-diacritics_127-KL-TW.txt').documents[0]!.quality!;
    expect(q.problems.map((p) => p.code)).toContain('SCRAMBLED_TONES');
  });
});
