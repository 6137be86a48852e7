/**
 * `npm run bench:robust`: figures for hostile and broken input (issue 16); nothing is asserted,
 * budgets are printed beside the measurements.
 * 1. Long lines: the Lạng Sơn letter followed by one line of 1–20 million characters, in shapes
 *    that overflowed the stack or went quadratic before, each parsed in a fresh process (time, time
 *    per million characters, peak memory, and k in time ∝ length^k); the prose shape is also
 *    analysed against KL 54.
 * 2. Hostile files through `analyze` (built in a temporary folder): exit code, what it says, wall
 *    time and peak memory from /usr/bin/time (the reliability table of the README).
 * 3. Issue 4's 10,000 generated documents through parsing and analysis (scripts/bench/fuzz-documents.ts;
 *    the unit tests run 1,000 of them under a fixed seed): seed, counts, time, any counterexample.
 * `--quick`: lines of 1, 2 and 5 million characters only. `--lines` / `--files` / `--fuzz`: one part
 * only (`--fuzz --seed N` replays a seed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fuzzDocuments } from './bench/fuzz-documents.ts';
import { docxEntries, wordParagraph, zipBytes, type ZipEntry } from '../test/support/zip-writer.ts';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = ['lines', 'files', 'fuzz'].filter((p) => args.includes(`--${p}`));
const parts = only.length ? only : ['lines', 'files', 'fuzz'];
const seedAt = args.indexOf('--seed');

console.log(`Đối chiếu robustness benchmark — ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}\n`);

interface LineRun { chars: number; parseMs: number; analysisMs: number | null; insightsMs: number | null; maxRssMb: number }

/** k of y ∝ x^k, by least squares on log x, log y. */
function exponent(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log), ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b) / lx.length, my = ly.reduce((a, b) => a + b) / ly.length;
  const cov = lx.reduce((s, x, i) => s + (x - mx) * (ly[i]! - my), 0);
  return cov / lx.reduce((s, x) => s + (x - mx) ** 2, 0);
}

/** Part 1: fresh processes per shape and size. */
function longLines(): void {
  const sizes = quick ? [1, 2, 5] : [1, 2, 5, 10, 20];
  const shapes = ['prose', 'bold', 'item', 'capitals', 'open-tags', 'front-matter', 'sentences'];
  const BUDGET_MS_PER_M = 1000;
  console.log('Long lines: parse (and, for prose, the analysis and insights) of one line of N million characters');
  console.log(`Each figure is the faster of two runs, each in a fresh process. Budget: parse ≤ ${BUDGET_MS_PER_M} ms per million characters at every size,`);
  console.log('and time growing as (line length)^k with k ≤ 1.2 (least squares on the logarithms: 1 is linear, 2 quadratic)\n');
  console.log('shape          chars   parse ms   ms/M   analysis ms  insights ms  peak MB');
  let ok = true;
  for (const shape of shapes) {
    const times: number[] = [];
    for (const m of sizes) {
      const full = shape === 'prose' ? ['full'] : [];
      const once = () => JSON.parse(execFileSync(tsx, [path.join(root, 'scripts/bench/long-line.ts'), shape, String(m * 1e6), ...full],
        { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } })) as LineRun;
      const r = [once(), once()].reduce((a, b) => (b.parseMs < a.parseMs ? b : a));
      times.push(r.parseMs);
      ok &&= r.parseMs / m <= BUDGET_MS_PER_M;
      const f = (x: number | null) => (x === null ? '—' : x.toFixed(0)).padStart(12);
      console.log(`${shape.padEnd(13)} ${`${m}M`.padStart(6)} ${r.parseMs.toFixed(0).padStart(10)} ${(r.parseMs / m).toFixed(0).padStart(6)} ${f(r.analysisMs)} ${f(r.insightsMs)} ${r.maxRssMb.toFixed(0).padStart(8)}`);
    }
    const k = exponent(sizes, times);
    ok &&= k <= 1.2;
    console.log(`${''.padEnd(13)} time ∝ length^${k.toFixed(2)}`);
  }
  console.log(`\nbudget: ${ok ? 'met' : 'MISSED'}\n`);
}

