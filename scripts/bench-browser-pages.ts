/**
 * Every page of the app at the benchmark corpus's size (`npm run bench:browser -- --pages`): for each
 * page, the DOM elements it leaves in the document and the longest main-thread task (PerformanceObserver
 * `longtask`) from the hash change that opens it until the page has settled. One page load, the pages
 * opened in turn by changing the hash, as a user following the menu would.
 */
import type { Browser, Page } from 'playwright-core';
import { PERF } from '../src/state/perf-marks.ts';

const VIEWPORT = { width: 1440, height: 900 };
/** How long a page may take to settle before it is recorded as never settling (`--settle-s`). */
const settleArg = process.argv.indexOf('--settle-s');
const SETTLE_MS = (settleArg >= 0 ? Number(process.argv[settleArg + 1]) : 600) * 1000;

/** One page's figures. */
export interface PageFigure {
  readonly page: string;
  /** Elements in the document once the page has settled. */
  readonly nodes: number;
  /** Longest main-thread task while the page opened, ms (0: none over 50 ms). */
  readonly longest: number;
}

type Tasks = [number, number][];
const tasksSince = (page: Page, from: number): Promise<Tasks> =>
  page.evaluate((t0) => (window as unknown as { __longTasks: Tasks }).__longTasks.filter(([s]) => s >= t0), from);

/**
 * Waits until `selector` is in the document, nothing in `main` says it is busy, and no long task
 * started for `quietMs` (the page's lazy chunk, its first render, its layout and paint all done).
 */
async function settle(page: Page, selector: string, quietMs = 1500, timeout = SETTLE_MS): Promise<void> {
  await page.waitForSelector(selector, { timeout, state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"], main [role="status"]'), undefined, { timeout, polling: 100 });
  await page.waitForFunction((quiet) => {
    const w = window as unknown as { __longTasks: Tasks };
    const last = w.__longTasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
    return performance.now() - last > quiet;
  }, quietMs, { timeout, polling: 200 });
}

/** Opens `hash` in the running app and measures until `selector` has settled. */
async function measure(page: Page, label: string, hash: string, selector: string): Promise<PageFigure> {
  const t0 = await page.evaluate((h) => { const now = performance.now(); window.location.hash = h; return now; }, hash);
  await settle(page, selector);
  const tasks = await tasksSince(page, t0);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { page: label, nodes, longest: Math.max(0, ...tasks.map(([, d]) => d)) };
}

/** The figures of every page at `n` documents, plus the arrival of the insights (rules, citations, provenance). */
export async function benchmarkPages(browser: Browser, origin: string, n: number, log: (s: string) => void): Promise<PageFigure[]> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  });
  try {
    await page.goto(`${origin}/?bench=${n}#/`);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PERF.firstOverview, { timeout: 30 * 60_000, polling: 500 });
    const shown = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.duration, PERF.firstOverview);
    // The insights arrive from the worker after the overview: from then until they are ready.
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PERF.insightsReady, { timeout: 30 * 60_000, polling: 500 });
    await settle(page, '.page--overview');
    const ready = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, PERF.insightsReady);
    // The task that received them (the mark is set in it) and those in the second after (what re-renders).
    const arrival = (await tasksSince(page, shown)).filter(([s, d]) => (s <= ready && ready <= s + d) || (s >= ready && s <= ready + 1000));
    const out: PageFigure[] = [{ page: 'insights arrival', nodes: NaN, longest: Math.max(0, ...arrival.map(([, d]) => d)) }];
    const doc = decodeURIComponent(/#\/pair\/([^?]+)/u.exec(await page.locator('#documents a[href*="#/pair/"]').first().getAttribute('href') ?? '')?.[1] ?? '');
    const clause = await page.locator('[data-testid="heatmap"] tbody tr[data-clause]').first().getAttribute('data-clause');
    const pages: [string, string, string][] = [
      ['pair', `#/pair/${encodeURIComponent(doc)}`, '.page--pair [data-testid="pane-local"] .clause'],
      ['clause', `#/clause/${clause ?? ''}`, '.page--clause'],
      ['rules', '#/rules', '.page--rules #rules-table'],
      ['citations', '#/citations', '.page--citations [data-testid="citation-flags"]'],
      ['timeline', '#/timeline', '.page--timeline [data-testid="timeline-bars"]'],
      ['report', '#/report', '[data-testid="report-page"]'],
      ['tour', '#/tour', '.page--tour'],
      ['overview', '#/', '.page--overview #documents'],
    ];
    for (const [label, hash, selector] of pages) {
      log(`  ${label}…`);
      try {
        out.push(await measure(page, label, hash, selector));
      } catch (e) {
        // A page that never settles is a figure too; the next page waits for the main thread anyway.
        log(`  ${label} did not settle: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        out.push({ page: label, nodes: NaN, longest: Infinity });
      }
    }
    return out;
  } finally {
    await context.close();
  }
}

/** Prints the figures as a table against the goal (longest task < 200 ms). */
export function printPages(figures: readonly PageFigure[], n: number): void {
  const rows = figures.map((f) => [f.page, Number.isNaN(f.nodes) ? '—' : f.nodes.toLocaleString('en-US'),
    Number.isFinite(f.longest) ? `${f.longest.toFixed(0)} ms` : 'never settled', f.longest < 200 ? 'OK' : 'MISSED']);
  const head = ['page', 'DOM elements', 'longest task', '< 200 ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`\nEvery page at ${n.toLocaleString('en-US')} documents (opened in turn from the menu's links)`);
  console.log(`${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}
