import { describe, expect, it } from 'vitest';
import { combineTour, stepAt } from './combine-tour.ts';
import { corpusInsights } from '../../../test/support/insights-corpus.ts';
import { formatHash, HOME } from '../route/route.ts';
import { computeInsights } from '../../core/insights.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';

const { analysis, bundle } = corpusInsights();
const steps = combineTour(analysis, bundle, { ...HOME, lang: 'en' });
const step = (k: string) => steps.find((s) => s.kind === k)!;

describe('combineTour on the built-in corpus', () => {
  it('numbers the seven steps and links each into the app, keeping the language', () => {
    expect(steps.map((s) => [s.index, s.kind, formatHash(s.link)])).toEqual([
      [1, 'verbatim-task', '#/pair/1698-cv-tu?l=5-1&lang=en'],
      [2, 'localized', '#/pair/1154-cv-tu?l=6-3&lang=en'],
      [3, 'added-with-source', '#/pair/1154-cv-tu?l=3-4&lang=en'],
      [4, 'moved', '#/pair/1698-cv-tu?l=2-7&lang=en'],
      [5, 'omitted-by-most', '#/clause/6-4?lang=en'],
      [6, 'forwarding', `#/pair/${encodeURIComponent('652-cv-đu')}?l=lead-in-1&lang=en`],
      [7, 'weakened', '#/pair/1698-cv-tu?l=5-3&lang=en'],
    ]);
  });

  it('gives captions facts and names, not prose', () => {
    expect(step('verbatim-task').vars).toMatchObject({ unit: '5', part: 'task', documents: 2, total: 3, doc: 'Quảng Ngãi', clause: '5-1', central: 'Kết luận 54-KL/TW' });
    expect(step('localized').vars).toMatchObject({ from: 'Ban Bí thư', to: 'Ban Thường vụ Tỉnh ủy', rules: 2, doc: 'Lạng Sơn', centralClause: '6-3' });
    expect(step('added-with-source').vars).toMatchObject({ parent: '21-KL/TW', source: 'I.2.4-20', pct: 37, doc: 'Lạng Sơn' });
    expect(step('moved').vars).toMatchObject({ from: '4', to: '2', centralClause: '4-3' });
    expect(step('omitted-by-most').vars).toMatchObject({ omitted: 2, documents: 3, unit: '6', part: 'implementation' });
    expect(step('forwarding').vars).toMatchObject({ number: '652-CV/ĐU', lagDays: 13, doc: 'TTXVN' });
  });

  it('puts the evidence of each step on screen', () => {
    const loc = step('localized').evidence;
    expect(loc.type).toBe('pair');
    if (loc.type === 'pair') expect(loc.rules.map((r) => r.fullTo)).toEqual(['Ban Thường vụ Tỉnh ủy', 'Ban Dân vận Tỉnh ủy']);
    const src = step('added-with-source').evidence;
    expect(src.type === 'source' && src.local.text.startsWith('Chỉ đạo thực hiện nghiêm việc kê khai tài sản')).toBe(true);
    expect(src.type === 'source' && src.parent?.number).toBe('21-KL/TW');
    const across = step('omitted-by-most').evidence;
    expect(across.type === 'across' && across.rows.map((r) => r.status)).toEqual(['omitted', 'verbatim', 'omitted', 'omitted']);
    expect(step('forwarding').evidence).toMatchObject({ type: 'forwarding', carried: 0, lagDays: 13 });
    expect(step('moved').evidence.type).toBe('pair');
  });

  it('clamps the step number', () => {
    expect(stepAt(steps, 0)?.index).toBe(1);
    expect(stepAt(steps, 99)?.index).toBe(7);
    expect(stepAt(steps, undefined)?.index).toBe(1);
    expect(stepAt([], 1)).toBeNull();
  });

  it('picks no example it does not have: an analysis with no insights gives no step', () => {
    expect(combineTour(analysis, { ...bundle, insights: { ...bundle.insights, tour: [] } }, HOME)).toEqual([]);
  });

  it('with another corpus picks its own examples (the small test corpus: three steps)', () => {
    const other = combineTour(fixture, { insights: computeInsights(fixture, []), parents: [] }, HOME);
    expect(other.map((s) => [s.index, s.kind, formatHash(s.link)])).toEqual([
      [1, 'verbatim-task', '#/pair/1154-cv-tu?l=2-1'],
      [2, 'omitted-by-most', '#/clause/1-2'],
      [3, 'forwarding', `#/pair/${encodeURIComponent('652-cv-đu')}?l=lead-in-1`],
    ]);
    expect(other[0]!.vars).toMatchObject({ unit: '2', documents: 1, total: 2, doc: 'Lạng Sơn', clause: '2-1' });
  });
});
