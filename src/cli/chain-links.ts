/**
 * Chains in a streamed json run (issue 14). A document whose parent is another analysed document
 * is also compared with it (core/chain.ts), and its parent may come later in the run, so such a
 * document cannot be written before every document is known. The run keeps the few words that find
 * a parent (`LinkDocument`) for every document, on disk until the end; a document that acts on a
 * citation other than the central text's number may be a child, and from it on the documents wait
 * on disk too (json-stream.ts).
 * At the end the parents are found as `findParents` finds them over the whole run, and only the
 * files of the documents in a chain are analysed again to compare each child with its parent:
 * chains are the part of json that needs the documents whole.
 */
import { withChains } from '../core/chain.ts';
import { sameNumber } from '../core/parse-meta.ts';
import { findParents, type LinkDocument } from '../core/route-parent.ts';
import type { Clause, DocumentAnalysis, ParsedDocument } from '../core/types.ts';
import type { ReportDocument } from '../core/report.ts';
import { analyzeFile } from './analyze-file.ts';
import { reportDocuments } from './report-parts.ts';
import { renameAnalysis } from './unique-ids.ts';

/** A document of the run as the chains need it: where to read it again. */
export interface LinkEntry extends LinkDocument {
  readonly path: string;
  /** Its index among the documents of its file. */
  readonly at: number;
}

/** Whether `meta` acts on a citation that may name another analysed document (any but the central text's number). */
export function mayBeChild(meta: LinkDocument['meta'], central: ParsedDocument): boolean {
  const own = central.meta.number;
  return (meta.cites ?? []).some((c) => !(c.number !== null && own !== null && sameNumber(c.number, own)));
}

/**
 * The report documents of the run's children, by id, compared with their parents exactly as a
 * whole run compares them (`withChains` with the parents found over every document).
 */
export async function chainedEntries(docs: readonly LinkEntry[], central: ParsedDocument, centralClauses: readonly Clause[]): Promise<Map<string, ReportDocument>> {
  const links = findParents(docs);
  if (!links.size) return new Map();
  const involved = new Set([...links.keys(), ...[...links.values()].map((l) => l.parent)]);
  const chosen = docs.filter((d) => involved.has(d.id));
  const byPath = new Map<string, Promise<Awaited<ReturnType<typeof analyzeFile>>>>();
  const analyses: DocumentAnalysis[] = [];
  for (const d of chosen) {
    if (!byPath.has(d.path)) byPath.set(d.path, analyzeFile(d.path, central, centralClauses));
    const outcome = await byPath.get(d.path)!;
    const value = 'docs' in outcome ? outcome.docs[d.at]?.value : null;
    if (!value) throw new Error(`${d.path} could not be read again to compare ${d.id} with its parent`);
    analyses.push(value.doc.id === d.id ? value : renameAnalysis(value, d.id));
  }
  const chained = withChains(analyses, centralClauses, new Map([...links].map(([child, l]) => [child, l.parent])));
  const out = new Map<string, ReportDocument>();
  for (const d of chained) if (d.chain) out.set(d.doc.id, reportDocuments(central, centralClauses, [d])[0]!);
  return out;
}

/**
 * `meta` sharing its title and citations with the documents before it: a run reads every
 * document's link words back at the end, and a collection repeats the same titles and cited texts
 * ("Thực hiện Kết luận số 54-KL/TW ngày 20/4/2023 của Ban Bí thư…") thousands of times.
 */
export function linkInterner(): (meta: LinkDocument['meta']) => LinkDocument['meta'] {
  const strings = new Map<string, string>();
  const cites = new Map<string, NonNullable<LinkDocument['meta']['cites']>[number]>();
  const str = (s: string | null) => {
    if (s === null) return null;
    const kept = strings.get(s);
    if (kept !== undefined) return kept;
    strings.set(s, s);
    return s;
  };
  const cite = (c: NonNullable<LinkDocument['meta']['cites']>[number]) => {
    const key = JSON.stringify(c);
    const kept = cites.get(key);
    if (kept) return kept;
    cites.set(key, c);
    return c;
  };
  return (meta) => ({
    number: meta.number, kind: str(meta.kind), issuer: str(meta.issuer), title: str(meta.title),
    ...(meta.cites ? { cites: meta.cites.map(cite) } : {}),
  });
}
