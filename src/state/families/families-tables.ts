/**
 * Tables across families (issue 13), from the families summary: issuer × central text (the
 * overview's cross-family table) and the researchers' totals as a table a spreadsheet opens.
 * Issuers are grouped as the totals group them (case, tone placement and spacing ignored).
 */
import { foldText } from '../../core/normalize.ts';
import { TOTALS_COLUMNS, type IssuerTotals } from '../../core/totals.ts';
import type { Table } from '../../export/tables.ts';
import type { FamiliesSummary, FamilyDocument } from './families-types.ts';

/** One row of the cross-family table: an issuer, and per family (in summary order) its documents there. */
export interface CrossRow {
  /** The issuer as its first document spells it; '' when no document names it. */
  readonly issuer: string;
  readonly cells: readonly (readonly FamilyDocument[])[];
}

/** Issuer × central text; rows sorted by issuer (Vietnamese order), the unnamed last. */
export function crossTable(summary: FamiliesSummary): CrossRow[] {
  const rows = new Map<string, { issuer: string; cells: FamilyDocument[][] }>();
  summary.families.forEach((f, i) => {
    for (const d of f.documents) {
      const key = foldText(d.issuer ?? '');
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { issuer: d.issuer ?? '', cells: summary.families.map(() => []) }));
      row.cells[i]!.push(d);
    }
  });
  return [...rows.values()].sort((a, b) => (!a.issuer ? 1 : !b.issuer ? -1 : a.issuer.localeCompare(b.issuer, 'vi')));
}

export type TotalsColumn = (typeof TOTALS_COLUMNS)[number];

/** The totals as a table, headers in the reader's words (`analyze --format totals` writes the same columns). */
export function totalsTable(totals: readonly IssuerTotals[], headers: Readonly<Record<TotalsColumn, string>>, name: string): Table {
  const kinds: Partial<Record<TotalsColumn, Table['columns'][number]['kind']>> = {
    documents: 'number', implementations: 'number', mean_coverage: 'share', omitted_tasks: 'number', weakened_clauses: 'number',
  };
  return {
    name,
    columns: TOTALS_COLUMNS.map((key) => ({ key, header: headers[key], kind: kinds[key] ?? 'text' })),
    rows: totals.map((t) => ({
      issuer: t.issuer, place: t.place, documents: t.documents, implementations: t.implementations, centrals: t.centrals.join(' '),
      mean_coverage: t.meanCoverage, omitted_tasks: t.omittedTasks, weakened_clauses: t.weakenedClauses,
    })),
  };
}
