/**
 * Citations per document: what each text cites, which citations it inherits from the central text,
 * which it adds (its local instruments), which central citations it drops, and the inconsistencies
 * across all texts (Đảng ủy TTXVN's "Quyết định số 99-NQ/TW" where every other text says 99-QĐ/TW).
 */
import type { Analysis, ParsedDocument } from './types.ts';
import { compareCitations, extractCitations, type Citation } from './citations.ts';
import { citationFlags, type CitationFacts } from './citation-flags.ts';

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

/** A document's share of the citation report: its entry (without its id) and its citations for the consistency check (self-references left out, as the check ignores them). */
export interface DocCitations {
  readonly entry: Omit<CitationReport['documents'][number], 'doc'>;
  readonly all: readonly CitationFacts[];
}

/** The central text's citations, read once for every document. */
export interface CitationContext {
  readonly centralAll: readonly Citation[];
  readonly central: readonly Citation[];
  readonly own: readonly string[];
}

/** The central text's citations, read once, for `documentCitations` and `finishCitations`. */
export function citationContext(central: ParsedDocument): CitationContext {
  const centralAll = extractCitations(central.text);
  return { centralAll, central: distinct(centralAll), own: central.meta.number ? [central.meta.number] : [] };
}

/** One document's citations compared with the central text's. */
export function documentCitations(ctx: CitationContext, doc: ParsedDocument): DocCitations {
  const all = extractCitations(doc.text);
  const cites = distinct(all);
  const cmp = compareCitations(ctx.central, cites, { exclude: ctx.own });
  return {
    entry: { cited: cites.map(summary), inherited: cmp.inherited.map((c) => c.key), added: cmp.added.map((c) => c.key), dropped: cmp.dropped.map((c) => c.key) },
    // Without their offsets: a run keeps every document's citations until the end (issue 14).
    all: all.flatMap(({ start: _s, end: _e, ...facts }) => (facts.self ? [] : [facts])),
  };
}

/** The consistency flags over the central text, its parents and every document's citations, in run order. */
export function finishCitationFlags(ctx: CitationContext, central: ParsedDocument, parents: readonly ParsedDocument[],
  docs: readonly { readonly id: string; readonly all: readonly CitationFacts[] }[]): CitationReport['flags'] {
  const all = [
    { id: central.id, citations: ctx.centralAll },
    ...parents.map((p) => ({ id: p.id, citations: extractCitations(p.text) })),
    ...docs.map((d) => ({ id: d.id, citations: d.all })),
  ];
  return citationFlags(all).map((f) => ({
    kind: f.kind, key: f.key, message: f.message, documents: [...new Set(f.docIds)], suggested: f.suggestedKey,
  }));
}

/** The central text's citations as the report lists them. */
export const centralCitations = (ctx: CitationContext): CitedDocument[] => ctx.central.map(summary);

/** The citation report from every document's share, in run order; equals `citationReport` of the whole analysis. */
export function finishCitations(ctx: CitationContext, central: ParsedDocument, parents: readonly ParsedDocument[],
  docs: readonly { readonly id: string; readonly citations: DocCitations }[]): CitationReport {
  const flags = finishCitationFlags(ctx, central, parents, docs.map((d) => ({ id: d.id, all: d.citations.all })));
  return { central: centralCitations(ctx), documents: docs.map((d) => ({ doc: d.id, ...d.citations.entry })), flags };
}

/** Builds the citation report of an analysis; parents take part in the consistency check. */
export function citationReport(a: Analysis, parents: readonly ParsedDocument[] = []): CitationReport {
  const ctx = citationContext(a.central);
  return finishCitations(ctx, a.central, parents, a.documents.map((d) => ({ id: d.doc.id, citations: documentCitations(ctx, d.doc) })));
}
