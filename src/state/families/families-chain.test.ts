import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSources } from '../../core/corpus.ts';
import { analyzeChained } from '../../core/families.ts';
import { chainLevels, chainSummary, clauseOrigin } from './families-chain.ts';

const real = (name: string) => ({ name, text: readFileSync(`../shared/real/${name}`, 'utf8') });
const [central, guide, plan] = parseSources([real('nqlt102-central_102-2025-NQLT.txt'),
  real('nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt'), real('nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt')]);
const analysis = analyzeChained({ central: central!, documents: [guide!, plan!] });
const planA = analysis.documents[1]!;
const find = (start: string) => planA.clauses.find((r) => r.clause.text.startsWith(start))!.clause.id;

describe('the chain of the Lương Minh plan, for the pair view', () => {
  it('says its parent, the origins of its 49 clauses and its omissions', () => {
    const s = chainSummary(analysis, planA.doc.id)!;
    expect(s.parent.id).toBe(guide!.id);
    expect(s.depth).toBe(2);
    expect(s.origins).toEqual({ central: 30, parent: 2, own: 17 });
    expect(s.omitted).toEqual({ parent: 371, root: 218, dropped: 133 });
    expect(chainSummary(analysis, guide!.id)).toBeNull();
  });

  it('follows "Hội nghị cử Chủ tọa…" up three levels to NQLT 102', () => {
    const id = find('Hội nghị cử Chủ tọa');
    expect(clauseOrigin(analysis, planA.doc.id, id)).toBe('central');
    const levels = chainLevels(analysis, planA.doc.id, id);
    expect(levels.map((l) => l.role)).toEqual(['self', 'parent', 'root']);
    expect(levels[1]!.clauses[0]!.text).toMatch(/thư ký hội nghị/iu);
    expect(levels[2]!.number).toBe('102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN');
    expect(levels[2]!.clauses.length).toBeGreaterThan(0);
  });

  it('stops at the parent for a clause the plan takes from what the guide added, and at itself for its own', () => {
    const fromParent = find('Đại diện lãnh đạo các tổ chức thành viên');
    expect(clauseOrigin(analysis, planA.doc.id, fromParent)).toBe('parent');
    const own = find('Đại diện lãnh đạo Ban Xây dựng Đảng');
    expect(clauseOrigin(analysis, planA.doc.id, own)).toBe('own');
    expect(chainLevels(analysis, planA.doc.id, own)[1]!.clauses).toEqual([]);
  });
});
