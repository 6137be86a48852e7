/**
 * jsdiff's Myers changes for a pair of token arrays, compared on their norms. Three savings, each
 * leaving the changes exactly as `diffArrays` with a norm comparator gives them:
 * - norms as interned integers: the comparator reading `a.norm === b.norm` was inlined into jsdiff's
 *   `execEditLength`, 11 % of `analyzeDocument`; over ids it compares small integers with `===`;
 * - a pair whose norms are all equal (42 % of the bench's diffs) is one equal run, as jsdiff's
 *   first snake finds it, without its copies of the inputs and its search set-up;
 * - the changes of a pair seen before are remembered per central clause: documents implementing
 *   the same directive repeat its clauses, and on the bench 13,462 diffs held 2,425 distinct pairs.
 */
import { diffArrays } from 'diff';
import type { Token } from './types.ts';
import { mapped } from './packed.ts';

/** One change as the word diff reads it: `count` tokens kept, added (local) or removed (central). */
export interface Change { readonly count: number; readonly added: boolean; readonly removed: boolean }

/** Pairs needing more edits than this are reported as capped instead of diffed (jsdiff's `maxEditLength`). */
export const MAX_EDIT = 300;

/**
 * Ids stay below this, so that one id is one UTF-16 code unit of a memo key (a key by
 * `ids.join(',')` formatted every number). A corpus has a few thousand distinct norms; a stream of
 * numbers and garbage makes the table start over. Ids of an old table are never compared with ids
 * of a new one: the table starts over only before a pair is numbered.
 */
const ID_LIMIT = 0x10000;
/** Pairs remembered per central token array before its memo starts over. */
const MAX_PAIRS = 2_000;

let table = new Map<string, number>();

interface Central { readonly table: Map<string, number>; readonly ids: number[]; seen: number; readonly pairs: Map<string, readonly Change[] | undefined> }

/** Per central token array (one clause's tokens: the same array object for every document). */
const centrals = new WeakMap<readonly Token[], Central>();

/**
 * Pushed, not written into `new Array(n)`: jsdiff's `diffArrays` is given only packed arrays of
 * small integers (see word-diff.ts's `matchedPositions`), so its optimized code sees one array map.
 * A holey array here and a packed one there deoptimized `execEditLength` and its callers.
 */
function number(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    let id = table.get(norm);
    if (id === undefined) table.set(norm, (id = table.size + 1));
    ids.push(id);
  }
  return ids;
}

function sameNorms(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.norm !== b[i]!.norm) return false;
  return true;
}

/** The ids as a string, one code unit each (in slices: a spread of a huge clause would overflow the stack). */
function keyOf(ids: readonly number[]): string {
  let key = '';
  for (let i = 0; i < ids.length; i += 4096) key += String.fromCharCode(...ids.slice(i, i + 4096));
  return key;
}

/** The changes from `central` to `local` (norms compared), or `undefined` past `MAX_EDIT` edits. */
export function changesOf(central: readonly Token[], local: readonly Token[]): readonly Change[] | undefined {
  // Compared before numbering: a copied clause's norms are mostly the very same strings.
  if (sameNorms(central, local)) return local.length ? [{ count: local.length, added: false, removed: false }] : [];
  if (table.size + central.length + local.length >= ID_LIMIT) table = new Map();
  let c = centrals.get(central);
  if (!c || c.table !== table) centrals.set(central, (c = { table, ids: number(central), seen: 0, pairs: new Map() }));
  const ids = number(local);
  // A central array met once (the concatenation of several sources, new every call) keeps no memo.
  if (++c.seen < 2) return diffArrays(c.ids, ids, { maxEditLength: MAX_EDIT });
  const key = keyOf(ids);
  if (c.pairs.has(key)) return c.pairs.get(key);
  // Kept without jsdiff's `value` (each change's ids copied): those copies were three quarters of
  // the memo, 8.5 of its 10.7 MB at N = 1,000.
  const found = diffArrays(c.ids, ids, { maxEditLength: MAX_EDIT });
  const changes = found && mapped(found, ({ count, added, removed }): Change => ({ count, added, removed }));
  if (c.pairs.size >= MAX_PAIRS) c.pairs.clear();
  c.pairs.set(key, changes);
  return changes;
}
