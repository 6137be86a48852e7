// `analyze` on hostile and broken input (issue 16): nothing executable out, nothing lost, no crash.
// Every hostile file is made here, in a temporary folder.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLine } from '../src/cli/ndjson.ts';
import { runCliWith } from './support/run-cli.ts';
import { docxEntries, wordParagraph, zipBytes } from './support/zip-writer.ts';

const root = path.resolve(import.meta.dirname, '..');
/** The CLI with V8's heap capped at 1 GB: a file that were inflated or read whole would end the process (exit 134). */
const run = (...args: string[]) => runCliWith({ env: { NODE_OPTIONS: '--max-old-space-size=1024' } }, ...args);

const SEED = readFileSync(path.join(root, 'corpus/lang-son-1154-cv-tu.txt'));
const PAYLOADS = ['=1+2', "+cmd|' /C calc'!A0", "-1+cmd|' /C calc'!A0", '@SUM(A1:A9)'];

let dir = '';
const file = (name: string) => path.join(dir, name);
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'doichieu-hostile-'));
  // A task of the Lạng Sơn letter whose semicolons put a formula at the start of four clauses,
  // and a clause quoting a script and a javascript: link.
  const text = SEED.toString('utf8');
  const at = text.indexOf('6. ');
  writeFileSync(file('cong-thuc.txt'), `${text.slice(0, at)}Các cấp ủy thực hiện các việc sau; ${PAYLOADS.join('; ')}; đọc <script>alert(1)</script> và [bấm vào đây](javascript:alert(1)) để xem.\n\n${text.slice(at)}`);
  // Decompression bombs: about 90 KB inflating to 60 MB of <w:p>, and 650 KB inflating to 450 MB.
  const lead = wordParagraph('Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt một số nhiệm vụ sau:');
  writeFileSync(file('bom-60.docx'), await zipBytes(docxEntries({ head: lead, chunk: '<w:p/>'.repeat(1000), times: 10_000 })));
  writeFileSync(file('bom-450.docx'), await zipBytes(docxEntries({ head: lead, chunk: '<w:p/>'.repeat(1000), times: 75_000 })));
  // A batch: two good letters and the bomb between them.
  mkdirSync(file('lo'));
  copyFileSync(path.join(root, 'corpus/lang-son-1154-cv-tu.txt'), file('lo/1-lang-son.txt'));
  copyFileSync(file('bom-60.docx'), file('lo/2-bom.docx'));
  copyFileSync(path.join(root, 'corpus/quang-ngai-1698-cv-tu.txt'), file('lo/3-quang-ngai.txt'));
  // The Lạng Sơn seed cut at byte 7001, inside "ề"; and with one stray byte before "Kính gửi".
  writeFileSync(file('cat.txt'), SEED.subarray(0, 7001));
  const kinh = SEED.indexOf(Buffer.from('Kính gửi'));
  writeFileSync(file('byte-la.txt'), Buffer.concat([SEED.subarray(0, kinh), Buffer.from([0xff]), SEED.subarray(kinh)]));
}, 30_000);
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('analyze: nothing executable in its output', () => {
  it('--format csv: no cell starts with =, +, -, @ (the four clauses are there, quoted)', async () => {
    const r = await run('--format', 'csv', file('cong-thuc.txt'));
    expect(r.status).toBe(0);
    const rows = Papa.parse<string[]>(r.stdout.replace(/^\ufeff/u, '').trim()).data;
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
    const local = rows.map((row) => row[9] ?? '');
    for (const p of PAYLOADS) expect(local).toContain(`'${p};`);
  });

  it('--format md: HTML escaped, the javascript: link dropped', async () => {
    const r = await run('--format', 'md', file('cong-thuc.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^- \[Nhiệm vụ 5, câu \d+\] đọc &lt;script&gt;alert\(1\)&lt;\/script&gt; và \[bấm vào đây\] để xem\./mu);
    expect(r.stdout).not.toMatch(/<script|javascript:/iu);
  });
});

describe('analyze: limits enforced while reading', () => {
  it.each([['bom-60.docx', '57.2 MB of XML'], ['bom-450.docx', '429.2 MB']])('%s: exit 2 and one line naming the file and the limit', async (name, size) => {
    const r = await run(file(name));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`doichieu: ${name} inflates to ${size}; Word documents over ${size.endsWith('XML') ? '20 MB of XML' : '100 MB'} inflated are refused`]);
    expect(r.stdout).toBe('');
  });

  it.each(['1', '2'])('a --jobs %s --format csv batch with a bomb between two good files writes both good files', async (jobs) => {
    const r = await run('--jobs', jobs, '--format', 'csv', '--quiet', file('lo'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('doichieu: 2-bom.docx inflates to 57.2 MB of XML; Word documents over 20 MB of XML inflated are refused');
    const documents = new Set(Papa.parse<{ document: string }>(r.stdout.replace(/^\ufeff/u, '').trim(), { header: true }).data.map((row) => row.document));
    expect([...documents]).toEqual(['1154-CV/TU', '1698-CV/TU']);
  });
});

describe('analyze: damaged UTF-8 is read as UTF-8, with a warning', () => {
  it.each([['cat.txt', 'cut at byte 7001'], ['byte-la.txt', 'one stray byte']])('%s (%s): number read, one warning line', async (name) => {
    const r = await run('--format', 'ndjson', file(name));
    expect(r.status).toBe(0);
    const [doc] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentLine);
    expect(doc).toMatchObject({ number: '1154-CV/TU', issuer: 'Tỉnh ủy Lạng Sơn', date: '2023-06-12' });
    expect(r.stderr).toBe(`doichieu: ${name}: 1 byte is not valid UTF-8; read as UTF-8 with U+FFFD (�) in its place\n`);
  });
});
