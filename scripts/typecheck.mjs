#!/usr/bin/env node
/**
 * `npm run typecheck`: the four TypeScript projects (core, app, worker, node), each with its own
 * libraries, checked side by side instead of one after another. The node project (tests, scripts,
 * CLI: ~600 files) takes as long as the three others together, so on CI's two cores it runs in one
 * lane while core, app and worker share the other: about half the wall time of the serial chain,
 * with the same checks. Fails if any project fails; each project's output is printed whole, in order.
 *
 *   node scripts/typecheck.mjs [--jobs N]
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
/** Longest first, so that the short ones fill the other lanes. */
const PROJECTS = ['node', 'app', 'worker', 'core'];
const at = process.argv.indexOf('--jobs');
const jobs = at > 0 ? Number(process.argv[at + 1]) : Math.min(PROJECTS.length, os.availableParallelism());

/** Runs `tsc -p tsconfig.NAME.json`; resolves to its exit code and output. */
const check = (name) => new Promise((resolve) => {
  const started = performance.now();
  const p = spawn(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: root });
  let out = '';
  p.stdout.on('data', (b) => { out += b; });
  p.stderr.on('data', (b) => { out += b; });
  p.on('close', (code) => resolve({ name, code, out, secs: (performance.now() - started) / 1000 }));
});

const queue = [...PROJECTS];
const results = [];
await Promise.all(Array.from({ length: Math.max(1, jobs) }, async () => {
  for (let name = queue.shift(); name; name = queue.shift()) results.push(await check(name));
}));
let failed = false;
for (const name of PROJECTS) {
  const r = results.find((x) => x.name === name);
  process.stdout.write(r.out);
  console.log(`tsc -p tsconfig.${name}.json: ${r.code === 0 ? 'ok' : `exit ${r.code}`} (${r.secs.toFixed(1)} s)`);
  failed ||= r.code !== 0;
}
process.exit(failed ? 1 : 0);
