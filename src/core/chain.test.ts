// Chains on small documents written here: Chỉ thị 5/CT-TTg → the province plan 7/KH-UBND → the
// commune plan 12/KH-UBND → the hamlet plan 3/KH-BCTMT (test/support/family-world.ts). Each
// clause's origin is known from how the texts were written.
import { describe, expect, it } from 'vitest';
import * as w from '../../test/support/family-world.ts';
import { clauseLineage } from './chain.ts';
import { analyzeChained } from './families.ts';
import { toReport } from './report.ts';
import type { DocumentAnalysis } from './types.ts';

const a = analyzeChained({ central: w.centralA(), documents: [w.provincePlan(), w.communePlan(), w.hamletPlan(), w.titleLetter()] });
const doc = (id: string) => a.documents.find((d) => d.doc.id === id)!;
const clauseId = (d: DocumentAnalysis, text: string) => d.clauses.find((r) => r.clause.text === text)!.clause.id;
const originOf = (d: DocumentAnalysis, text: string) => d.chain!.origins.find((o) => o.clause === clauseId(d, text))!;
const rootId = (text: string) => a.centralClauses.find((c) => c.text === text)!.id;

describe('chains', () => {
  it('gives a chain only to documents whose parent is another analysed document', () => {
    expect(a.documents.map((d) => [d.doc.id, d.chain?.parent ?? null, d.chain?.depth ?? 1])).toEqual([
      ['7-kh-ubnd', null, 1], ['12-kh-ubnd', '7-kh-ubnd', 2], ['3-kh-bctmt', '12-kh-ubnd', 3], ['88-sxd-qlxd', null, 1],
    ]);
  });
  it('commune plan: the directive\'s task through the province is central, the province\'s addition parent, its own own', () => {
    const c = doc('12-kh-ubnd');
    const p = doc('7-kh-ubnd');
    expect(originOf(c, w.A[1])).toEqual({ clause: clauseId(c, w.A[1]), origin: 'central', parent: [clauseId(p, w.A[1])], root: [rootId(w.A[1])] });
    expect(originOf(c, w.PROVINCE_OWN)).toEqual({ clause: clauseId(c, w.PROVINCE_OWN), origin: 'parent', parent: [clauseId(p, w.PROVINCE_OWN)], root: [] });
    expect(originOf(c, w.COMMUNE_OWN)).toMatchObject({ origin: 'own', parent: [], root: [] });
    // Compared with the root directly, the copied provincial addition looks like the commune's own.
    expect(c.clauses.find((r) => r.clause.text === w.PROVINCE_OWN)!.class).toBe('added');
  });
  it('counts omissions against the parent and, through it, against the root', () => {
    const c = doc('12-kh-ubnd');
    const p = doc('7-kh-ubnd');
    const pid = (t: string) => clauseId(p, t);
    expect(c.chain!.omitted.parent).toEqual([pid('Các sở, ngành rà soát toàn bộ hệ thống cấp nước chữa cháy tại các khu dân cư đông đúc.'), pid(w.A[2]), pid(w.A[4])]);
    expect(c.chain!.omitted.root).toEqual([w.A[0], w.A[2], w.A[3], w.A[4], w.A[5]].map(rootId));
    // Of those, the province carried 1, 3 and 5: the commune dropped them; 4 and 6 the province had left out.
    expect(c.chain!.omitted.dropped).toEqual([w.A[0], w.A[2], w.A[4]].map(rootId));
  });
  it('hamlet plan, three levels down: traces the directive\'s task to the root and the commune\'s addition to the parent', () => {
    const h = doc('3-kh-bctmt');
    expect(originOf(h, w.A[1])).toMatchObject({ origin: 'central', root: [rootId(w.A[1])] });
    expect(originOf(h, w.COMMUNE_OWN)).toMatchObject({ origin: 'parent', parent: [clauseId(doc('12-kh-ubnd'), w.COMMUNE_OWN)] });
    expect(originOf(h, w.HAMLET_OWN).origin).toBe('own');
    expect(h.chain!.omitted.dropped).toEqual([]);
  });
  it('follows one clause up every level to the root (the chain view)', () => {
    const h = doc('3-kh-bctmt');
    expect(clauseLineage(a.documents, '3-kh-bctmt', clauseId(h, w.A[1]))).toEqual([
      { doc: '3-kh-bctmt', clauses: [clauseId(h, w.A[1])] },
      { doc: '12-kh-ubnd', clauses: [clauseId(doc('12-kh-ubnd'), w.A[1])] },
      { doc: '7-kh-ubnd', clauses: [clauseId(doc('7-kh-ubnd'), w.A[1])] },
      { doc: null, clauses: [rootId(w.A[1])] },
    ]);
  });
  it('keeps analyze()\'s result for every document: only `chain` is added', () => {
    const plain = analyzeChained({ central: w.centralA(), documents: [w.communePlan()] }).documents[0]!;
    const { chain: _chain, ...rest } = doc('12-kh-ubnd');
    expect(plain.chain).toBeUndefined();
    expect(rest.clauses.map((r) => [r.clause.id, r.class])).toEqual(plain.clauses.map((r) => [r.clause.id, r.class]));
    expect(rest.coverage).toEqual(plain.coverage);
  });
  it('reports the parent, the chain and each clause\'s origin', () => {
    const r = toReport(a);
    const c = r.documents.find((d) => d.id === '12-kh-ubnd')!;
    expect(c.parent).toBe('7-kh-ubnd');
    expect(c.chain).toMatchObject({ depth: 2, role: 'implementation', tasks: { verbatim: 2, adapted: 0, omitted: 3 } });
    expect(c.clauses.find((x) => x.text === w.PROVINCE_OWN)).toMatchObject({ origin: 'parent', parentClauses: [clauseId(doc('7-kh-ubnd'), w.PROVINCE_OWN)] });
    expect(r.documents.find((d) => d.id === '7-kh-ubnd')).not.toHaveProperty('parent');
    expect(r.documents.find((d) => d.id === '7-kh-ubnd')!.clauses[0]).not.toHaveProperty('origin');
  });
});
