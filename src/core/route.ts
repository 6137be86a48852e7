/**
 * Routing (issue 13): with several central texts loaded, which one each document implements. In
 * this order: its local parent's family (route-parent.ts); a central text it cites by number in
 * its title or lead-in ("Thực hiện Chỉ thị số 32/CT-TTg…", "Căn cứ Nghị quyết liên tịch số
 * 102/2025/…"); one it names by kind and restated title; else the central text it carries most,
 * when it carries at least `CONTENT_BAR` of its task clauses. A document that implements none — a
 * news summary naming KL 127 among others, a letter that names a central text and carries at most
 * one of its tasks, an unrelated text — stays unrouted, with its reason: never forced into a family.
 * Reasons are data (`code` + `values`), worded by the CLI and the app.
 */
import type { ParsedDocument, Role } from './types.ts';
import { sameNumber } from './parse-meta.ts';
import { titleMatches } from './relate.ts';
import { chainOrder, findParents, type ParentLink } from './route-parent.ts';

/**
 * Routed: NUMBER { number, action, where }, TITLE { number }, CONTENT { number, carried, total,
 * share }, PARENT { parent, by, cited }. Unrouted: CITES_ONLY { number, carried, total } — names a
 * central text without carrying it; BELOW_BAR { number, carried, total, share, bar, cites } —
 * names none, and carries too little of the closest one (`number` empty when there is no central
 * text; `cites`: the first five numbers it cites, comma-separated, maybe empty);
 * PRECEDES { number, by } — it comes before that central text (`by`: the central text cites it,
 * or is dated later), so it cannot implement it, however much they share.
 */
export type RouteCode = 'NUMBER' | 'TITLE' | 'CONTENT' | 'PARENT' | 'CITES_ONLY' | 'BELOW_BAR' | 'PRECEDES';

export interface RouteReason {
  readonly code: RouteCode;
  readonly values: Readonly<Record<string, string | number>>;
}

/** Where one document goes. */
export interface Route {
  /** The document's id. */
  readonly document: string;
  /** Id of the central text of its family; null when unrouted. */
  readonly central: string | null;
  /** Id of the local document it implements (same family), or null. */
  readonly parent: string | null;
  readonly reason: RouteReason;
}

/** How a document stands against one central text after alignment (what `relate` decides). */
export interface Fit {
  /** Central task clauses (task + implementation parts) the document carries, and their number. */
  readonly carried: number;
  readonly total: number;
  readonly role: Role | null;
}

/** Aligns a document with a central text; the caller memoizes it (the family's analysis reuses it). */
export type FitOf = (doc: ParsedDocument, central: ParsedDocument) => Fit;

/**
 * A document that names no central text joins the one it carries most when it carries at least
 * this share of its task clauses — the bar `relate` uses to say an uncited document implements the
 * central text, so routing and role agree. The Lương Minh plan that follows NQ 101 carries 41 of
 * NQLT 102's 240 task clauses (17 %) and stays out; Nghệ An 1026 carries 57 of Chỉ thị 32's 63.
 */
export const CONTENT_BAR = 0.5;

/**
 * Routes every document (`documents` excludes the central texts). Parents are routed before their
 * children; a circle of documents implementing each other throws InputError CHAIN_CYCLE.
 */
export function routeDocuments(centrals: readonly ParsedDocument[], documents: readonly ParsedDocument[], fit: FitOf): Route[] {
  const parents = findParents(documents);
  const routes = new Map<string, Route>();
  for (const doc of chainOrder(documents, parents)) {
    const link = parents.get(doc.id);
    const up = link ? routes.get(link.parent) : undefined;
    routes.set(doc.id, up?.central ? viaParent(doc, link!, up.central) : routeOne(doc, centrals, fit));
  }
  return documents.map((d) => routes.get(d.id)!);
}

const viaParent = (doc: ParsedDocument, link: ParentLink, central: string): Route => ({
  document: doc.id, central, parent: link.parent,
  reason: { code: 'PARENT', values: { parent: link.parent, by: link.by, cited: link.cited ?? '' } },
});

