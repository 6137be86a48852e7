/**
 * `--format json` streamed (issue 14): `doichieu.report/1` written as the documents come, in input
 * order — the head and central text, each document of the `documents` array as soon as it may be
 * written, then the corpus-wide part (provenance, rules, citations) finished from the documents'
 * statistics, which wait in compact form and on disk (insight-spool.ts). The bytes are those of
 * `JSON.stringify(report, null, 2)`.
 * A document that may implement another analysed document waits, with every document after it, in
 * a file on disk until the run's chains are known (chain-links.ts).
 */
import type { StatsContext } from '../core/insight-stats.ts';
import type { Output } from './output.ts';
import { reportOf } from './report-parts.ts';
import { chainedEntries, linkInterner, mayBeChild, type LinkEntry } from './chain-links.ts';
import { insightSpool } from './insight-spool.ts';
import { chunked } from './json-pieces.ts';
import { indented, numbered, runIds, type Sink } from './sink.ts';
import { openSpool, type Spool } from './spool.ts';

/** The json writer of a run against `ctx`; `say` carries the one stderr line of a chain it cannot stream. */
export function jsonSink(out: Output, ctx: StatsContext, say: (line: string) => void): Sink {
  const next = runIds();
  const insights = insightSpool(ctx);
  const shared = linkInterner();
  const links: LinkEntry[] = [];
  const direct = new Set<string>();
  let count = 0, headDone = false;
  let spool: Spool | null = null;
  const head = () => {
    if (headDone) return;
    headDone = true;
    const { schema, central } = reportOf(ctx.central, ctx.centralClauses, []);
    out.write(`{\n  "schema": ${JSON.stringify(schema)},\n  "central": ${indented(central, 1)},\n  "documents": [`);
  };
  const writeDoc = (text: string) => { head(); out.write(`${count++ ? ',' : ''}\n    ${text}`); };
  return {
    file: (result) => {
      for (const { entry, at } of numbered(result.reports, next)) {
        const extras = result.extras[at]!;
        insights.add(entry.id, extras.stats);
        links.push({ id: entry.id, meta: shared(extras.link), path: result.path, at });
        if (!spool && mayBeChild(extras.link, ctx.central)) spool = openSpool();
        if (spool) spool.put(entry.id, indented(entry, 2));
        else { writeDoc(indented(entry, 2)); direct.add(entry.id); }
      }
    },
    end: async () => {
      const chained = links.length ? await chainedEntries(links, ctx.central, ctx.centralClauses) : new Map();
      for (const id of chained.keys()) if (direct.has(id)) say(`doichieu: ${id} implements a document analysed after it (another version of the central text); its comparison with that parent is not in this streamed report`);
      for (const { key, text } of spool?.drain() ?? []) {
        const fixed = chained.get(key);
        writeDoc(fixed ? indented(fixed, 2) : text);
      }
      head();
      out.write(`${count ? '\n  ' : ''}],\n  `);
      const pieces = chunked(out.write);
      insights.write(pieces.write);
      pieces.flush();
      out.write('\n}\n');
    },
  };
}
