/** Picking rows by id in a given order (the table's sort and filter applied to another view's rows). Pure. */

/** The rows whose `id` is in `order`, in that order; ids without a row are skipped. Linear. */
export function inOrder<R extends { readonly id: string }>(rows: readonly R[], order: readonly string[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
}

/** The items whose `id` is in `keep`, in their own order (all of them when `keep` is `null`). */
export function keepIds<R extends { readonly id: string }>(items: readonly R[], keep: ReadonlySet<string> | null): readonly R[] {
  return keep ? items.filter((r) => keep.has(r.id)) : items;
}
