/**
 * The `analyze` command for the CLI tests: the compiled command (scripts/build-cli.ts, built once per
 * test run by test/support/global-setup.ts), so a run does not spend ~2 s of CPU compiling the
 * TypeScript sources in the process and again in each worker thread. test/cli.test.ts runs the
 * sources through tsx too, as `npm run analyze` does. Stdout and stderr are pipes, not a terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
/** The compiled command; its path is fixed so that `load.ts` finds the corpus two folders up. */
export const CLI = path.join(root, 'dist-cli/cli/analyze.mjs');

/** What a run gave back. */
export interface Run { status: number | null; stdout: string; stderr: string }

/** How to start a run: extra environment (merged into the test's), text on stdin. */
export interface RunOptions { readonly env?: Readonly<Record<string, string>>; readonly input?: string }

/** Runs `analyze ARGS…` from the repository root, asynchronously so that the runs of a test overlap. */
export const runCli = (...args: string[]) => runCliWith({}, ...args);

/** `runCli` with an environment or stdin. */
export const runCliWith = (opts: RunOptions, ...args: string[]) => new Promise<Run>((resolve, reject) => {
  const p = spawn(process.execPath, [CLI, ...args], { cwd: root, env: { ...process.env, ...opts.env } });
  let stdout = '', stderr = '';
  p.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
  p.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  p.on('error', reject);
  p.on('close', (status) => resolve({ status, stdout, stderr }));
  p.stdin.end(opts.input ?? '');
});

/** Runs `analyze ARGS…` and waits for it (for tests that read one run after another). */
export const runCliSync = (...args: string[]): Run => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
