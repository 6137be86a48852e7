/**
 * `npx tsx scripts/parse/identity.ts [OLD_ROOT]`: the parser's output must not change. Parses the
 * bench documents and issue 4's fuzzed documents and every real/seed file with the old tree's `parseSources` (default: a snapshot
 * of main at /tmp/parsefast-base) and this tree's, and compares JSON hashes document set by set,
 * and file by file. Exits 1 on any difference.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { SourceFile } from '../../src/core/corpus.ts';
import { parseSources } from '../../src/core/corpus.ts';
import { benchSources, fileSources, fuzzSources } from './inputs.ts';

type Parse = typeof parseSources;
const oldRoot = path.resolve(process.argv[2] ?? '/tmp/parsefast-base');
const old = (await import(path.join(oldRoot, 'src/core/corpus.ts'))) as { parseSources: Parse };

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
let bad = 0;
function compare(label: string, files: SourceFile[]): void {
  const a = JSON.stringify(old.parseSources(files));
  const b = JSON.stringify(parseSources(files));
  const same = a === b;
  if (!same) bad++;
  console.log(`${same ? 'same' : 'DIFF'} ${label}: ${files.length} files, ${hash(a)} ${hash(b)} (${b.length} chars)`);
}

compare('bench 1000', benchSources(1000));
compare('fuzz 3000', fuzzSources(3000));
const { files, refused } = await fileSources();
compare('all real/seed files together', files);
for (const f of files) {
  const a = JSON.stringify(old.parseSources([f]));
  if (a !== JSON.stringify(parseSources([f]))) { bad++; console.log(`DIFF ${f.name}`); }
}
console.log(`${files.length} files compared one by one${refused.length ? `; refused by the reader, parsed as UTF-8: ${refused.join(', ')}` : ''}`);
process.exit(bad ? 1 : 0);
