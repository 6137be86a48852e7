/** Routes the insight views link to. Pure. */
import type { Route } from '../route/route.ts';

/** The pair view of `doc` with its local clause `clause` selected. */
export function localClauseRoute(from: Route, doc: string, clause: string): Route {
  return { view: 'pair', doc, clause: null, local: clause, filter: null, lang: from.lang };
}

/** The tour at `step` (from 1), in or out of presentation mode. */
export function tourRoute(from: Route, step: number, present: boolean): Route {
  return { view: 'tour', doc: null, clause: null, local: null, filter: null, lang: from.lang, step, present };
}
