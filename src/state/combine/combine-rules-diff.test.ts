import { describe, expect, it } from 'vitest';
import { combineDiffView, type DiffSegment } from './combine-diff-view.ts';
import { markRules } from './combine-rules-diff.ts';
import { rulePhrase, rulesOfClause } from './combine-rules.ts';
import { corpusInsights } from '../../../test/support/insights-corpus.ts';

const seg = (mark: DiffSegment['mark'], text: string): DiffSegment => ({ mark, text, central: null, space: true });

describe('markRules', () => {
  it('marks each rule of Lạng Sơn 6-3 on its own deletion and insertion', () => {
    const { analysis, bundle } = corpusInsights();
    const r = analysis.documents.find((d) => d.doc.id === '1154-cv-tu')!.clauses.find((c) => c.clause.id === '6-3')!;
    const rules = rulesOfClause(bundle.insights.rules, '1154-cv-tu', '6-3');
    const marked = markRules(combineDiffView(r.diff!), rules).filter((s) => s.rule !== null).map((s) => `${s.rule}:${s.mark}:${s.text}`);
    expect(marked).toEqual(['0:delete:Bí thư', '0:insert:Thường vụ Tỉnh ủy', '1:delete:Trung ương', '1:insert:Tỉnh ủy']);
  });

  it('finds a rule whose local wording is split by a comma', () => {
    const segments = [seg('plain', 'Rà soát'), seg('delete', 'pháp luật có liên quan'), seg('insert', 'quy chế'), seg('cosmetic-insert', ','), seg('insert', 'quy định'), seg('plain', 'để')];
    const out = markRules(segments, [rulePhrase({ id: 'r', context: '', from: 'pháp luật có liên quan', to: 'quy chế, quy định' })]);
    expect(out.map((s) => s.rule)).toEqual([null, 0, 0, null, 0, null]);
  });

  it('leaves a diff alone when the rule’s words are not there or too far apart', () => {
    const rule = rulePhrase({ id: 'r', context: 'Ban', from: 'Bí thư', to: 'Thường vụ Tỉnh ủy' });
    expect(markRules([seg('plain', 'Ban Bí thư')], [rule]).every((s) => s.rule === null)).toBe(true);
    const far = [seg('delete', 'Bí thư'), ...Array.from({ length: 6 }, () => seg('plain', 'x')), seg('insert', 'Thường vụ Tỉnh ủy')];
    expect(markRules(far, [rule]).every((s) => s.rule === null)).toBe(true);
  });
});
