/**
 * Researchers' totals (issue 13): per issuing body (a province's Tỉnh ủy, its UBND, a ministry)
 * across every family loaded — how many documents, how much of the central tasks they carry on
 * average, how many task clauses they leave out, how many of their clauses weaken the central
 * wording. Computed from `doichieu.report/1` reports (one per family), so the CLI, the app and a
 * researcher's saved JSON give the same figures.
 */
import type { CentralStatus, Role } from './types.ts';
import { spreadsheetText } from './spreadsheet-safe.ts';
import { foldText } from './normalize.ts';

/** What the totals read of a report: its central number and, per document, issuer, role, coverage, effects. */
export interface TotalsSource {
  readonly central: { readonly id: string; readonly number: string | null };
  readonly documents: readonly {
    readonly issuer: string | null;
    readonly place?: string | null;
    readonly role: Role | null;
    readonly coverage: { readonly tasks: Readonly<Record<CentralStatus, number>> };
    readonly effectCounts?: Readonly<Partial<Record<string, number>>>;
    /** Below the first level of a chain: what it does with its parent. */
    readonly chain?: { readonly role: Role | null };
  }[];
}

export interface IssuerTotals {
  /** The issuer as the first of its documents spells it; '' when no document names it. */
  readonly issuer: string;
  readonly place: string | null;
  /** Documents of this issuer in all families (forwarding letters and documents that implement nothing included). */
  readonly documents: number;
  /**
   * Of those, the implementations (role `implementation` against the central text, or against the
   * parent for a document lower in a chain): the ones the figures below are about.
   */
  readonly implementations: number;
  /** Central texts (numbers, or ids when unnumbered) this issuer's documents were compared with. */
  readonly centrals: readonly string[];
  /** Mean over implementations of the share of the central task clauses carried (verbatim or adapted), 0..1; null without implementations. */
  readonly meanCoverage: number | null;
  /** Central task clauses the implementations leave out, summed. */
  readonly omittedTasks: number;
  /** Clauses whose change weakens the central wording (effects), summed; null when no report carries effects. */
  readonly weakenedClauses: number | null;
}

/**
 * Totals per issuer, sorted by issuer. Issuers are grouped as officials write them (case, tone
 * placement and spacing ignored: "Tỉnh ủy Lạng Sơn" = "TỈNH UỶ LẠNG SƠN").
 */
export function issuerTotals(reports: readonly TotalsSource[]): IssuerTotals[] {
  type Acc = { issuer: string; place: string | null; documents: number; shares: number[]; omitted: number; weakened: number | null; centrals: Set<string> };
  const acc = new Map<string, Acc>();
  for (const r of reports) {
    const central = r.central.number ?? r.central.id;
    for (const d of r.documents) {
      const key = foldText(d.issuer ?? '');
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { issuer: d.issuer ?? '', place: d.place ?? null, documents: 0, shares: [], omitted: 0, weakened: null, centrals: new Set() }));
      a.documents++;
      a.centrals.add(central);
      a.place ??= d.place ?? null;
      if (d.role !== 'implementation' && d.chain?.role !== 'implementation') continue;
      const t = d.coverage.tasks;
      const all = t.verbatim + t.adapted + t.omitted;
      if (all) a.shares.push((t.verbatim + t.adapted) / all);
      a.omitted += t.omitted;
      if (d.effectCounts) a.weakened = (a.weakened ?? 0) + (d.effectCounts['weakened'] ?? 0);
    }
  }
  return [...acc.values()]
    .map((a) => ({
      issuer: a.issuer, place: a.place, documents: a.documents, implementations: a.shares.length, centrals: [...a.centrals],
      meanCoverage: a.shares.length ? Math.round((a.shares.reduce((x, y) => x + y, 0) / a.shares.length) * 1000) / 1000 : null,
      omittedTasks: a.omitted, weakenedClauses: a.weakened,
    }))
    .sort((x, y) => x.issuer.localeCompare(y.issuer, 'vi'));
}

/** Columns of the totals table (`analyze --format totals`, and the app's export). */
export const TOTALS_COLUMNS = ['issuer', 'place', 'documents', 'implementations', 'centrals', 'mean_coverage', 'omitted_tasks', 'weakened_clauses'] as const;

/** One row per issuer; text cells spreadsheet-safe, empty cells for unknown figures. */
export function totalsRows(totals: readonly IssuerTotals[]): Record<(typeof TOTALS_COLUMNS)[number], string | number>[] {
  return totals.map((t) => ({
    issuer: spreadsheetText(t.issuer),
    place: spreadsheetText(t.place ?? ''),
    documents: t.documents,
    implementations: t.implementations,
    centrals: spreadsheetText(t.centrals.join(' ')),
    mean_coverage: t.meanCoverage ?? '',
    omitted_tasks: t.omittedTasks,
    weakened_clauses: t.weakenedClauses ?? '',
  }));
}
