/**
 * `--format partial` (issue 14): a shard of a run, for `analyze merge`. One JSON object per line:
 * a header naming the central text (number and a digest of its text and of its parents'), then one
 * line per input file in input order — its path, its error or its documents, each with its id as
 * parsed, its report document and its statistics (core/insight-stats.ts) and chain keys. Ids are
 * numbered and the corpus-wide part finished only by the merge, over every shard in order, so a
 * merge writes what one run over all the files writes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import type { ReportDocument } from '../core/report.ts';
import type { ParsedDocument } from '../core/types.ts';
import type { FileError } from './analyze-file.ts';
import type { DocExtras, FileResult } from './file-result.ts';
import type { Sink } from './sink.ts';
import { UsageError } from './args.ts';

export const PARTIAL_SCHEMA = 'doichieu.partial/1';

/** The first line of a shard. */
export interface PartialHeader {
  readonly schema: typeof PARTIAL_SCHEMA;
  readonly central: string | null;
  /** SHA-256 of the central text and its parents' texts: shards of different runs are not merged. */
  readonly digest: string;
}

/** A file of the shard. */
interface PartialFile {
  readonly path: string;
  readonly error: FileError | null;
  readonly docs: readonly { readonly id: string; readonly entry?: ReportDocument; readonly extras?: DocExtras }[];
}

/** The header of a shard of a run against `central` and its `parents`. */
export function partialHeader(central: ParsedDocument, parents: readonly ParsedDocument[]): PartialHeader {
  const h = createHash('sha256');
  for (const d of [central, ...parents]) h.update(d.text).update('\u0000');
  return { schema: PARTIAL_SCHEMA, central: central.meta.number, digest: h.digest('hex') };
}

/** Writes a shard: the header, then each file's line as it comes. */
export function partialSink(out: { readonly write: (text: string) => void }, header: PartialHeader): Sink {
  out.write(`${JSON.stringify(header)}\n`);
  return {
    file: (r) => {
      const line: PartialFile = {
        path: r.path, error: r.error,
        docs: r.reports.map((d, k) => (d.value ? { id: d.id, entry: d.value, extras: r.extras[k]! } : { id: d.id })),
      };
      out.write(`${JSON.stringify(line)}\n`);
    },
    end: async () => {},
  };
}

/** A shard that cannot be merged: the one line saying why. */
export class ShardError extends UsageError {}

/**
 * Reads the shard at `file` and passes each of its files, in order, to `onFile` as a batch's
 * result. Throws `ShardError` for a file that is not a shard of this central text.
 */
export async function readShard(file: string, expected: PartialHeader, onFile: (r: FileResult) => void): Promise<void> {
  let input: fs.ReadStream;
  try {
    fs.accessSync(file, fs.constants.R_OK);
    input = fs.createReadStream(file, 'utf8');
  } catch {
    throw new ShardError(`${file}: cannot read this shard (no such file or not readable)`);
  }
  let first = true, n = 0;
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line) continue;
    let v: unknown;
    try { v = JSON.parse(line); } catch { throw new ShardError(`${file}: line ${n} is not JSON: not a shard written with --format partial`); }
    if (first) {
      first = false;
      const h = v as Partial<PartialHeader>;
      if (h.schema !== PARTIAL_SCHEMA) throw new ShardError(`${file}: not a shard written with --format partial (no ${PARTIAL_SCHEMA} header)`);
      if (h.digest !== expected.digest) throw new ShardError(`${file}: this shard was analysed against another central text (${h.central ?? 'without number'}) than ${expected.central ?? 'this one'}: give the same --central as the shards`);
      continue;
    }
    const f = v as PartialFile;
    onFile({
      path: f.path, error: f.error, warnings: [], documents: f.docs.filter((d) => d.entry).length, analyses: [], lines: '', texts: [],
      reports: f.docs.map((d) => ({ id: d.id, value: d.entry ?? null })),
      extras: f.docs.map((d) => d.extras ?? null),
    });
  }
  if (first) throw new ShardError(`${file}: empty: not a shard written with --format partial`);
}
