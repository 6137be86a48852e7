/** Where each central clause stands in its list, by id: derived once per central clause list. */
import type { Clause } from './types.ts';
import { objectMemo } from './bounded-memo.ts';

/** Central clause id → its index in `centralClauses` (the same map for every document of a batch). */
export const centralOrder = objectMemo((centralClauses: readonly Clause[]): ReadonlyMap<string, number> =>
  new Map(centralClauses.map((c, i) => [c.id, i])));
