/**
 * Sorting and filtering the overview's documents (1,000 letters of every district): what the table
 * shows, and the order the heat map and charts follow. Pure; linear filter, one stable sort.
 */
import type { Role } from '../../core/types.ts';
import { foldText, VI_COLLATOR, type DocumentRow } from './combine-document-rows.ts';

/** A sortable column. `carried`: share of central task clauses carried; `added`: share of added words. */
export type SortKey = 'issuer' | 'number' | 'date' | 'lag' | 'role' | 'carried' | 'verbatim' | 'adapted' | 'omitted' | 'added' | 'weakened';
/** Sort direction. */
export type SortDir = 'asc' | 'desc';

/** The table's order. */
export interface DocumentSort {
  readonly key: SortKey;
  readonly dir: SortDir;
}

/** Which documents are shown. */
export interface DocumentFilter {
  /** Words that must all occur in issuer, name, number or kind (tone marks and case ignored). */
  readonly text: string;
  /** Only documents omitting at least this many central task clauses (0: no limit). */
  readonly minOmitted: number;
  readonly role: Role | 'all';
}

/** Issuance order, as the overview has always opened. */
export const DEFAULT_SORT: DocumentSort = { key: 'date', dir: 'asc' };
/** No filter. */
export const NO_FILTER: DocumentFilter = { text: '', minOmitted: 0, role: 'all' };

/** The first direction of a column: names and dates from the start, amounts from the largest. */
export const FIRST_DIR: Readonly<Record<SortKey, SortDir>> = {
  issuer: 'asc', number: 'asc', date: 'asc', lag: 'asc', role: 'asc',
  carried: 'desc', verbatim: 'desc', adapted: 'desc', omitted: 'desc', added: 'desc', weakened: 'desc',
};

/** What a click on a column header does: a new column starts at its first direction, the same one flips. */
export function nextSort(current: DocumentSort, key: SortKey): DocumentSort {
  if (current.key !== key) return { key, dir: FIRST_DIR[key] };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}

/** Whether the filter leaves every document in. */
export function isNoFilter(f: DocumentFilter): boolean {
  return f.text.trim() === '' && f.minOmitted <= 0 && f.role === 'all';
}

/** The documents the filter keeps, in the order given. */
export function filterDocumentRows(rows: readonly DocumentRow[], f: DocumentFilter): readonly DocumentRow[] {
  if (isNoFilter(f)) return rows;
  const words = foldText(f.text).split(/\s+/u).filter(Boolean);
  return rows.filter((r) => r.omitted >= f.minOmitted
    && (f.role === 'all' || r.role === f.role)
    && words.every((w) => r.search.includes(w)));
}

const NUMBER_COLLATOR = new Intl.Collator('vi', { numeric: true });
const ROLE_RANK: Readonly<Record<Role, number>> = { implementation: 0, forwarding: 1, 'cites-only': 2 };

type Value = number | string | null;

/** The value a row sorts on; `null` (no number, no date…) always goes last, whatever the direction. */
function valueOf(r: DocumentRow, key: SortKey): Value {
  switch (key) {
    case 'issuer': return r.issuer;
    case 'number': return r.number;
    case 'date': return r.date;
    case 'lag': return r.lagDays;
    case 'role': return r.role === null ? null : ROLE_RANK[r.role];
    case 'added': return r.words > 0 ? r.addedShare : null;
    default: return r[key];
  }
}

/**
 * The rows in `sort` order. Stable: equal values keep the input's order (issuance), so "most omitted"
 * lists the earliest document first among equals. Values are read once (n) before the n log n compares.
 */
export function sortDocumentRows(rows: readonly DocumentRow[], sort: DocumentSort): readonly DocumentRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const compareText = sort.key === 'number' ? NUMBER_COLLATOR.compare : VI_COLLATOR.compare;
  const keyed = rows.map((row, i) => ({ row, i, v: valueOf(row, sort.key) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : compareText(String(a.v), String(b.v));
    return sign * c || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}
