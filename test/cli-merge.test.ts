// Issue 14: shards of a run (`--format partial`) merged with `analyze merge` give exactly what one
// run over all the files gives — the JSON report (documents, provenance, rules, citations), the csv
// and the ndjson — for 200 generated files in 4 shards and for a chain of real documents split
// across shards (NQLT 102 → the Quảng Ninh guide → the Lương Minh plan).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { writeCorpus } from '../scripts/bench/write-corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
const real = (f: string) => path.resolve(root, '../shared/real', f);

const run = (...args: string[]) => runCli('--quiet', ...args);

let dir = '';
let files: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'doichieu-merge-'));
  files = writeCorpus(200, path.join(dir, 'docs'));
});
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

/** Writes each group of `groups` as a shard; returns the shard paths. */
async function shards(groups: readonly (readonly string[])[], extra: readonly string[] = []): Promise<string[]> {
  const out = groups.map((_g, k) => path.join(dir, `shard-${k}-${Math.random().toString(36).slice(2)}.partial`));
  const runs = await Promise.all(groups.map((g, k) => run(...extra, '--format', 'partial', '--jobs', '1', '--out', out[k]!, ...g)));
  for (const r of runs) expect(r.stderr).toBe('');
  return out;
}

describe('analyze merge', () => {
  it('gives what one run over the 200 files gives, in json, csv and ndjson', async () => {
    const parts = await shards([0, 1, 2, 3].map((k) => files.slice(50 * k, 50 * (k + 1))));
    const [json, csv, ndjson] = await Promise.all(['json', 'csv', 'ndjson'].map((f) => run('--format', f, '--jobs', '2', path.join(dir, 'docs'))));
    const merged = await Promise.all(['json', 'csv', 'ndjson'].map((f) => run('merge', '--format', f, ...parts)));
    for (const r of [json, csv, ndjson, ...merged]) expect(r?.status).toBe(0);
    const one = JSON.parse(json!.stdout) as Record<string, unknown>;
    const many = JSON.parse(merged[0]!.stdout) as Record<string, unknown>;
    // The corpus-wide parts first, so a failure names the part that differs.
    for (const k of ['provenance', 'rules', 'citations', 'documents', 'central']) expect(many[k], k).toEqual(one[k]);
    expect((one.documents as unknown[]).length).toBe(200);
    expect((one.rules as { rules: unknown[] }).rules.length).toBeGreaterThan(0);
    expect(merged[0]!.stdout).toBe(json!.stdout);
    expect(merged[1]!.stdout).toBe(csv!.stdout);
    expect(merged[2]!.stdout).toBe(ndjson!.stdout);
    // A merge of merges is the same merge (the statistics merge associatively).
    const pair = path.join(dir, 'first-half.partial');
    expect((await run('merge', '--format', 'partial', '--out', pair, parts[0]!, parts[1]!)).status).toBe(0);
    expect((await run('merge', '--format', 'json', pair, parts[2]!, parts[3]!)).stdout).toBe(json!.stdout);
  }, 600_000);

  it('compares a child with its parent when they are in different shards', async () => {
    const central = ['--central', real('nqlt102-central_102-2025-NQLT.txt')];
    const docs = [real('nqlt102-commune-other_mttq-luong-minh_KH-25-11-2025_cites-NQ101.txt'), real('nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt'),
      real('nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt')];
    const parts = await shards([docs.slice(0, 2), docs.slice(2)], central);
    const one = await run(...central, '--format', 'json', '--jobs', '1', ...docs);
    const merged = await run(...central, 'merge', '--format', 'json', ...parts);
    expect(merged.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as { documents: { parent?: string }[] };
    expect(report.documents.filter((d) => d.parent).length).toBeGreaterThan(0);
  }, 300_000);

  it('refuses a shard of another central text, and a file that is not a shard, in one line', async () => {
    const [part] = await shards([[real('nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt')]], ['--central', real('nqlt102-central_102-2025-NQLT.txt')]);
    const other = await run('merge', '--format', 'json', part!);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/^doichieu: .*another central text .*\n$/u);
    const notShard = await run('merge', '--format', 'csv', files[0]!);
    expect(notShard.status).toBe(2);
    expect(notShard.stderr).toMatch(/^doichieu: .*not .*partial.*\n$/u);
    expect(readFileSync(part!, 'utf8').split('\n')[0]).toContain('doichieu.partial/1');
  }, 300_000);
});
