/** Dates as Vietnamese readers write them. Pure. */

/** "2023-06-12" → "12/06/2023"; `null` or an unreadable value → `null` (the caller shows "unknown"). */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!m) return null;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** Share as a whole percentage, 0..100; 0 when the total is 0. */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}
