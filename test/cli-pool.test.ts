// The batch's worker pool (src/cli/pool.ts) with a stand-in worker: results in input order, each
// file exactly once, two files held per worker, and a worker that dies mid-file costs that file only.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runPool } from '../src/cli/pool.ts';
import type { FileResult } from '../src/cli/file-result.ts';
import type { WorkerSetup } from '../src/cli/batch-worker.ts';
import { loadBuiltin } from '../src/cli/load.ts';

const STAND_IN = path.resolve(import.meta.dirname, 'fixtures/pool/stand-in-worker.mjs');
const central = loadBuiltin().docs[0]!;
const setup: WorkerSetup = { central, centralClauses: [], emit: 'reports', parents: [] };

async function pool(paths: string[], jobs: number) {
  const seen: { index: number; result: FileResult }[] = [];
  let spawned = 0;
  await runPool(paths, jobs, setup, (index, result) => seen.push({ index, result }), () => { spawned++; return new Worker(STAND_IN); });
  return { seen, spawned };
}

describe('the batch worker pool', () => {
  it('gives every file once, in input order, when files finish out of order', async () => {
    const paths = Array.from({ length: 60 }, (_, i) => (i % 7 === 0 ? `slow-${i}` : `file-${i}`));
    const { seen, spawned } = await pool(paths, 3);
    expect(seen.map((s) => s.index)).toEqual(paths.map((_, i) => i));
    expect(seen.map((s) => s.result.lines)).toEqual(paths);
    expect(spawned).toBe(3);
  });
  it('a worker that dies turns only the file it was analysing into INTERNAL; the file queued behind it is analysed by another', async () => {
    const paths = ['a', 'b', 'crash-1', 'c', 'd', 'crash-2', 'e', 'f', 'g'];
    const { seen, spawned } = await pool(paths, 2);
    expect(seen.map((s) => s.index)).toEqual(paths.map((_, i) => i));
    const failed = seen.filter((s) => s.result.error);
    expect(failed.map((s) => [s.result.path, s.result.error!.code])).toEqual([['crash-1', 'INTERNAL'], ['crash-2', 'INTERNAL']]);
    expect(failed[0]!.result.error!.message).toMatch(/^crash-1: internal error: worker thread exited with code 7$/u);
    expect(seen.filter((s) => !s.result.error).map((s) => s.result.lines)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(spawned).toBe(4);
  });
  it('ends at once with no files', async () => {
    expect((await pool([], 2)).seen).toEqual([]);
  });
});