/** A document without a routed parent: by number, by title, by content. */
export function routeOne(doc: ParsedDocument, centrals: readonly ParsedDocument[], fit: FitOf): Route {
  const route = (central: ParsedDocument | null, code: RouteCode, values: RouteReason['values']): Route =>
    ({ document: doc.id, central: central?.id ?? null, parent: null, reason: { code, values } });
  const num = (c: ParsedDocument) => c.meta.number ?? c.id;
  const cites = (doc.meta.cites ?? []).filter((c) => c.number);
  const lead = doc.blocks.filter((b) => b.part === 'lead-in').map((b) => b.text).join(' ');
  const named: { central: ParsedDocument; code: 'NUMBER' | 'TITLE'; values: RouteReason['values'] }[] = [];
  for (const central of centrals) {
    const n = central.meta.number;
    const hit = n ? cites.find((c) => c.where !== 'body' && c.action !== 'mentions' && sameNumber(c.number!, n)) : undefined;
    if (hit) named.push({ central, code: 'NUMBER', values: { number: n!, action: hit.action, where: hit.where } });
    else if (central.meta.title && titleMatches(`${doc.meta.title ?? ''} ${lead}`, central.meta.title, central.meta.kind)) named.push({ central, code: 'TITLE', values: { number: num(central) } });
  }
  // Named by number or title: the one it carries most (CV 174 implements KL 192 and KL 221 at once).
  const fits = new Map<ParsedDocument, Fit>();
  const fitOf = (c: ParsedDocument) => { let f = fits.get(c); if (!f) fits.set(c, (f = fit(doc, c))); return f; };
  const share = (f: Fit) => (f.total ? f.carried / f.total : 0);
  const best = (list: readonly ParsedDocument[]) => [...list].sort((a, b) => share(fitOf(b)) - share(fitOf(a)))[0];
  const sayers = named.filter((x) => carriesOut(fitOf(x.central)));
  const chosen = best(sayers.map((x) => x.central));
  if (chosen) {
    const x = sayers.find((s) => s.central === chosen)!;
    return route(chosen, x.code, x.values);
  }
  // Named by none it carries: the central text it carries most, above the bar — never one the
  // document comes before (KL 21, which KL 54 cites and restates, carries 16 of KL 54's 25 tasks).
  const rest = centrals.filter((c) => !named.some((x) => x.central === c));
  const top = best(rest.filter((c) => !precedes(doc, c)));
  if (top && share(fitOf(top)) >= CONTENT_BAR && carriesOut(fitOf(top))) {
    const f = fitOf(top);
    return route(top, 'CONTENT', { number: num(top), carried: f.carried, total: f.total, share: round(share(f)) });
  }
  const above = best(rest.filter((c) => precedes(doc, c) && share(fitOf(c)) >= CONTENT_BAR));
  if (above && !named.length) return route(null, 'PRECEDES', { number: num(above), by: precedes(doc, above)! });
  // Unrouted: it names a central text without carrying it, or names none and carries too little.
  const mention = named[0]?.central ?? centrals.find((c) => c.meta.number && cites.some((x) => sameNumber(x.number!, c.meta.number!)));
  if (mention) {
    const f = fitOf(mention);
    return route(null, 'CITES_ONLY', { number: num(mention), carried: f.carried, total: f.total });
  }
  const closest = best(centrals);
  const f = closest ? fitOf(closest) : { carried: 0, total: 0, role: null };
  const named5 = [...new Set(cites.map((c) => c.number!))].slice(0, 5).join(', ');
  return route(null, 'BELOW_BAR', { number: closest ? num(closest) : '', carried: f.carried, total: f.total, share: round(share(f)), bar: CONTENT_BAR, cites: named5 });
}

/**
 * Whether `doc` comes before `central`, so cannot implement it: the central text cites it
 * ('citation': KL 54 cites KL 21) or is dated later ('date').
 */
function precedes(doc: ParsedDocument, central: ParsedDocument): 'citation' | 'date' | null {
  const n = doc.meta.number;
  if (n && (central.meta.cites ?? []).some((c) => c.number && sameNumber(c.number, n))) return 'citation';
  if (doc.meta.date && central.meta.date && doc.meta.date < central.meta.date) return 'date';
  return null;
}

/** What `relate` says of a document that carries a central text out (not one that only names or quotes it). */
const carriesOut = (f: Fit) => f.role === 'implementation' || f.role === 'forwarding';
const round = (x: number) => Math.round(x * 1000) / 1000;