/** Part 2: hostile files, built here. */
async function hostileFiles(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doichieu-bench-robust-'));
  const file = (name: string) => path.join(dir, name);
  const seed = fs.readFileSync(path.join(root, 'corpus/lang-son-1154-cv-tu.txt'));
  const text = seed.toString('utf8');
  const task6 = text.indexOf('6. ');
  fs.writeFileSync(file('formulas.txt'), `${text.slice(0, task6)}Các cấp ủy thực hiện các việc sau; =1+2; +cmd|' /C calc'!A0; -1+cmd|' /C calc'!A0; @SUM(A1:A9); đọc <script>alert(1)</script> và [bấm vào đây](javascript:alert(1)) để xem.\n\n${text.slice(task6)}`);
  const lead = wordParagraph('Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt một số nhiệm vụ sau:');
  const bomb = (mb: number) => zipBytes(docxEntries({ head: lead, chunk: '<w:p/>'.repeat(1000), times: Math.round(mb * 1e6 / 6000) }));
  fs.writeFileSync(file('bomb-60mb.docx'), await bomb(60));
  fs.writeFileSync(file('bomb-450mb.docx'), await bomb(450));
  fs.writeFileSync(file('bomb-1gb.docx'), await bomb(1000));
  const lying = docxEntries({ head: lead, chunk: '<w:p/>'.repeat(1000), times: 75_000 }).map((e): ZipEntry => (e.name === 'word/document.xml' ? { ...e, declaredSize: 4000 } : e));
  fs.writeFileSync(file('bomb-450mb-lying.docx'), await zipBytes(lying));
  fs.writeFileSync(file('parts-5000.docx'), await zipBytes([...docxEntries(lead), ...Array.from({ length: 5000 }, (_, i) => ({ name: `word/p${i}.xml`, data: '<a/>' }))]));
  fs.mkdirSync(file('batch'));
  fs.copyFileSync(path.join(root, 'corpus/lang-son-1154-cv-tu.txt'), file('batch/1-lang-son.txt'));
  fs.copyFileSync(file('bomb-60mb.docx'), file('batch/2-bomb.docx'));
  fs.copyFileSync(path.join(root, 'corpus/quang-ngai-1698-cv-tu.txt'), file('batch/3-quang-ngai.txt'));
  fs.writeFileSync(file('cut-7001.txt'), seed.subarray(0, 7001));
  const kinh = seed.indexOf(Buffer.from('Kính gửi'));
  fs.writeFileSync(file('stray-byte.txt'), Buffer.concat([seed.subarray(0, kinh), Buffer.from([0xff]), seed.subarray(kinh)]));
  fs.writeFileSync(file('text-200mb.txt'), 'TỈNH ỦY LẠNG SƠN\n');
  fs.truncateSync(file('text-200mb.txt'), 200 * 1024 * 1024);
  const pdf = fs.readFileSync(path.join(root, 'test/fixtures/quang-ngai.pdf'));
  let state = 42;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let k = 0; k < 2; k++) { // the second file of the seeded series of src/io/read-pdf.test.ts
    const flipped = Buffer.from(pdf);
    for (let i = 0; i < pdf.length * 0.002; i++) { const at = 16 + Math.floor(random() * (pdf.length - 16)); flipped[at] = flipped[at]! ^ (1 + Math.floor(random() * 255)); }
    fs.writeFileSync(file('flipped.pdf'), flipped);
  }
  const prose = text.replace(/\s+/gu, ' ');
  fs.writeFileSync(file('line-11m.txt'), `${text}\n\n${prose.repeat(Math.ceil(11e6 / prose.length)).slice(0, 11e6)}\n`);
  fs.writeFileSync(file('rlo.txt'), text.replace('TỈNH ỦY LẠNG SƠN', 'TỈNH ỦY \u202eLẠNG SƠN'));

  const cases: [string, string[]][] = [
    ['clauses starting =1+2, +cmd…, -1+cmd…, @SUM(…) (csv)', ['--format', 'csv', file('formulas.txt')]],
    ['a clause with <script> and a javascript: link (md)', ['--format', 'md', file('formulas.txt')]],
    ['.docx bomb, 60 MB of <w:p>', [file('bomb-60mb.docx')]],
    ['.docx bomb, 450 MB', [file('bomb-450mb.docx')]],
    ['.docx bomb, 1 GB', [file('bomb-1gb.docx')]],
    ['.docx bomb, 450 MB, directory declares 4 KB', [file('bomb-450mb-lying.docx')]],
    ['.docx of 5,003 zip parts', [file('parts-5000.docx')]],
    ['batch --jobs 1 --format csv: 2 good files + the 60 MB bomb', ['--jobs', '1', '--format', 'csv', '--quiet', file('batch')]],
    ['batch --jobs 2 --format csv: 2 good files + the 60 MB bomb', ['--jobs', '2', '--format', 'csv', '--quiet', file('batch')]],
    ['Lạng Sơn letter cut at byte 7001', ['--format', 'csv', file('cut-7001.txt')]],
    ['Lạng Sơn letter with one stray byte', ['--format', 'csv', file('stray-byte.txt')]],
    ['text file of 200 MB', [file('text-200mb.txt')]],
    ['PDF with 0.2 % of its bytes flipped', [file('flipped.pdf')]],
    ['a line of 11 million characters (json)', ['--format', 'json', file('line-11m.txt')]],
    ['a line of 11 million characters (csv)', ['--format', 'csv', file('line-11m.txt')]],
    ['right-to-left override in the issuer line', ['--format', 'ndjson', file('rlo.txt')]],
  ];
  const hasTime = fs.existsSync('/usr/bin/time');
  console.log(`Hostile files through analyze (wall time and peak resident memory${hasTime ? ' from /usr/bin/time' : ': /usr/bin/time missing, time only'})\n`);
  console.log('| input | exit | stderr (first line) | output | time | peak memory |');
  console.log('|---|---|---|---|---|---|');
  for (const [label, cliArgs] of cases) {
    const start = performance.now();
    const cmd = hasTime ? ['/usr/bin/time', ['-f', '@@%e %M', tsx, 'src/cli/analyze.ts', ...cliArgs]] as const : [tsx, ['src/cli/analyze.ts', ...cliArgs]] as const;
    const r = spawnSync(cmd[0], cmd[1], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    const wall = (performance.now() - start) / 1000;
    const timeLine = r.stderr.split('\n').find((l) => l.startsWith('@@'));
    const [secs, kb] = timeLine ? timeLine.slice(2).split(' ').map(Number) : [wall, NaN];
    const said = r.stderr.split('\n').filter((l) => l && !l.startsWith('@@') && !l.startsWith('Command exited'))[0] ?? '';
    const said1 = said.replace(dir + path.sep, '').replace(/\|/gu, '\\|');
    const out = r.stdout.length ? `${(r.stdout.length / 1024).toFixed(0)} KB` : '—';
    console.log(`| ${label} | ${r.status} | ${said1 || '—'} | ${out} | ${secs!.toFixed(1)} s | ${Number.isNaN(kb) ? '—' : `${(kb! / 1024).toFixed(0)} MB`} |`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (parts.includes('lines')) longLines();
if (parts.includes('files')) await hostileFiles();
if (parts.includes('fuzz') && !fuzzDocuments(10_000, seedAt >= 0 ? Number(args[seedAt + 1]) : undefined)) process.exitCode = 1;
