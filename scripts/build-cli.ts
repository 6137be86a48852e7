/**
 * `npm run build:cli`: the command line compiled once to plain JavaScript (dist-cli/cli/*.mjs), for
 * runs that start the process many times — a GNU parallel or Slurm recipe over shards, and the CLI
 * tests — where compiling the TypeScript sources at every start (tsx, ~2 s of CPU, once more in each
 * worker thread) costs more than analysing a small shard. Packages stay imports of node_modules; the
 * bundle sits two folders below the repository, where `load.ts` finds the corpus as from src/cli.
 * `node dist-cli/cli/analyze.mjs ARGS` is `npm run analyze -- ARGS`.
 */
import { build, type Plugin } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** `natural`'s leaf modules are imported without an extension (src/core/nlp-adapter.ts), which bundlers
 * resolve but Node's ES loader does not: the compiled import names the file. */
const naturalLeaves: Plugin = {
  name: 'natural-leaves',
  setup(b) { b.onResolve({ filter: /^natural\/lib\// }, (a) => ({ path: a.path.endsWith('.js') ? a.path : `${a.path}.js`, external: true })); },
};
/** Builds the two entries (the command and its worker thread) into `outdir`; returns the command's path. */
export async function buildCli(outdir = path.join(root, 'dist-cli/cli')): Promise<string> {
  await build({
    entryPoints: { analyze: path.join(root, 'src/cli/analyze.ts'), 'batch-worker': path.join(root, 'src/cli/batch-worker.ts') },
    outdir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'warning', plugins: [naturalLeaves],
  });
  return path.join(outdir, 'analyze.mjs');
}

if (process.argv[1] === import.meta.filename) console.log(await buildCli());
