import { describe, expect, it } from 'vitest';
import { formatHash, HOME, inspectionRoute, parseHash, type Route } from './route.ts';

describe('route', () => {
  it('reads the start page from an empty or unknown hash', () => {
    expect(parseHash('')).toEqual(HOME);
    expect(parseHash('#/')).toEqual(HOME);
    expect(parseHash('#/nowhere/at/all')).toEqual(HOME);
    expect(parseHash('#/?lang=en')).toEqual({ ...HOME, lang: 'en' });
  });

  it('reads the pair view with clause, filter and language', () => {
    expect(parseHash('#/pair/1154-cv-tu?c=5-1&f=added&lang=en')).toEqual({
      view: 'pair', doc: '1154-cv-tu', clause: '5-1', local: null, filter: 'added', lang: 'en',
    });
  });

  it('ignores an unknown filter and language', () => {
    const r = parseHash('#/pair/x?f=bogus&lang=fr');
    expect(r.filter).toBeNull();
    expect(r.lang).toBe('vi');
  });

  it('round-trips every view, including ids with Vietnamese letters', () => {
    const routes: Route[] = [
      HOME,
      { view: 'pair', doc: '652-cv-đu', clause: 'lead-in-1', local: '3-4', filter: 'omitted', lang: 'en' },
      { view: 'clause', doc: '1154-cv-tu', clause: '5-1', local: null, filter: null, lang: 'vi' },
    ];
    for (const r of routes) expect(parseHash(formatHash(r))).toEqual(r);
  });

  it('leaves Vietnamese, the default language, out of the URL', () => {
    expect(formatHash(HOME)).toBe('#/');
    expect(formatHash({ ...HOME, view: 'pair', doc: '1154-cv-tu', clause: '5-1' })).toBe('#/pair/1154-cv-tu?c=5-1');
  });
});

describe('the one-document inspection report route', () => {
  it('reads and writes #/report/<doc>, and #/report stays the whole report', () => {
    expect(parseHash('#/report/1698-cv-tu?lang=en')).toEqual({ ...HOME, view: 'report', doc: '1698-cv-tu', lang: 'en' });
    expect(formatHash(inspectionRoute(HOME, '1698-cv-tu'))).toBe('#/report/1698-cv-tu');
    expect(parseHash('#/report')).toEqual({ ...HOME, view: 'report' });
  });
});
