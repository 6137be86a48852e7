/**
 * `analyze merge --format json|csv|ndjson|md|totals|partial|parquet --out FILE SHARD…` (issue 14):
 * the shards written by `--format partial`, read in the order given, through the same sinks as a
 * run: ids numbered across all of them, the corpus-wide part finished from every document's
 * statistics. Shards of consecutive parts of a file list, merged in that order, give the bytes of
 * one run over the whole list; `--format partial` merges shards into a bigger shard (a tree of
 * merges gives the same as one).
 */
import type { Args } from './args.ts';
import type { Output } from './output.ts';
import { partialHeader, readShard } from './partial.ts';
import { sinkFor, type RunTarget } from './sinks.ts';

/** Merges the shards of `args.files`; resolves to the exit code a run over their files would have. */
export async function runMerge(args: Args, out: Output, t: RunTarget, say: (line: string) => void): Promise<number> {
  const sink = sinkFor(args, out, t, say);
  const header = partialHeader(t.central, t.parents);
  let files = 0, documents = 0, failed = 0, internal = 0;
  for (const shard of args.files) {
    await readShard(shard, header, (r) => {
      files++;
      documents += r.documents;
      if (r.error) {
        failed++;
        if (r.error.code === 'INTERNAL') internal++;
      }
      sink.file(r);
    });
  }
  await sink.end();
  if (!args.quiet) say(`doichieu: ${args.files.length} shards merged: ${files} files, ${documents} documents, ${failed} failed`);
  return internal ? 1 : failed ? 2 : 0;
}
