/**
 * Citations per document: what each text cites, which citations it inherits from the central text,
 * which it adds (its local instruments), which central citations it drops, and the inconsistencies
 * across all texts (Đảng ủy TTXVN's "Quyết định số 99-NQ/TW" where every other text says 99-QĐ/TW).
 */
import type { Analysis, ParsedDocument } from './types.ts';
import { citationFlags, compareCitations, extractCitations, type Citation } from './citations.ts';

/** A citation as the report shows it. */
export interface CitedDocument {
  readonly key: string;
  readonly kind: string | null;
  readonly number: string | null;
  readonly name: string | null;
  readonly date: string | null;
  readonly issuer: string | null;
  readonly text: string;
}

export interface CitationReport {
  readonly central: readonly CitedDocument[];
  readonly documents: readonly {
    readonly doc: string;
    readonly cited: readonly CitedDocument[];
    readonly inherited: readonly string[];
    readonly added: readonly string[];
    readonly dropped: readonly string[];
  }[];
  readonly flags: readonly {
    readonly kind: string; readonly key: string; readonly message: string;
    readonly documents: readonly string[]; readonly suggested: string | null;
  }[];
}

const summary = (c: Citation): CitedDocument => ({ key: c.key, kind: c.kind, number: c.number, name: c.name, date: c.date, issuer: c.issuer, text: c.text });

/** Citations without self-references, first occurrence of each key kept. */
function distinct(all: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return all.filter((c) => !c.self && !seen.has(c.key) && (seen.add(c.key), true));
}

/** Citations a document makes, without self-references, first occurrence of each key kept. */
export function citationsOf(doc: ParsedDocument): Citation[] {
  return distinct(extractCitations(doc.text));
}

/** Builds the citation report of an analysis; parents take part in the consistency check. */
export function citationReport(a: Analysis, parents: readonly ParsedDocument[] = []): CitationReport {
  // Each text is read once: the comparison uses the distinct citations, the consistency check all of them.
  const centralAll = extractCitations(a.central.text);
  const central = distinct(centralAll);
  const own = a.central.meta.number ? [a.central.meta.number] : [];
  const perDoc = a.documents.map((d) => {
    const all = extractCitations(d.doc.text);
    return { doc: d.doc, all, cites: distinct(all) };
  });
  const documents = perDoc.map(({ doc, cites }) => {
    const cmp = compareCitations(central, cites, { exclude: own });
    return {
      doc: doc.id,
      cited: cites.map(summary),
      inherited: cmp.inherited.map((c) => c.key),
      added: cmp.added.map((c) => c.key),
      dropped: cmp.dropped.map((c) => c.key),
    };
  });
  const all = [
    { id: a.central.id, citations: centralAll },
    ...parents.map((p) => ({ id: p.id, citations: extractCitations(p.text) })),
    ...perDoc.map(({ doc, all }) => ({ id: doc.id, citations: all })),
  ];
  const flags = citationFlags(all).map((f) => ({
    kind: f.kind, key: f.key, message: f.message, documents: [...new Set(f.docIds)], suggested: f.suggestedKey,
  }));
  return { central: central.map(summary), documents, flags };
}
