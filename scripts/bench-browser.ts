/**
 * `npm run bench:browser` (after `npm run build`): the app's speed in Chromium, read from the
 * performance marks the app records (src/state/perf-marks.ts). Serves `dist/` on a free port,
 * drives /usr/bin/chromium, prints one table. Timings are printed, never asserted: the exit code is
 * non-zero only when the benchmark could not run.
 *
 * Then every page at 5,000 documents (scripts/bench-browser-pages.ts): DOM elements and longest
 * main-thread task per page. `--pages` runs that part only; `--no-pages` skips it.
 *
 *   npm run bench:browser [-- --n 1000 --pages-n 5000 --dist dist] [--pages | --no-pages]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from './static-server.ts';
import { benchmarkLoad, builtinPairs, firstOverview } from './bench-browser-steps.ts';
import { benchmarkPages, printPages } from './bench-browser-pages.ts';
import { PERF_GOALS } from '../src/state/perf-marks.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dist = path.resolve(arg('--dist') ?? 'dist');
const n = Number(arg('--n') ?? 1000);
const pagesN = Number(arg('--pages-n') ?? 5000);
const pagesOnly = process.argv.includes('--pages');
const withPages = !process.argv.includes('--no-pages');

interface Row { readonly label: string; readonly value: number | null; readonly unit: string; readonly goal: number; readonly issue: boolean }

const median = (xs: readonly number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const max = (xs: readonly number[]): number | null => (xs.length ? Math.max(...xs) : null);

function print(rows: readonly Row[]): void {
  const fmt = (v: number | null, unit: string) => (v === null ? 'n/a' : `${v.toFixed(v < 10 ? 1 : 0)} ${unit}`);
  const table = rows.map((r) => [r.label, fmt(r.value, r.unit), `< ${fmt(r.goal, r.unit)}${r.issue ? ' *' : ''}`,
    r.value === null ? '—' : r.value < r.goal ? 'OK' : 'MISSED']);
  const head = ['figure', 'value', 'goal', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of table) console.log(line(row));
  console.log('\n* goal from issue 6; the other goals are set here. Heap: the page\'s main thread after a full GC (the worker\'s is separate).');
}

async function main(): Promise<void> {
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`No build in ${dist}: run \`npm run build\` first (or pass --dist FOLDER).`);
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium).`);
    process.exit(1);
  }
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a whole number of documents, got ${arg('--n')}`);
  if (!Number.isInteger(pagesN) || pagesN < 1) throw new Error(`--pages-n must be a whole number of documents, got ${arg('--pages-n')}`);
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    console.log(`Serving ${dist} at ${server.origin}; Chromium ${browser.version()}`);
    if (!pagesOnly) await speed(browser, server.origin);
    if (withPages) {
      console.log(`every page at ${pagesN} documents (generated and analysed in the worker; may take minutes)…`);
      printPages(await benchmarkPages(browser, server.origin, pagesN, (s) => console.log(s)), pagesN);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The speed figures of issues 6 and 13: the built-in corpus, then the benchmark corpus of `--n` documents. */
async function speed(browser: Browser, origin: string): Promise<void> {
  console.log('built-in corpus: 5 fresh loads…');
  const first = await firstOverview(browser, origin, 5);
  console.log('built-in corpus: 10 pair openings, 20 clause clicks…');
  const pairs = await builtinPairs(browser, origin, 10, 20);
  console.log(`benchmark corpus: ${n} documents (generated and analysed in the worker; may take minutes)…`);
  const b = await benchmarkLoad(browser, origin, n);
  const N = n.toLocaleString('en-US');
  print([
    { label: 'first overview, built-in corpus (median of 5)', value: median(first), unit: 'ms', goal: 1500, issue: false },
    { label: 'clause click → counterpart highlighted (median of 20)', value: median(pairs.click), unit: 'ms', goal: PERF_GOALS.clauseHighlight, issue: true },
    { label: 'clause click → counterpart highlighted (max of 20)', value: max(pairs.click), unit: 'ms', goal: PERF_GOALS.clauseHighlight, issue: true },
    { label: 'open a pair (median of 10)', value: median(pairs.open), unit: 'ms', goal: PERF_GOALS.openPair, issue: true },
    { label: 'open a pair (max of 10, first one loads the view)', value: max(pairs.open), unit: 'ms', goal: PERF_GOALS.openPair, issue: true },
    { label: `${N} documents: time to overview`, value: b.total, unit: 'ms', goal: 60_000, issue: false },
    { label: `${N} documents: longest main-thread task during load`, value: b.longest, unit: 'ms', goal: 200, issue: false },
    { label: `${N} documents: JS heap after load`, value: b.heap, unit: 'MB', goal: 512, issue: false },
    { label: `${N} documents: sort click → painted`, value: b.sort, unit: 'ms', goal: 100, issue: false },
    { label: `${N} documents: open a pair`, value: b.open, unit: 'ms', goal: PERF_GOALS.openPair, issue: true },
    { label: `${N} documents: clause click → highlighted (median of 5)`, value: median(b.click), unit: 'ms', goal: PERF_GOALS.clauseHighlight, issue: true },
  ]);
  console.log(`(The ${N}-document overview showed ${b.documents} links to pairs in its table's first page.)`);
}

main().catch((e: unknown) => {
  console.error(`bench:browser could not run: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
