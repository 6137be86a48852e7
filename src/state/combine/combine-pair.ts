/**
 * Pair view model: the central text and one local document, each in its own structure
 * (unit → block → clause), every clause with its class and its counterpart ids. Pure.
 */
import type { Reason } from '../../core/reasons.ts';
import type { Analysis, BlockRow, Clause, DocumentAnalysis, ParsedDocument, Part } from '../../core/types.ts';
import type { Filter } from '../route/route.ts';
import { EFFECT_KINDS, type Effect, type EffectKind } from '../../core/effects.ts';

/** Class shown on a clause: local classes, `omitted` for central clauses the document skips, `none` when unclassed. */
export type PairClass = 'verbatim' | 'adapted' | 'added' | 'omitted' | 'none';
/** Which pane: the central text or the local document. */
export type Side = 'central' | 'local';

/** A clause as a pane shows it. */
export interface PaneClause {
  readonly id: string;
  readonly part: Part;
  readonly text: string;
  readonly cls: PairClass;
  /** Counterpart clause ids on the other side. */
  readonly links: readonly string[];
  readonly similarity: number;
  /** Why the clause has its class, as data (local clauses; worded by the interface). */
  readonly why: Reason | null;
  /** Kinds of what its change does, each once (a central clause: those of its carriers). */
  readonly effects: readonly EffectKind[];
  /** The answer on it is the reviewer's (issue 11), not the machine's. */
  readonly reviewed: boolean;
}

/** A paragraph or "-" sub-item. */
export interface PaneBlock {
  readonly index: number;
  /** A "-" sub-item. */
  readonly item: boolean;
  readonly clauses: readonly PaneClause[];
  /** Set when the block is a table row's content cell: the row's other cells (lead body, deadline…). */
  readonly row?: BlockRow;
}

/** A unit (task, assessment…) with its blocks. */
export interface PaneUnit {
  readonly key: string;
  readonly unit: string;
  readonly part: Part;
  readonly heading: string | null;
  readonly blocks: readonly PaneBlock[];
}

/** One side of the pair view. */
export interface Pane {
  readonly side: Side;
  readonly units: readonly PaneUnit[];
  /** Clause ids in reading order (keyboard navigation). */
  readonly order: readonly string[];
  readonly byId: ReadonlyMap<string, PaneClause>;
  readonly counts: Readonly<Record<PairClass, number>>;
}

/** Both sides of the pair view. */
export interface PairModel {
  readonly analysis: DocumentAnalysis;
  readonly central: Pane;
  readonly local: Pane;
}

/** Whether a clause passes the filter: its class, or one of its effects (`null`: everything passes). */
export function passesFilter(clause: { readonly cls: PairClass; readonly effects?: readonly EffectKind[] } | undefined, filter: Filter | null): boolean {
  if (filter === null) return true;
  if (!clause) return false;
  return clause.cls === filter || (clause.effects ?? []).includes(filter as EffectKind);
}

/** The kinds of `effects`, each once, in `EFFECT_KINDS` order. */
const kinds = (effects: readonly Effect[] | undefined): EffectKind[] => {
  const has = new Set((effects ?? []).map((e) => e.kind));
  return EFFECT_KINDS.filter((k) => has.has(k));
};

function buildPane(side: Side, doc: ParsedDocument, items: readonly { clause: Clause; info: Omit<PaneClause, 'id' | 'part' | 'text'> }[]): Pane {
  const units: { key: string; unit: string; part: Part; heading: string | null; blocks: { index: number; item: boolean; clauses: PaneClause[]; row?: BlockRow }[] }[] = [];
  const byId = new Map<string, PaneClause>();
  const counts: Record<PairClass, number> = { verbatim: 0, adapted: 0, added: 0, omitted: 0, none: 0 };
  for (const { clause, info } of items) {
    let unit = units.at(-1);
    if (!unit || unit.unit !== clause.unit || unit.part !== clause.part) {
      const heading = doc.blocks.find((b) => b.unit === clause.unit && b.heading)?.heading ?? null;
      unit = { key: `${clause.part}:${clause.unit}:${units.length}`, unit: clause.unit, part: clause.part, heading, blocks: [] };
      units.push(unit);
    }
    let block = unit.blocks.at(-1);
    if (!block || block.index !== clause.block) {
      const row = doc.blocks[clause.block]?.row;
      block = { index: clause.block, item: doc.blocks[clause.block]?.item ?? false, clauses: [], ...(row ? { row } : {}) };
      unit.blocks.push(block);
    }
    const pc: PaneClause = { id: clause.id, part: clause.part, text: clause.text, ...info };
    block.clauses.push(pc);
    byId.set(pc.id, pc);
    counts[pc.cls]++;
  }
  return { side, units, order: items.map((x) => x.clause.id), byId, counts };
}

/** The pair model of one local document, or `null` when the id is unknown. */
export function combinePair(a: Analysis, docId: string): PairModel | null {
  const d = a.documents.find((x) => x.doc.id === docId);
  if (!d) return null;
  const status = new Map(d.central.map((r) => [r.id, r]));
  const central = buildPane('central', a.central, a.centralClauses.map((clause) => {
    const r = status.get(clause.id);
    return { clause, info: { cls: r?.status ?? 'none', links: r?.by ?? [], similarity: r?.similarity ?? 0, why: null, effects: kinds(r?.effects), reviewed: Boolean(r?.review) } };
  }));
  const local = buildPane('local', d.doc, d.clauses.map((r) => ({
    clause: r.clause, info: { cls: r.class, links: r.central, similarity: r.similarity, why: r.why, effects: kinds(r.effects), reviewed: Boolean(r.review) },
  })));
  return { analysis: d, central, local };
}
