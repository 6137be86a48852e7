/**
 * Fingerprints of what the analysis gives, for proving a speed change changed nothing:
 * `tsx scripts/stage-identity.ts ROOT [N]` prints one SHA-256 per line for the checkout ROOT:
 * `analyze()` of the benchmark's N generated documents (JSON of the documents, whole), and the
 * whole `--format json` report of every run of test/support/report-digests.ts (the built-in
 * corpus, the seeds, ../shared/real), run from ROOT's sources. Run it on both checkouts and diff.
 * `--bench-only`: the benchmark's documents alone (a quick check while working).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { RUNS } from '../test/support/report-digests.ts';

const root = path.resolve(process.argv[2] ?? path.resolve(import.meta.dirname, '..'));
const n = Number(process.argv[3] ?? 1000);
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);
const { benchInputs } = await import(path.join(root, 'scripts/bench/setup.ts')) as typeof import('./bench/setup.ts');
const { analyze } = await import(path.join(root, 'src/core/analyze.ts')) as typeof import('../src/core/analyze.ts');
const { parseSources } = await import(path.join(root, 'src/core/corpus.ts')) as typeof import('../src/core/corpus.ts');

const { central, files } = benchInputs(n);
const decoder = new TextDecoder();
const docs = parseSources(files.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) })));
const a = analyze({ central, documents: docs });
console.log(`bench-${n} ${sha(JSON.stringify(a.documents))} ${sha(JSON.stringify(a.carriedBy))}`);
const tsx = path.join(root, 'node_modules/.bin/tsx');
for (const [run, args] of process.argv.includes('--bench-only') ? [] : Object.entries(RUNS)) {
  const r = spawnSync(tsx, [path.join(root, 'src/cli/analyze.ts'), '--format', 'json', '--quiet', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  console.log(`${run} ${r.status} ${sha(r.stdout)} ${r.stdout.length}`);
}
