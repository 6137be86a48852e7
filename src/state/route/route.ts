/**
 * The view as a value, and its hash form. The hash is the single source of truth a link carries:
 * `#/pair/1154-cv-tu?c=5-1&f=added&lang=en`. Hash routing works from file:// too.
 */
import type { Lang } from '../../messages/words.ts';
import { EFFECT_KINDS, type EffectKind } from '../../core/effects.ts';

/** Which page is shown. */
export type ViewName = 'overview' | 'pair' | 'clause' | 'rules' | 'citations' | 'timeline' | 'tour' | 'documents' | 'report' | 'compare';
/** Pair-view filter: show only clauses of one class, or with one effect (others are dimmed). */
export type Filter = 'added' | 'adapted' | 'omitted' | EffectKind;
/** Interface language (src/messages). Vietnamese is the default and is left out of the URL. */
export type { Lang };

/** Everything a URL says about the view. Fields a view does not use are `null`. */
export interface Route {
  readonly view: ViewName;
  /** Local document id (pair view; in the clause view, the document shown first). */
  readonly doc: string | null;
  /** Central clause id, e.g. "5-1". */
  readonly clause: string | null;
  /** Local clause id selected in the pair view. */
  readonly local: string | null;
  readonly filter: Filter | null;
  readonly lang: Lang;
  /** Tour only: the step shown, from 1. */
  readonly step?: number;
  /** Tour only: presentation mode (large type, no chrome). */
  readonly present?: boolean;
  /** Overview and pair (issue 13): id of the central text whose family is shown (`fam=`); absent: the one shown now. */
  readonly family?: string;
  /** Compare only (issue 13): the two documents' workspace keys (`a=`, `b=`). */
  readonly compare?: { readonly a: string | null; readonly b: string | null };
}

/** The start page in Vietnamese. */
export const HOME: Route = { view: 'overview', doc: null, clause: null, local: null, filter: null, lang: 'vi' };

const FILTERS: readonly string[] = ['added', 'adapted', 'omitted', ...EFFECT_KINDS];

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads a hash ("#/pair/x?c=1-2", "#/", "" or garbage) into a route; unknown parts fall back to the overview. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/u, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).split('/').filter(Boolean).map(decode);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'vi';
  const f = params.get('f');
  const filter = f !== null && FILTERS.includes(f) ? (f as Filter) : null;
  const [view, id] = path;
  const fam = params.get('fam');
  const family = fam ? { family: fam } : {};
  if (view === 'pair' && id) {
    return { view: 'pair', doc: id, clause: params.get('c'), local: params.get('l'), filter, lang, ...family };
  }
  if (view === 'compare') return { ...HOME, view, lang, compare: { a: params.get('a'), b: params.get('b') } };
  if (view === 'clause' && id) {
    return { view: 'clause', doc: params.get('d'), clause: id, local: null, filter: null, lang };
  }
  if (view === 'rules' || view === 'citations' || view === 'timeline') return { ...HOME, view, lang };
  // The inspection report of one document (issue 11): #/report/<doc>.
  if (view === 'report' && id) return { ...HOME, view, doc: id, lang };
  // The user's documents (import, central text, metadata) and the printable inspection report.
  if (view === 'documents' || view === 'report') return { ...HOME, view, lang };
  if (view === 'tour') {
    const step = Number(params.get('step') ?? '1');
    return { ...HOME, view, lang, step: Number.isInteger(step) && step >= 1 ? step : 1, present: params.get('present') === '1' };
  }
  return { ...HOME, lang, ...family };
}

/** Writes a route as a hash (with the leading "#"); `parseHash(formatHash(r))` gives `r` back. */
export function formatHash(r: Route): string {
  const params: [string, string][] = [];
  let path = '/';
  if (r.view === 'pair' && r.doc) {
    path = `/pair/${encodeURIComponent(r.doc)}`;
    if (r.clause) params.push(['c', r.clause]);
    if (r.local) params.push(['l', r.local]);
    if (r.filter) params.push(['f', r.filter]);
    if (r.family) params.push(['fam', r.family]);
  } else if (r.view === 'compare') {
    path = '/compare';
    if (r.compare?.a) params.push(['a', r.compare.a]);
    if (r.compare?.b) params.push(['b', r.compare.b]);
  } else if (r.view === 'clause' && r.clause) {
    path = `/clause/${encodeURIComponent(r.clause)}`;
    if (r.doc) params.push(['d', r.doc]);
  } else if (r.view === 'rules' || r.view === 'citations' || r.view === 'timeline') {
    path = `/${r.view}`;
  } else if (r.view === 'report' && r.doc) {
    path = `/report/${encodeURIComponent(r.doc)}`;
  } else if (r.view === 'documents' || r.view === 'report') {
    path = `/${r.view}`;
  } else if (r.view === 'tour') {
    path = '/tour';
    params.push(['step', String(r.step ?? 1)]);
    if (r.present) params.push(['present', '1']);
  } else if (r.view === 'overview' && r.family) {
    params.push(['fam', r.family]);
  }
  if (r.lang !== 'vi') params.push(['lang', r.lang]);
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `#${path}${query ? `?${query}` : ''}`;
}

/** A route for the pair view of one document, optionally at a central clause. */
export function pairRoute(from: Route, doc: string, clause: string | null = null): Route {
  return { view: 'pair', doc, clause, local: null, filter: null, lang: from.lang };
}

/** A route for the clause view of one central clause. */
export function clauseRoute(from: Route, clause: string, doc: string | null = null): Route {
  return { view: 'clause', doc, clause, local: null, filter: null, lang: from.lang };
}

/** A route for the inspection report of one document. */
export function inspectionRoute(from: Route, doc: string): Route {
  return { ...HOME, view: 'report', doc, lang: from.lang };
}

/** Whether two routes show the same view. */
export function sameRoute(a: Route, b: Route): boolean {
  return formatHash(a) === formatHash(b);
}
