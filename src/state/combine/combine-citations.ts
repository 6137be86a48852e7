/**
 * The citations view model: a matrix of cited documents × texts (the central text, then each local
 * document) marking what each local text inherits, adds or drops; the inconsistency flags with the
 * documents involved; and each document's three lists. Pure.
 */
import type { Analysis } from '../../core/types.ts';
import type { CitationReport, CitedDocument } from '../../core/citation-report.ts';
import { byLag, type DocColumn } from './combine-document-rows.ts';
import { shortName } from '../doc-label.ts';
import type { InsightsBundle, ParentDocument } from '../insights/insights-compute.ts';
import { oncePer2 } from './once-per.ts';

/** What a text does with a cited document. `cited`: the central text cites it. */
export type CitationMark = 'cited' | 'inherited' | 'added' | 'dropped';

/** A text (column): the central one first. */
export interface CitationColumn extends DocColumn {
  readonly central: boolean;
}

/** One cell: the mark, and whether the text's citation of it is flagged. */
export interface CitationCell {
  readonly mark: CitationMark | null;
  readonly flagged: boolean;
  /** The citation as the text words it (tooltip). */
  readonly text: string | null;
}

/** A cited document (row). */
export interface CitationRow {
  readonly key: string;
  readonly cited: CitedDocument;
  /** The central text cites it. */
  readonly central: boolean;
  readonly cells: readonly CitationCell[];
  readonly flagged: boolean;
  /** Local texts (columns) that inherit, add or drop it, and whose citation of it is flagged. */
  readonly counts: Readonly<Record<'inherited' | 'added' | 'dropped', number>>;
  readonly flaggedDocs: number;
}

/** A flag, with the documents by name. */
export interface CitationFlagView {
  readonly kind: string;
  readonly key: string;
  readonly suggested: string | null;
  /** The texts the flag is about, with how they word the citation. */
  readonly documents: readonly { readonly id: string; readonly name: string; readonly number: string | null; readonly text: string | null; readonly date: string | null; readonly issuer: string | null; readonly local: boolean }[];
  /** Texts that cite the suggested key (kind-mismatch). */
  readonly others: readonly { readonly id: string; readonly name: string }[];
  /** The core's Vietnamese message (shown as detail). */
  readonly message: string;
}

/** One text's lists. */
export interface DocumentCitations extends DocColumn {
  readonly inherited: readonly CitedDocument[];
  readonly added: readonly CitedDocument[];
  readonly dropped: readonly CitedDocument[];
}

/** The view model. */
export interface CitationsModel {
  readonly columns: readonly CitationColumn[];
  readonly rows: readonly CitationRow[];
  readonly flags: readonly CitationFlagView[];
  readonly documents: readonly DocumentCitations[];
}

const CENTRAL = '\u0000central';

/** A document's citation lists, looked up by key. */
interface DocLookup {
  readonly inherited: ReadonlySet<string>;
  readonly added: ReadonlySet<string>;
  readonly dropped: ReadonlySet<string>;
  /** The first citation of each key, as a search finds it. */
  readonly cited: ReadonlyMap<string, CitedDocument>;
}

