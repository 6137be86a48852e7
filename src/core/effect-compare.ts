/**
 * Comparing two measures of the same kind, on their folded text: deadlines by date, frequencies by
 * period, targets by figure. Each returns < 0 when `to` asks less than `from` (later, rarer,
 * lower), > 0 when it asks more, 0 when they are the same or cannot be compared.
 */

/** Last day the deadline allows, as yyyymmdd; null when no date can be read. */
export function deadlineDate(folded: string): number | null {
  const ymd = (y: string, m: string, d: string) => Number(y) * 10000 + Number(m) * 100 + Number(d);
  let x = /(\d{1,2}) \/ (\d{1,2}) \/ (\d{4})/u.exec(folded);
  if (x) return ymd(x[3]!, x[2]!, x[1]!);
  x = /(\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(folded);
  if (x) return ymd(x[3]!, x[2]!, x[1]!);
  x = /tháng (\d{1,2}) \/ (\d{4})/u.exec(folded);
  if (x) return ymd(x[2]!, x[1]!, '31');
  x = /quý (i{1,3}|iv) \/ (\d{4})/u.exec(folded);
  if (x) return ymd(x[2]!, String({ i: 3, ii: 6, iii: 9, iv: 12 }[x[1] as 'i'] ?? 12), '31');
  x = /năm (\d{4})/u.exec(folded);
  if (x) return ymd(x[1]!, '12', '31');
  return null;
}

export function compareDeadlines(from: string, to: string): number {
  const a = deadlineDate(from), b = deadlineDate(to);
  return a === null || b === null ? 0 : Math.sign(a - b);
}

const DAYS: Readonly<Record<string, number>> = { ngày: 1, tuần: 7, tháng: 30, quý: 91, năm: 365 };

/** Period in days: "hằng tháng" 30, "3 tháng một lần" 90; null for a bare "định kỳ". */
export function periodDays(folded: string): number | null {
  let x = /(\d+) (tháng|năm) (?:một|1) lần/u.exec(folded);
  if (x) return Number(x[1]) * DAYS[x[2]!]!;
  x = /(?:hằng|hàng) (ngày|tuần|tháng|quý|năm)/u.exec(folded);
  return x ? DAYS[x[1]!]! : null;
}

export function compareFrequencies(from: string, to: string): number {
  const a = periodDays(from), b = periodDays(to);
  return a === null || b === null ? 0 : Math.sign(a - b);
}

/** A target's figure, whether it is a share, and whether it is a cap ("tối đa", "không quá"). */
export function targetOf(folded: string): { value: number; percent: boolean; cap: boolean } | null {
  const x = /(\d+)(?: , (\d+))? (%)?/u.exec(`${folded} `);
  if (!x) return null;
  return { value: Number(`${x[1]}.${x[2] ?? 0}`), percent: x[3] === '%', cap: /tối đa|không quá/u.test(folded) };
}

export function compareTargets(from: string, to: string): number {
  const a = targetOf(from), b = targetOf(to);
  if (!a || !b || a.percent !== b.percent || a.cap !== b.cap) return 0;
  return a.cap ? Math.sign(a.value - b.value) : Math.sign(b.value - a.value);
}
