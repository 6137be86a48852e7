// Routing on small documents written here (test/support/family-world.ts): every rule of route.ts
// and route-parent.ts, with the reason it gives.
import { describe, expect, it } from 'vitest';
import * as w from '../../test/support/family-world.ts';
import { letter } from '../../test/support/letters.ts';
import { isInputError } from './errors.ts';
import { analyze } from './analyze.ts';
import { analyzeFamilies } from './families.ts';
import { CONTENT_BAR, routeDocuments, type Fit, type FitOf } from './route.ts';
import { chainOrder, findParents } from './route-parent.ts';
import type { ParsedDocument } from './types.ts';

const world = () => {
  const centrals = [w.centralA(), w.centralB()];
  const documents = [w.provincePlan(), w.communePlan(), w.hamletPlan(), w.titleLetter(), w.uncitedLetter(), w.citesOnlyLetter(), w.unrelatedPlan(), w.olderConclusion()];
  return { centrals, documents, fa: analyzeFamilies({ centrals, documents }) };
};

describe('routeDocuments / analyzeFamilies', () => {
  const { fa } = world();
  const routeOf = (id: string) => fa.families.flatMap((f) => f.documents.map((d) => ({ family: f.central.id, id: d.doc.id, route: d.route })))
    .find((x) => x.id === id);

  it('routes by number, by title, by content, and through the parent', () => {
    expect(fa.families.map((f) => [f.central.id, f.documents.map((d) => d.doc.id)])).toEqual([
      ['5-ct-ttg', ['7-kh-ubnd', '12-kh-ubnd', '3-kh-bctmt', '88-sxd-qlxd']],
      ['20-kl-tw', ['41-sgdđt-vp']],
    ]);
    expect(routeOf('7-kh-ubnd')?.route).toEqual({ code: 'NUMBER', values: { number: '5/CT-TTg', action: 'implements', where: 'title' } });
    expect(routeOf('88-sxd-qlxd')?.route).toEqual({ code: 'TITLE', values: { number: '5/CT-TTg' } });
    expect(routeOf('41-sgdđt-vp')?.route).toEqual({ code: 'CONTENT', values: { number: '20-KL/TW', carried: 5, total: 6, share: 0.833 } });
  });
  it('prefers the local parent to the central text the commune plan also cites, at any depth', () => {
    expect(routeOf('12-kh-ubnd')?.route).toEqual({ code: 'PARENT', values: { parent: '7-kh-ubnd', by: 'number', cited: '7/KH-UBND' } });
    expect(routeOf('3-kh-bctmt')?.route).toEqual({ code: 'PARENT', values: { parent: '12-kh-ubnd', by: 'number', cited: '12/KH-UBND' } });
  });
  it('keeps apart, with the reason, a letter naming a central text it does not carry, an unrelated plan, and an older text the central one restates', () => {
    expect(fa.unrouted.map((u) => [u.doc.id, u.reason])).toEqual([
      ['19-sgtvt-khtc', { code: 'CITES_ONLY', values: { number: '20-KL/TW', carried: 0, total: 6 } }],
      ['77-kh-ubnd', { code: 'BELOW_BAR', values: { number: '5/CT-TTg', carried: 0, total: 6, share: 0, bar: CONTENT_BAR, cites: '74/NQ-CP' } }],
      ['9-kl-tw', { code: 'PRECEDES', values: { number: '20-KL/TW', by: 'citation' } }],
    ]);
  });
  it('aligns every routed document with its root exactly as analyze() does', () => {
    const plan = fa.families[0]!.documents[0]!;
    const alone = analyze({ central: w.centralA(), documents: [w.provincePlan()] }).documents[0]!;
    expect(plan.clauses.map((r) => [r.clause.id, r.class, r.central])).toEqual(alone.clauses.map((r) => [r.clause.id, r.class, r.central]));
    expect(plan.coverage).toEqual(alone.coverage);
    expect(plan.coverage.tasks.omitted).toBe(2);
    expect(plan.doc.meta).toMatchObject({ implements: '5/CT-TTg', role: 'implementation' });
  });
  it('sends a document naming two central texts to the one it carries most (CV 174 names KL 192 and KL 221)', () => {
    const both = letter('both.txt', {
      head: ['UBND TỈNH HÒA BÌNH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], number: '50/SGDĐT-VP', place: 'Hòa Bình', date: '20/07/2024', kind: 'CÔNG VĂN', title: null,
      lead: ['Thực hiện Chỉ thị số 5/CT-TTg và Kết luận số 20-KL/TW, Sở Giáo dục và Đào tạo yêu cầu:'],
      tasks: [...w.B.slice(0, 4), w.A[0]],
    });
    const r = analyzeFamilies({ centrals: [w.centralA(), w.centralB()], documents: [both] });
    expect(r.families[1]!.documents[0]!.route).toEqual({ code: 'NUMBER', values: { number: '20-KL/TW', action: 'implements', where: 'lead-in' } });
  });
});

describe('routing rules with a given fit', () => {
  const { centrals, documents } = world();
  const fit = (f: Partial<Record<string, Fit>>): FitOf => (doc: ParsedDocument, c: ParsedDocument) => f[`${doc.id}@${c.id}`] ?? { carried: 0, total: 6, role: null };

  it('takes the content route only at or above the bar, and only when the fit is an implementation', () => {
    const doc = documents.find((d) => d.id === '41-sgdđt-vp')!;
    const at = routeDocuments(centrals, [doc], fit({ '41-sgdđt-vp@20-kl-tw': { carried: 3, total: 6, role: 'implementation' } }));
    expect(at[0]).toMatchObject({ central: '20-kl-tw', reason: { code: 'CONTENT', values: { share: 0.5 } } });
    const below = routeDocuments(centrals, [doc], fit({ '41-sgdđt-vp@20-kl-tw': { carried: 2, total: 6, role: 'implementation' } }));
    expect(below[0]).toMatchObject({ central: null, reason: { code: 'BELOW_BAR', values: { number: '20-KL/TW', carried: 2 } } });
    const quoted = routeDocuments(centrals, [doc], fit({ '41-sgdđt-vp@20-kl-tw': { carried: 6, total: 6, role: 'cites-only' } }));
    expect(quoted[0]!.central).toBeNull();
  });
  it('leaves a child unrouted with its own reason when its parent is unrouted', () => {
    const r = routeDocuments(centrals, documents.filter((d) => ['7-kh-ubnd', '12-kh-ubnd'].includes(d.id)), fit({}));
    expect(r.map((x) => [x.document, x.central, x.parent, x.reason.code])).toEqual([['7-kh-ubnd', null, null, 'CITES_ONLY'], ['12-kh-ubnd', null, null, 'CITES_ONLY']]);
  });
});

describe('findParents and chainOrder', () => {
  const guide = () => letter('hd.txt', {
    head: ['ỦY BAN MTTQ VIỆT NAM', 'TỈNH QUẢNG NINH', 'BAN THƯỜNG TRỰC'], number: '/HD-MTTQ-BTT', place: 'Quảng Ninh', date: '28/11/2025', kind: 'HƯỚNG DẪN',
    title: 'Quy trình hiệp thương, giới thiệu người ứng cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031',
    lead: ['Căn cứ Luật Bầu cử, Ban Thường trực hướng dẫn như sau:'], tasks: ['Tổ chức hội nghị hiệp thương lần thứ nhất.', 'Tổ chức hội nghị hiệp thương lần thứ hai.'],
  });
  const commune = (cite: string) => letter('kh.txt', {
    head: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ LƯƠNG MINH', 'BAN THƯỜNG TRỰC'], number: '/KH-MTTQ-BTT', place: 'Lương Minh', date: '05/01/2026', kind: 'KẾ HOẠCH',
    title: 'Tổ chức hội nghị hiệp thương lần thứ hai', lead: [cite, 'Ban Thường trực ban hành kế hoạch như sau:'], tasks: ['Tổ chức hội nghị hiệp thương lần thứ hai.'],
  });

  it('finds a parent whose number is blank by kind, issuer (MTTQ written short or long) and restated title', () => {
    const g = guide();
    const c = commune('Căn cứ Hướng dẫn số 01/HD-MTTQ-BTT ngày 28/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh về quy trình hiệp thương, giới thiệu người ứng cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031;');
    expect(g.meta.number).toBeNull();
    expect(findParents([g, c]).get(c.id)).toEqual({ parent: g.id, by: 'title', cited: '01/HD-MTTQ-BTT' });
  });
  it('does not take a guide of the same issuer cited without its title (the plan that follows NQ 101 cites Hướng dẫn 13)', () => {
    const c = commune('Căn cứ Hướng dẫn số 13/HD-MTTQ-BTT ngày 17/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh;');
    expect(findParents([guide(), c]).size).toBe(0);
  });
  it('does not take another issuer\'s guide of the same title', () => {
    const c = commune('Căn cứ Hướng dẫn số 01/HD-MTTQ-BTT ngày 28/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi về quy trình hiệp thương, giới thiệu người ứng cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031;');
    expect(findParents([guide(), c]).size).toBe(0);
  });
  it('refuses documents that implement each other in a circle, naming them', () => {
    const mk = (no: string, cites: string, name: string) => letter(name, {
      head: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÀ BẮC'], number: no, place: 'Đà Bắc', date: '01/05/2024', kind: 'KẾ HOẠCH', title: 'Phòng cháy',
      lead: [`Thực hiện Kế hoạch số ${cites} ngày 01/4/2024, UBND huyện ban hành Kế hoạch như sau:`], tasks: [w.A[1]],
    });
    const x = mk('3/KH-UBND', '4/KH-UBND', 'x.txt'), y = mk('4/KH-UBND', '3/KH-UBND', 'y.txt');
    let err: unknown;
    try { chainOrder([x, y], findParents([x, y])); } catch (e) { err = e; }
    expect(isInputError(err) && err.code).toBe('CHAIN_CYCLE');
    expect((err as Error).message).toBe('documents implement each other in a circle: 3/KH-UBND (x.txt) implements 4/KH-UBND (y.txt) implements 3/KH-UBND (x.txt); a chain of documents must end at a central text');
    expect(() => analyzeFamilies({ centrals: [w.centralA()], documents: [x, y] })).toThrow(/circle/u);
  });
  it('orders parents before children whatever the input order', () => {
    const docs = [w.hamletPlan(), w.communePlan(), w.provincePlan()];
    expect(chainOrder(docs, findParents(docs)).map((d) => d.id)).toEqual(['7-kh-ubnd', '12-kh-ubnd', '3-kh-bctmt']);
  });
});
