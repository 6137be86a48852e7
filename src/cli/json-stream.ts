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
import { indented, runIds, type Sink } from './sink.ts';
import type { FileResult } from './file-result.ts';
import { renameReport } from './unique-ids.ts';
import type { ReportDocument } from '../core/report.ts';
import { openSpool, type Spool } from './spool.ts';

/** The json writer of a run against `ctx`; `say` carries the one stderr line of a chain it cannot stream. */
export function jsonSink(out: Output, ctx: StatsContext, say: (line: string) => void): Sink {
  const next = runIds();
  const insights = insightSpool(ctx);
  // Every document's link words wait on disk too, read back at the end when the workers are gone:
  // a heap snapshot of the main thread at 23,000 files found them 4 MB of the 22 MB the run held
  // for its documents, in a heap V8 lets grow to several times what it holds.
  const links = openSpool();
  const direct = new Set<string>();
  let count = 0, headDone = false;
  let spool: Spool | null = null;
  const head = () => {
    if (headDone) return;
    headDone = true;
    const { schema, central } = reportOf(ctx.central, ctx.centralClauses, []);
    out.write(`{\n  "schema": ${JSON.stringify(schema)},\n  "central": ${indented(central, 1)},\n  "documents": [`);
  };
  const writeDoc = (text: string | Uint8Array) => {
    head();
    out.write(`${count++ ? ',' : ''}\n    `);
    if (typeof text === 'string') out.write(text); else out.writeBytes(text);
  };
  return {
    file: (result) => {
      for (const { id, text, at } of entryTexts(result, next)) {
        const extras = result.extras[at]!;
        insights.add(id, extras.stats);
        links.put(id, JSON.stringify([extras.link, result.path, at]));
        if (!spool && mayBeChild(extras.link, ctx.central)) spool = openSpool();
        if (spool) spool.put(id, text);
        else { writeDoc(text); direct.add(id); }
      }
    },
    end: async () => {
      const chained = await chainedEntries(readLinks(links), ctx.central, ctx.centralClauses);
      for (const id of chained.keys()) if (direct.has(id)) say(`doichieu: ${id} implements a document analysed after it (another version of the central text); its comparison with that parent is not in this streamed report`);
      for (const { key, bytes } of spool?.drain() ?? []) {
        const fixed = chained.get(key);
        writeDoc(fixed ? indented(fixed, 2) : bytes);
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

/**
 * The analysed documents of `result` under their run-wide ids, each as the bytes of its entry:
 * written by the worker (`texts`), or from the report objects of a shard being merged. A document
 * renamed in the run (the second "54-KL/TW" of a run) is read back and written under its new id.
 */
function* entryTexts(result: FileResult, next: (id: string) => string): Generator<{ id: string; text: Uint8Array; at: number }> {
  const docs = result.texts.length ? result.texts : result.reports.map((d) => ({ id: d.id, value: d.value && encoder.encode(indented(d.value, 2)) }));
  for (const [at, d] of docs.entries()) {
    const id = next(d.id);
    if (!d.value) continue;
    const text = id === d.id ? d.value : encoder.encode(indented(renameReport(JSON.parse(decoder.decode(d.value)) as ReportDocument, id), 2));
    yield { id, text, at };
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The link entries of the run, in run order, their titles and citations shared (`linkInterner`). */
function readLinks(links: Spool): LinkEntry[] {
  const shared = linkInterner();
  const out: LinkEntry[] = [];
  for (const { key, bytes } of links.drain()) {
    const [meta, path, at] = JSON.parse(bytes.toString('utf8')) as [LinkEntry['meta'], string, number];
    out.push({ id: key, meta: shared(meta), path, at });
  }
  return out;
}
