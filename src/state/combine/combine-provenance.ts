/**
 * Provenance as the views show it: the likely source of an added local clause in a parent document
 * (or "genuinely local"), and the lineage of a central clause that itself comes from a parent
 * (KL 21 → KL 54 → the documents that carry it). Pure.
 */
import type { Analysis, ProvenanceLink } from '../../core/types.ts';
import type { InsightsBundle, ParentDocument } from '../insights/insights-compute.ts';
import { carrierDocs, type CarrierDoc } from './combine-clause-across.ts';
import { tokenize } from '../../core/normalize.ts';
import { provenanceAt } from '../insights/insights-index.ts';

/** Where an added local clause comes from. */
export type LocalProvenance =
  | { readonly kind: 'source'; readonly link: ProvenanceLink; readonly parent: ParentDocument | null; readonly parents: readonly ParentDocument[] }
  | { readonly kind: 'local'; readonly parents: readonly ParentDocument[] };

/** The parent a provenance link names (by number, or by id for a parent without one). */
export function parentOf(bundle: InsightsBundle, link: ProvenanceLink): ParentDocument | null {
  return bundle.parents.find((p) => p.number === link.doc || p.id === link.doc) ?? null;
}

/** Provenance of a local clause; `null` when the clause is not an added clause the insights traced. */
export function localProvenance(bundle: InsightsBundle, doc: string, clause: string): LocalProvenance | null {
  const hit = provenanceAt(bundle.insights.provenance, doc, clause);
  if (!hit) return null;
  const parents = bundle.parents;
  return hit.source ? { kind: 'source', link: hit.source, parent: parentOf(bundle, hit.source), parents } : { kind: 'local', parents };
}

/** A local document in a lineage. */
export interface LineageCarrier extends CarrierDoc {
  /** Local clauses carrying the central clause. */
  readonly by: readonly string[];
}

/** Parent → central → local documents for one central clause. */
export interface Lineage {
  readonly link: ProvenanceLink;
  readonly parent: ParentDocument | null;
  readonly central: { readonly number: string | null; readonly kind: string | null; readonly date: string | null; readonly clause: string; readonly text: string };
  readonly carriers: readonly LineageCarrier[];
  /** Documents carrying it (verbatim or adapted). */
  readonly carried: number;
}

/** The lineage of a central clause, or `null` when no parent is its source. */
export function centralLineage(a: Analysis, bundle: InsightsBundle, clause: string): Lineage | null {
  const hit = bundle.insights.provenance.central.find((c) => c.clause === clause);
  const c = a.centralClauses.find((x) => x.id === clause);
  if (!hit || !c) return null;
  const carriers: LineageCarrier[] = carrierDocs(a, clause, (_d, r) => ({ by: r?.by ?? [] }));
  const m = a.central.meta;
  return {
    link: hit.source, parent: parentOf(bundle, hit.source),
    central: { number: m.number, kind: m.kind, date: m.date, clause, text: c.text },
    carriers, carried: carriers.filter((x) => x.status === 'verbatim' || x.status === 'adapted').length,
  };
}

/** Per local document: added clauses, how many have a source in a parent, how many are genuinely local. */
export function provenanceCounts(bundle: InsightsBundle, doc: string): { added: number; sourced: number; local: number } {
  const mine = bundle.insights.provenance.local.filter((l) => l.doc === doc);
  const sourced = mine.filter((l) => l.source).length;
  return { added: mine.length, sourced, local: mine.length - sourced };
}

/** A run of a parent clause's text, marked when it belongs to a phrase both clauses share. */
export interface SharedSegment {
  readonly text: string;
  readonly shared: boolean;
}

/**
 * Splits `text` into runs, marking the words that form one of the `shared` word pairs (normalized,
 * "thu nhập"), so a reader sees the evidence in place; also returns the shared phrases as written.
 */
export function highlightShared(text: string, shared: readonly string[]): { segments: SharedSegment[]; phrases: string[] } {
  const pairs = new Set(shared);
  const words = tokenize(text).filter((t) => t.word);
  const on = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i + 1 < words.length; i++) {
    if (pairs.has(`${words[i]!.norm} ${words[i + 1]!.norm}`)) { on[i] = true; on[i + 1] = true; }
  }
  const segments: SharedSegment[] = [];
  const phrases: string[] = [];
  let pos = 0;
  for (let i = 0; i < words.length; i++) {
    if (!on[i]) continue;
    let j = i;
    while (j + 1 < words.length && on[j + 1]) j++;
    const start = words[i]!.start, end = words[j]!.end;
    if (start > pos) segments.push({ text: text.slice(pos, start), shared: false });
    segments.push({ text: text.slice(start, end), shared: true });
    phrases.push(text.slice(start, end));
    pos = end;
    i = j;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), shared: false });
  return { segments, phrases };
}
