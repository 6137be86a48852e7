/**
 * json's corpus-wide part over a collection of any size (issue 14). Every document's statistics
 * (core/insight-stats.ts) used to stay in memory until the end: 100,000 generated files took 4.4 GB.
 * Now only what decides the report across documents stays, in compact form:
 * - the provenance pair counts (bounded by the parents' word pairs);
 * - the substitution counts (core/rule-counts.ts: two integers an occurrence);
 * - the citations the consistency check reads, each distinct one kept once.
 * What a document contributes only for itself (its added clauses' candidate sources, its localized
 * clauses, its citation entry, which of the distinct citations it holds) waits on disk, and the
 * part is written from there piece by piece, byte for byte what `finishInsights` and
 * `JSON.stringify(…, null, 2)` give.
 */
import type { StatsContext, DocStats } from '../core/insight-stats.ts';
import type { CitationFacts } from '../core/citation-flags.ts';
import type { DocProvenance } from '../core/provenance.ts';
import type { DocRules } from '../core/rules.ts';
import type { DocCitations } from '../core/citation-report.ts';
import { addPairCounts, centralProvenance, parentNames, provenanceLinker } from '../core/provenance.ts';
import { involvesLevel } from '../core/rules.ts';
import { countRules, keptRules, ruleCounts, sortedRules } from '../core/rule-counts.ts';
import { centralCitations, finishCitationFlags } from '../core/citation-report.ts';
import { openSpool } from './spool.ts';
import { writeObject } from './json-pieces.ts';

/** Statistics added in run order (`add`), then written once as the report's last three members (`write`). */
export interface InsightSpool {
  readonly add: (id: string, stats: DocStats) => void;
  /** Writes `"provenance": …,\n  "rules": …,\n  "citations": …` as members of the report object. */
  readonly write: (write: (s: string) => void) => void;
}

/** A spool for a run against `ctx`; its temporary files are removed once written. */
export function insightSpool(ctx: StatsContext): InsightSpool {
  const pairs = new Map<string, number>();
  const rules = ruleCounts();
  const distinct = new Map<string, number>();
  const facts: CitationFacts[] = [];
  const added = openSpool(), localized = openSpool(), entries = openSpool(), cited = openSpool();
  /** The citation's index among the distinct ones. */
  const once = (c: CitationFacts) => {
    const key = JSON.stringify(c);
    let k = distinct.get(key);
    if (k === undefined) {
      distinct.set(key, k = facts.length);
      facts.push(c);
    }
    return k;
  };
  const read = <T>(spool: ReturnType<typeof openSpool>) => function* () {
    for (const { key, bytes } of spool.drain()) yield { id: key, value: JSON.parse(bytes.toString('utf8')) as T };
  };
  return {
    add: (id, stats) => {
      if (stats.provenance) {
        addPairCounts(pairs, stats.provenance.pairs);
        if (stats.provenance.added.length) added.put(id, JSON.stringify(stats.provenance.added));
      }
      countRules(rules, id, stats.rules);
      if (stats.rules.localized.length) localized.put(id, JSON.stringify(stats.rules.localized));
      if (stats.citations.all.length) cited.put(id, JSON.stringify(stats.citations.all.map(once)));
      entries.put(id, JSON.stringify(stats.citations.entry));
    },
    write: (write) => {
      const link = ctx.provenance ? provenanceLinker(ctx.provenance, pairs) : null;
      write('"provenance": ');
      writeObject(write, [
        ['parents', parentNames(ctx.provenance)],
        ['local', (function* () {
          for (const d of read<DocProvenance['added']>(added)()) for (const a of d.value) yield { doc: d.id, clause: a.clause, source: link!(a) };
        })(), 'items'],
        ['central', ctx.provenance ? centralProvenance(ctx.provenance, ctx.centralClauses, link!) : []],
      ], 1);
      const kept = keptRules(rules, involvesLevel);
      write(',\n  "rules": ');
      writeObject(write, [
        ['rules', sortedRules(rules, kept), 'items'],
        ['localized', (function* () {
          for (const d of read<DocRules['localized']>(localized)()) {
            for (const c of d.value) if (c.rules.every((id) => kept.has(id))) yield { doc: d.id, clause: c.clause, rules: c.rules };
          }
        })(), 'items'],
      ], 1);
      const held = [...read<number[]>(cited)()].map((d) => ({ id: d.id, all: d.value.map((k) => facts[k]!) }));
      const flags = finishCitationFlags(ctx.citations, ctx.central, ctx.parents, held);
      write(',\n  "citations": ');
      writeObject(write, [
        ['central', centralCitations(ctx.citations)],
        ['documents', (function* () {
          for (const d of read<DocCitations['entry']>(entries)()) yield { doc: d.id, ...d.value };
        })(), 'items'],
        ['flags', flags],
      ], 1);
    },
  };
}
