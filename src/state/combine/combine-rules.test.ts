import { describe, expect, it } from 'vitest';
import { combineRules, isLocalized, rulePhrase, rulesOfClause } from './combine-rules.ts';
import { corpusInsights } from '../../../test/support/insights-corpus.ts';

const { analysis, bundle } = corpusInsights();
const table = combineRules(analysis, bundle.insights.rules);
const row = (from: string, to: string) => table.rows.find((r) => r.fullFrom === from && r.fullTo === to);

describe('combineRules on the built-in corpus', () => {
  it('has one column per local document, in order of issuance', () => {
    expect(table.columns.map((c) => c.name)).toEqual(['TTXVN', 'Lạng Sơn', 'Quảng Ngãi', 'Thành ủy']);
  });

  it('counts “Ban Bí thư → Ban Thường vụ Tỉnh ủy” per document and in all, with its examples', () => {
    const r = row('Ban Bí thư', 'Ban Thường vụ Tỉnh ủy')!;
    expect(r).toMatchObject({ context: 'Ban', from: 'Bí thư', to: 'Thường vụ Tỉnh ủy', counts: [0, 2, 1, 0], total: 3, documents: 2 });
    expect(r.examples.map((e) => `${e.doc}/${e.clause}`)).toEqual(['1154-cv-tu/6-3', '1154-cv-tu/6-7', '1698-cv-tu/lead-in-2']);
    expect(r.examples[0]).toMatchObject({ name: 'Lạng Sơn', central: '6-3', localized: true });
  });

  it('lists the issue’s substitutions', () => {
    expect(row('Ban Dân vận Trung ương', 'Ban Dân vận Tỉnh ủy')?.counts[1]).toBe(2);
    expect(row('Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc tỉnh')?.counts[1]).toBe(1);
    expect(row('pháp luật có liên quan', 'quy chế, quy định')?.counts[1]).toBe(1);
    expect(row('Các tỉnh', 'Các huyện')?.total).toBe(1);
  });

  it('totals each column', () => {
    expect(table.totals).toEqual(table.columns.map((_, i) => table.rows.reduce((s, r) => s + r.counts[i]!, 0)));
    expect(table.totals[0]).toBe(0);
  });

  it('lists the localized-wording clauses with their text and rules', () => {
    const l = table.localized.find((x) => x.doc === '1154-cv-tu' && x.clause === '6-3')!;
    expect(l.text).toContain('Ban Thường vụ Tỉnh ủy (qua Ban Dân vận Tỉnh ủy)');
    expect(l.central).toBe('6-3');
    expect(l.rules.map((r) => `${r.fullFrom} → ${r.fullTo}`)).toEqual(['Ban Bí thư → Ban Thường vụ Tỉnh ủy', 'Ban Dân vận Trung ương → Ban Dân vận Tỉnh ủy']);
  });

  it('tells a clause’s rules and whether it is localized wording', () => {
    expect(rulesOfClause(bundle.insights.rules, '1154-cv-tu', '6-3').map((r) => r.fullTo)).toEqual(['Ban Thường vụ Tỉnh ủy', 'Ban Dân vận Tỉnh ủy']);
    expect(isLocalized(bundle.insights.rules, '1154-cv-tu', '6-3')).toBe(true);
    expect(isLocalized(bundle.insights.rules, '1154-cv-tu', '1-1')).toBe(false);
  });

  it('reads a rule without context as its own words', () => {
    expect(rulePhrase({ id: 'x', context: '', from: 'pháp luật', to: 'quy chế' })).toMatchObject({ fullFrom: 'pháp luật', fullTo: 'quy chế' });
  });
});
