/**
 * Family settings when a workspace file is merged into the workspace (issue 13). The file's
 * documents come in renamed where their names were taken, so its keys are rewritten (`rekey`)
 * before its settings join the workspace's: its extra central texts are added, its moves apply to
 * its documents (a move in the file wins, as its inclusions and corrections do), and the family
 * shown stays the one the user is looking at. Merging a colleague's workspace of TTg and
 * Politburo families used to bring their documents but not the families they were sorted into.
 */
import type { FamiliesSettings } from './families-types.ts';

/** `current` with `incoming`'s families added, its keys passed through `rekey`; `undefined` when neither has any. */
export function mergeFamilies(
  current: FamiliesSettings | undefined,
  incoming: FamiliesSettings | undefined,
  rekey: (key: string) => string,
): FamiliesSettings | undefined {
  if (!incoming) return current;
  const moves = Object.fromEntries(Object.entries(incoming.moves).map(([k, to]) => [rekey(k), to === '' ? '' : rekey(to)]));
  return {
    centrals: [...new Set([...(current?.centrals ?? []), ...incoming.centrals.map(rekey)])],
    shown: current?.shown ?? null,
    moves: { ...current?.moves, ...moves },
  };
}