/** Builds the model; local documents in order of issuance. */
export function combineCitations(a: Analysis, report: CitationReport, parents: readonly ParentDocument[] = []): CitationsModel {
  const meta = new Map(a.documents.map((d) => [d.doc.id, d]));
  // Sort keys made once per document, not twice per comparison (5,000 documents: some 120,000 comparisons).
  const docs = report.documents.map((d) => {
    const m = meta.get(d.doc);
    return { d, lagDays: m?.lagDays ?? null, name: m ? shortName(m.doc) : d.doc };
  }).sort(byLag).map((k) => k.d);
  const nameOf = (id: string) => {
    if (id === a.central.id) return a.central.meta.number ?? shortName(a.central);
    const d = meta.get(id);
    return d ? shortName(d.doc) : parents.find((p) => p.id === id)?.name ?? id;
  };
  const local = (id: string): DocColumn => ({ id, name: nameOf(id), number: meta.get(id)?.doc.meta.number ?? null, role: meta.get(id)?.doc.meta.role ?? null });
  const columns: CitationColumn[] = [
    { id: CENTRAL, name: a.central.meta.number ?? shortName(a.central), number: a.central.meta.number, role: null, central: true },
    ...docs.map((d) => ({ ...local(d.doc), central: false })),
  ];
  // Looked up, not searched: a search per cell is cubic in the documents (issue 14: 5,000 of them).
  const reportOf = new Map<string, CitationReport['documents'][number]>();
  for (const d of docs) if (!reportOf.has(d.doc)) reportOf.set(d.doc, d);
  const flaggedIn = new Set(report.flags.flatMap((f) => f.documents.map((id) => `${id}\u0000${f.key}`)));
  // Each document's lists as sets, made once: the matrix asks every document about every cited key.
  // The flags ask thousands of documents for their wording of one key: that map alone, without the sets.
  const citedMaps = new Map<string, ReadonlyMap<string, CitedDocument>>();
  const citedOf = (id: string): ReadonlyMap<string, CitedDocument> => {
    let cited = citedMaps.get(id);
    if (!cited) {
      const m = new Map<string, CitedDocument>();
      for (const c of reportOf.get(id)!.cited) if (!m.has(c.key)) m.set(c.key, c);
      citedMaps.set(id, (cited = m));
    }
    return cited;
  };
  const lookups = new Map<string, DocLookup>();
  const lookup = (id: string): DocLookup => {
    let l = lookups.get(id);
    if (!l) {
      const d = reportOf.get(id)!;
      l = { inherited: new Set(d.inherited), added: new Set(d.added), dropped: new Set(d.dropped), cited: citedOf(id) };
      lookups.set(id, l);
    }
    return l;
  };
  // Rows: the central text's citations in its order, then the others in order of first appearance.
  const info = new Map<string, CitedDocument>();
  for (const c of report.central) info.set(c.key, c);
  for (const d of docs) for (const c of d.cited) if (!info.has(c.key)) info.set(c.key, c);
  const own = a.central.meta.number;
  const centralKeys = new Set(report.central.map((c) => c.key));
  // What the local texts do with each key, counted from their own lists (each text once per key, its
  // first list winning as in a cell), and the flagged texts per key: the counts of the aggregated
  // matrix at 5,000 documents without a cell object per text and key (issue 14).
  const counts = new Map<string, { inherited: number; added: number; dropped: number }>();
  const countOf = (key: string) => counts.get(key) ?? counts.set(key, { inherited: 0, added: 0, dropped: 0 }).get(key)!;
  for (const col of columns) {
    if (col.central) continue;
    const d = reportOf.get(col.id)!;
    d.inherited.forEach((k, i) => { if (d.inherited.indexOf(k) === i) countOf(k).inherited++; });
    d.added.forEach((k, i) => { if (d.added.indexOf(k) === i && !d.inherited.includes(k)) countOf(k).added++; });
    d.dropped.forEach((k, i) => { if (d.dropped.indexOf(k) === i && !d.inherited.includes(k) && !d.added.includes(k)) countOf(k).dropped++; });
  }
  const columnCount = new Map<string, number>();
  for (const col of columns) if (!col.central) columnCount.set(col.id, (columnCount.get(col.id) ?? 0) + 1);
  const flaggedBy = new Map<string, Set<string>>();
  for (const f of report.flags) for (const id of f.documents) (flaggedBy.get(f.key) ?? flaggedBy.set(f.key, new Set()).get(f.key)!).add(id);
  // The central text's own number (each local text cites what it implements) is not a row.
  // A row's cells (one per text) are built when first read: the full matrix reads them, the
  // aggregated one (thousands of texts) never does.
  const rows = [...info.entries()].filter(([key]) => key !== own)
    .map(([key, cited]): CitationRow => {
      const cellsOf = () => columns.map((col): CitationCell => {
        if (col.central) {
          const c = report.central.find((x) => x.key === key);
          return { mark: c ? 'cited' : null, flagged: flaggedIn.has(`${a.central.id}\u0000${key}`), text: c?.text ?? null };
        }
        const d = lookup(col.id);
        const mark: CitationMark | null = d.inherited.has(key) ? 'inherited' : d.added.has(key) ? 'added' : d.dropped.has(key) ? 'dropped' : null;
        return { mark, flagged: flaggedIn.has(`${col.id}\u0000${key}`), text: d.cited.get(key)?.text ?? null };
      });
      let cells: readonly CitationCell[] | undefined;
      const flaggedDocs = [...flaggedBy.get(key) ?? []].reduce((n, id) => n + (columnCount.get(id) ?? 0), 0);
      return {
        key, cited, central: centralKeys.has(key), counts: countOf(key), flaggedDocs,
        flagged: flaggedDocs > 0 || flaggedIn.has(`${a.central.id}\u0000${key}`),
        get cells() { return (cells ??= cellsOf()); },
      };
    });
  const citesKey = (id: string, key: string) => (id === a.central.id ? report.central.find((c) => c.key === key) ?? null
    : reportOf.has(id) ? citedOf(id).get(key) ?? null : null);
  const textIds = [a.central.id, ...docs.map((d) => d.doc)];
  // The local texts citing each key, made once when a flag suggests a key: asking each of 5,000
  // texts per flag built every text's lookup (issue 14).
  let citers: Map<string, Set<string>> | undefined;
  const cites = (id: string, key: string): boolean => {
    if (id === a.central.id || !reportOf.has(id)) return citesKey(id, key) !== null;
    if (!citers) {
      citers = new Map();
      for (const [doc, d] of reportOf) for (const c of d.cited) (citers.get(c.key) ?? citers.set(c.key, new Set()).get(c.key)!).add(doc);
    }
    return citers.get(key)?.has(id) ?? false;
  };
  const flags = report.flags.map((f): CitationFlagView => ({
    kind: f.kind, key: f.key, suggested: f.suggested, message: f.message,
    documents: f.documents.map((id) => {
      const c = citesKey(id, f.key);
      const number = id === a.central.id ? a.central.meta.number : meta.get(id)?.doc.meta.number ?? parents.find((p) => p.id === id)?.number ?? null;
      return { id, name: nameOf(id), number, text: c?.text ?? null, date: c?.date ?? null, issuer: c?.issuer ?? null, local: meta.has(id) };
    }),
    others: f.suggested ? textIds.filter((id) => cites(id, f.suggested!)).map((id) => ({ id, name: nameOf(id) })) : [],
  }));
  const pick = (d: CitationReport['documents'][number], keys: readonly string[], from: 'own' | 'central') =>
    keys.map((k) => (from === 'own' ? d.cited.find((c) => c.key === k) : report.central.find((c) => c.key === k)) ?? info.get(k)).filter((c): c is CitedDocument => c !== undefined);
  // Each document's lists are made when read: the page shows a window of these cards.
  const documents = docs.map((d): DocumentCitations => {
    let inherited: readonly CitedDocument[] | undefined, added: readonly CitedDocument[] | undefined, dropped: readonly CitedDocument[] | undefined;
    return {
      ...local(d.doc),
      get inherited() { return (inherited ??= pick(d, d.inherited, 'own')); },
      get added() { return (added ??= pick(d, d.added, 'own')); },
      get dropped() { return (dropped ??= pick(d, d.dropped, 'central')); },
    };
  });
  return { columns, rows, flags, documents };
}

/** `combineCitations` once per analysis and insights (the citations page opened again reads it: issue 14). */
export const citationsModelOf = oncePer2((a: Analysis, bundle: InsightsBundle) => combineCitations(a, bundle.insights.citations, bundle.parents));

/** A cited document's name: kind and number ("Quyết định 99-QĐ/TW"), or its name ("Nghị quyết Đại hội XIII"). */
export function citationLabel(c: CitedDocument): string {
  if (c.number) return [c.kind, c.number].filter(Boolean).join(' ');
  return c.name ?? c.text;
}
