/** The `analyze` command spawned asynchronously, so the runs of a test overlap (stdout and stderr are pipes, not a terminal). */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'src/cli/analyze.ts');

/** What a run gave back. */
export interface Run { status: number | null; stdout: string; stderr: string }

/** Runs `analyze ARGS…` from the repository root. */
export const runCli = (...args: string[]) => new Promise<Run>((resolve, reject) => {
  const p = spawn(tsx, [cli, ...args], { cwd: root });
  let stdout = '', stderr = '';
  p.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
  p.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  p.on('error', reject);
  p.on('close', (status) => resolve({ status, stdout, stderr }));
});
