/**
 * View models kept per analysis: a page opened again, or another page asking for the same model,
 * reads it instead of building it again (issue 14: at 5,000 documents the overview rebuilt its rows,
 * heat map and charts each time it was opened, a task of half a second). Keyed weakly: a new
 * analysis gets new models and the old ones go with it.
 */

/** `fn` computed once per `key` object. */
export function oncePer<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/** `fn` computed once per pair of objects (an analysis and one of its reports). */
export function oncePer2<A extends object, B extends object, V>(fn: (a: A, b: B) => V): (a: A, b: B) => V {
  const cache = new WeakMap<A, WeakMap<B, V>>();
  return (a, b) => {
    let inner = cache.get(a);
    if (!inner) { inner = new WeakMap(); cache.set(a, inner); }
    if (inner.has(b)) return inner.get(b)!;
    const value = fn(a, b);
    inner.set(b, value);
    return value;
  };
}
