import { describe, expect, it } from 'vitest';
import { formatHash, HOME, parseHash, type Route } from '../route/route.ts';
import { localClauseRoute, tourRoute } from './insights-routes.ts';

describe('routes of the insight views', () => {
  it('reads and writes the rules, citations, timeline and tour views', () => {
    expect(parseHash('#/rules')).toEqual({ ...HOME, view: 'rules' });
    expect(parseHash('#/citations?lang=en')).toEqual({ ...HOME, view: 'citations', lang: 'en' });
    expect(parseHash('#/timeline')).toEqual({ ...HOME, view: 'timeline' });
    expect(parseHash('#/tour?step=3&present=1')).toEqual({ ...HOME, view: 'tour', step: 3, present: true });
    expect(parseHash('#/tour')).toEqual({ ...HOME, view: 'tour', step: 1, present: false });
    expect(parseHash('#/tour?step=zero').step).toBe(1);
  });

  it('round-trips them', () => {
    const routes: Route[] = [{ ...HOME, view: 'rules' }, { ...HOME, view: 'timeline', lang: 'en' }, tourRoute(HOME, 4, true), tourRoute({ ...HOME, lang: 'en' }, 2, false)];
    for (const r of routes) expect(parseHash(formatHash(r))).toEqual(r);
    expect(formatHash(tourRoute(HOME, 2, true))).toBe('#/tour?step=2&present=1');
  });

  it('opens a local clause in the pair view', () => {
    expect(formatHash(localClauseRoute({ ...HOME, lang: 'en' }, '1154-cv-tu', '3-4'))).toBe('#/pair/1154-cv-tu?l=3-4&lang=en');
  });
});
