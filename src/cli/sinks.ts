/** The sink of each streamed format, and what each needs the batch to keep of a file. */
import { statsContext } from '../core/insight-stats.ts';
import type { Clause, ParsedDocument } from '../core/types.ts';
import type { Args } from './args.ts';
import { csvSink } from './csv-stream.ts';
import type { Emit } from './file-result.ts';
import { jsonSink } from './json-stream.ts';
import { ndjsonSink } from './ndjson.ts';
import { partialHeader, partialSink } from './partial.ts';
import { parquetSink } from './parquet-sink.ts';
import type { Output } from './output.ts';
import type { Sink } from './sink.ts';
import { wholeSink } from './whole-sink.ts';

/** What the run writes into: the central text, its clauses and its parents (provenance). */
export interface RunTarget {
  readonly central: ParsedDocument;
  readonly centralClauses: readonly Clause[];
  readonly parents: readonly ParsedDocument[];
}

/** What the batch keeps of each file for `args`' format (ndjson lines, report documents, with statistics for json). */
export function emitFor(args: Args): Emit {
  return args.format === 'ndjson' ? 'lines' : args.format === 'json' ? 'json' : args.format === 'partial' ? 'stats' : 'reports';
}

/** The sink writing `args.format` (json, csv, ndjson stream; md, totals and csv tables with --table or --lang are written at the end). */
export function sinkFor(args: Args, out: Output, t: RunTarget, say: (line: string) => void): Sink {
  if (args.format === 'ndjson') return ndjsonSink(out, t.central);
  if (args.format === 'partial') return partialSink(out, partialHeader(t.central, t.parents));
  if (args.format === 'parquet') return parquetSink(args.out!);
  if (args.format === 'json') return jsonSink(out, statsContext(t.central, t.centralClauses, t.parents), say);
  if (args.format === 'csv' && args.inspection.table !== 'documents' && !args.inspection.lang) return csvSink(out, t.central, t.centralClauses);
  return wholeSink(out, t.central, t.centralClauses, args);
}
