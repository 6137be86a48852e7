// `analyze` on a folder: a batch on worker threads, ndjson streaming, bad files skipped, progress on stderr.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.ts';
import type { Report } from '../src/core/report.ts';
import type { DocumentLine, ErrorLine } from '../src/cli/ndjson.ts';
import { createProgress } from '../src/cli/progress.ts';

const root = path.resolve(import.meta.dirname, '..');

const run = runCli;

let dir = '';
beforeAll(() => {
  // The seeds (one file holds the cover letter 652-CV/ĐU and KL 54 itself), a second copy of the
  // Lạng Sơn letter (same number: ids must still be unique) and a PNG renamed .txt.
  dir = mkdtempSync(path.join(tmpdir(), 'doichieu-batch-'));
  for (const f of readdirSync(path.join(root, 'corpus')).filter((n) => n.endsWith('.txt'))) copyFileSync(path.join(root, 'corpus', f), path.join(dir, f));
  copyFileSync(path.join(root, 'corpus/lang-son-1154-cv-tu.txt'), path.join(dir, 'lang-son-copy.txt'));
  copyFileSync(path.join(root, 'test/fixtures/png-renamed.txt'), path.join(dir, 'bad.txt'));
});
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

const FILES = 7;
const NUMBERS = ['1154-CV/TU', '1698-CV/TU', '21-KL/TW', '1154-CV/TU', null, '652-CV/ĐU'];

describe('analyze on a folder', () => {
  it('ndjson: one line per document as it finishes, an error line for the bad file, exit 2', async () => {
    const [nd, json] = await Promise.all([run('--format', 'ndjson', '--jobs', '2', dir), run('--format', 'json', '--jobs', '1', dir)]);
    expect(nd.status).toBe(2);
    const lines = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentLine | ErrorLine);
    const errors = lines.filter((l): l is ErrorLine => 'error' in l);
    const docs = lines.filter((l): l is DocumentLine => !('error' in l));
    expect(errors).toEqual([{ source: 'bad.txt', path: path.join(dir, 'bad.txt'), error: { code: 'BINARY_FILE', message: expect.stringMatching(/bad\.txt is not a text file/u) }, centralNumber: '54-KL/TW' }]);
    // Completion order, not input order; KL 54 is never analysed against itself.
    expect(docs.map((d) => d.number).sort()).toEqual([...NUMBERS].sort());
    expect(docs.every((d) => d.centralNumber === '54-KL/TW')).toBe(true);
    // Each document line is the report's document object plus the central text's number; ids are
    // numbered within a file only, so the copy of 1154-CV/TU keeps its own id here.
    const report = JSON.parse(json.stdout) as Report;
    for (const { centralNumber: _, ...d } of docs) {
      const r = report.documents.find((x) => x.source === d.source)!;
      expect({ ...d, id: r.id }).toEqual(r);
    }
    expect(docs.find((d) => d.source === 'lang-son-copy.txt')?.id).toBe('1154-cv-tu');
    expect(nd.stderr).toMatch(/^doichieu: bad\.txt is not a text file/mu);
    expect(nd.stderr).toMatch(new RegExp(`^doichieu: ${FILES}/${FILES} files, \\d+\\.\\d s$`, 'mu'));
    expect(nd.stderr).toMatch(new RegExp(`^doichieu: ${FILES} files, 6 documents, 1 failed, \\d+\\.\\d s \\(2 worker threads\\)$`, 'mu'));
    expect(nd.stdout).not.toMatch(/doichieu:/u);
  });

  it('json: one report in folder order, the same bytes with --jobs 2 as with --jobs 1', async () => {
    const [one, two] = await Promise.all([run('--jobs', '1', dir), run('--jobs', '2', dir)]);
    expect([one.status, two.status]).toEqual([2, 2]);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout) as Report;
    expect(report.schema).toBe('doichieu.report/1');
    expect(report.documents.map((d) => d.source)).toEqual(['kl-21-kl-tw.txt', 'lang-son-1154-cv-tu.txt', 'lang-son-copy.txt', 'quang-ngai-1698-cv-tu.txt', 'thanh-uy-003.txt', 'ttxvn-652-cv-du-and-kl-54.txt']);
    expect(report.documents.map((d) => d.id)).toEqual(['21-kl-tw', '1154-cv-tu', '1154-cv-tu-2', '1698-cv-tu', 'thanh-uy-003', '652-cv-đu']);
    expect(report.rules).toBeDefined();
    expect(report.provenance?.local.length).toBeGreaterThan(0);
    expect(two.stderr).toMatch(/^doichieu: bad\.txt is not a text file/mu);
    expect(two.stdout).not.toMatch(/doichieu:/u);
  });

  it('csv: one table with one header line; --quiet leaves only the failed file on stderr; one bad file alone', async () => {
    const [csv, single] = await Promise.all([run('--format', 'csv', '--quiet', dir), run('--format', 'ndjson', path.join(dir, 'bad.txt'))]);
    // One bad file alone: the single-file contract (exit 2, one line on stderr), and its ndjson error line.
    expect(single.status).toBe(2);
    expect(single.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^doichieu: bad\.txt is not a text file/u)]);
    expect((JSON.parse(single.stdout) as ErrorLine).error.code).toBe('BINARY_FILE');
    expect(csv.status).toBe(2);
    const lines = csv.stdout.split('\n');
    expect(lines.filter((l) => l.replace(/^\ufeff/u, '').startsWith('document,issuer,clause,')).length).toBe(1);
    expect(new Set(lines.slice(1).filter(Boolean).map((l) => l.split(',')[0]))).toEqual(new Set(['21-KL/TW', '1154-CV/TU', '1698-CV/TU', 'thanh-uy-003', '652-CV/ĐU']));
    expect(csv.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^doichieu: bad\.txt is not a text file/u)]);
  });
});

describe('progress', () => {
  const sink = (isTTY: boolean) => { const out: string[] = []; return { out, sink: { write: (t: string) => { out.push(t); }, isTTY } }; };
  it('writes a line at every tenth of the way to a log, then the summary', () => {
    let t = 0;
    const { out, sink: s } = sink(false);
    const p = createProgress(20, s, false, () => t);
    for (let i = 0; i < 20; i++) { t += 500; p.tick(); }
    p.finish('doichieu: done');
    expect(out).toHaveLength(11);
    expect(out[0]).toBe('doichieu: 2/20 files, 1.0 s\n');
    expect(out[9]).toBe('doichieu: 20/20 files, 10.0 s\n');
  });
  it('rewrites one line on a terminal and clears it before a note', () => {
    let t = 0;
    const { out, sink: s } = sink(true);
    const p = createProgress(3, s, false, () => t);
    t = 200; p.tick();
    p.note('doichieu: x.txt is empty');
    t = 400; p.tick(); t = 600; p.tick();
    p.finish('doichieu: 3 files');
    expect(out.join('')).toBe('\r\x1b[Kdoichieu: 1/3 files, 0.2 s\r\x1b[Kdoichieu: x.txt is empty\n\r\x1b[Kdoichieu: 2/3 files, 0.4 s\r\x1b[Kdoichieu: 3/3 files, 0.6 s\r\x1b[Kdoichieu: 3 files\n');
  });
  it('says nothing but notes when quiet', () => {
    const { out, sink: s } = sink(false);
    const p = createProgress(2, s, true);
    p.tick(); p.note('doichieu: bad'); p.tick(); p.finish('doichieu: 2 files');
    expect(out).toEqual(['doichieu: bad\n']);
  });
});
