/**
 * Fingerprints of the `doichieu.report/1` JSON that `npm run analyze` writes, part by part, for
 * test/report-unchanged.test.ts: the built-in corpus, each seed, and every family of ../shared/real
 * (with its own central text, and all of it against KL 54). Fields added to the report since the
 * fingerprints were taken (`ADDED`) are left out, so the test proves the existing fields did not
 * change. A part is one SHA-256 of its canonical JSON: the central text, each document (by source
 * and id), provenance, rules, citations; a failing test names the parts that differ.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared');
const real = (f: string) => path.join(shared, 'real', f);

/** Report runs: name → the arguments of `analyze` after `--format json`. */
export const RUNS: Readonly<Record<string, readonly string[]>> = {
  corpus: [],
  'seed-000': [path.join(shared, 'seeds/000_7f29557a9ae7284d.txt')],
  'seed-001': [path.join(shared, 'seeds/001_84c014d27a31ff24.txt')],
  'seed-002': [path.join(shared, 'seeds/002_9ae54c1010a49905.txt')],
  'seed-003': [path.join(shared, 'seeds/003_9075f3a2eb5402b7.txt')],
  'seed-004': [path.join(shared, 'seeds/004_2db8125d1e88a77c.txt')],
  ct32: ['--central', real('ct32-central_32-CT-TTg_quoted-in-article.txt'), real('ct32-local_nghe-an_1026-KH-UBND.txt')],
  kl221: ['--central', real('kl221-central_221-KL-TW.txt'), real('kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt')],
  nqlt102: ['--central', real('nqlt102-central_102-2025-NQLT.txt'), real('nqlt102-commune-other_mttq-luong-minh_KH-25-11-2025_cites-NQ101.txt'),
    real('nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt'), real('nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt')],
  qd22: ['--central', real('qd22-central_22-2013-QD-TTg.txt'), real('qd22-local_tphcm_3210-QD-UBND_decision-with-attached-plan.txt')],
  'real-vs-kl54': [path.join(shared, 'real')],
};

/** Keys added to the report's objects after the fingerprints were taken: reasons and notes as data, a clause's origin and parent clauses and a document's parent and chain (issue 13). */
export const ADDED: ReadonlySet<string> = new Set(['why', 'noteCodes', 'origin', 'parentClauses', 'parent', 'chain']);

/** `v` without the added keys, at any depth. */
export function existingFields(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(existingFields);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).filter(([k]) => !ADDED.has(k)).map(([k, x]) => [k, existingFields(x)]));
}

const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 24);

interface ReportLike {
  readonly central: unknown;
  readonly documents: readonly { readonly source: string; readonly id: string }[];
  readonly provenance?: unknown;
  readonly rules?: unknown;
  readonly citations?: unknown;
}

/** Part name → fingerprint, for one report. */
export function fingerprints(report: ReportLike): Record<string, string> {
  const r = existingFields(report) as ReportLike;
  const out: Record<string, string> = { central: digest(r.central), documents: digest(r.documents.map((d) => `${d.source}#${d.id}`)) };
  for (const d of r.documents) out[`document ${d.source}#${d.id}`] = digest(d);
  for (const k of ['provenance', 'rules', 'citations'] as const) out[k] = digest(r[k] ?? null);
  return out;
}

/** Runs `analyze --format json` (the CLI at `cli`: this checkout's sources by default, or a compiled one) for each run, and fingerprints its report. */
export function reportFingerprints(cli = path.join(root, 'src/cli/analyze.ts')): Record<string, Record<string, string>> {
  // The sources run through tsx; a compiled command (scripts/build-cli.ts) through node.
  const runner = cli.endsWith('.ts') ? [path.join(root, 'node_modules/.bin/tsx'), cli] : [process.execPath, cli];
  const out: Record<string, Record<string, string>> = {};
  for (const [name, args] of Object.entries(RUNS)) {
    const run = spawnSync(runner[0]!, [...runner.slice(1), '--format', 'json', '--jobs', '1', '--quiet', ...args], { cwd: path.dirname(path.dirname(path.dirname(cli))), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (!run.stdout) throw new Error(`analyze ${name} wrote no report: ${run.stderr}`);
    out[name] = fingerprints(JSON.parse(run.stdout) as ReportLike);
  }
  return out;
}
