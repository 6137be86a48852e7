import { ownString } from './own-string.ts';

/**
 * `fn` remembered by its string argument, up to `max` answers: a corpus asks for the same few
 * thousand words, numbers and names in every document, and a stream of garbage (a binary file read
 * as text) clears the memo rather than grow it forever. `fn` must be pure.
 */
export function boundedMemo<V>(max: number, fn: (s: string) => V): (s: string) => V {
  const memo = new Map<string, V>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      v = fn(s);
      if (memo.size >= max) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}

/**
 * `fn` remembered per object (a WeakMap: kept as long as the object is). For what is derived once
 * from a central text's clause list and read for every document: the list is the same object for
 * the whole batch, and the answer goes when the list does. `fn` must be pure.
 */
export function objectMemo<K extends object, V>(fn: (k: K) => V): (k: K) => V {
  const memo = new WeakMap<K, V>();
  return (k) => {
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = fn(k)));
    return v;
  };
}

/**
 * A cache by string of up to `max` values, the least recently read forgotten first: the keys a
 * batch repeats stay however many it reads once. `make` builds a missing value. A key is kept as a
 * copy: a clause's text is a slice of its document's, which V8 would keep whole behind it.
 */
export function recentCache<V>(max: number): (key: string, make: () => V) => V {
  const kept = new Map<string, { readonly key: string; readonly value: V }>();
  return (key, make) => {
    let entry = kept.get(key);
    if (entry) kept.delete(entry.key);
    else {
      if (kept.size >= max) kept.delete(kept.keys().next().value!);
      entry = { key: ownString(key), value: make() };
    }
    // Read again or new: now the most recent, under the key first kept.
    kept.set(entry.key, entry);
    return entry.value;
  };
}

/**
 * One string object for equal texts, among up to `max` (cleared when full, like `boundedMemo`). A
 * text built by concatenation is a rope V8 keeps piece by piece (a cons of 32 bytes per piece);
 * looking it up flattens it, and a text a batch repeats (a reason, an effect's evidence) is then
 * held once however many analyses hold it.
 */
export function sharedText(max: number): (s: string) => string {
  return boundedMemo(max, (s) => s);
}
