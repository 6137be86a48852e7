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
