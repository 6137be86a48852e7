/**
 * The measurements of `npm run bench:browser`, each in a fresh browser context (empty storage):
 * they read the app's User Timing measures (src/state/perf-marks.ts), never a stopwatch around
 * Playwright's own actions, so the figures are what a user's browser records.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { PERF } from '../src/state/perf-marks.ts';

const VIEWPORT = { width: 1440, height: 900 };
const PAIR_LINK = '#documents a[href*="#/pair/"]';
const LOCAL_CLAUSE = '[data-testid="pane-local"] .clause';

/** Durations of the entries named `name` so far. */
const entries = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

/** Waits until there are `count` entries named `name`; returns the last one's duration. */
async function nth(page: Page, name: string, count: number, timeout = 30_000): Promise<number> {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n as string).length >= (c as number), [name, count], { timeout, polling: 50 });
  return (await entries(page, name))[count - 1]!;
}

async function fresh(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
  return { context, page: await context.newPage() };
}

/** Time to first overview on the built-in corpus, one figure per fresh load. */
export async function firstOverview(browser: Browser, origin: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await fresh(browser);
    await page.goto(`${origin}/#/`);
    out.push(await nth(page, PERF.firstOverview, 1));
    await context.close();
  }
  return out;
}

/** Opens pairs from the overview's table `opens` times, then clicks `clicks` clauses in the last one. */
async function pairs(page: Page, opens: number, clicks: number): Promise<{ open: number[]; click: number[] }> {
  const open: number[] = [];
  for (let i = 0; i < opens; i++) {
    await page.evaluate(() => { window.location.hash = '#/'; });
    const links = page.locator(PAIR_LINK);
    await links.first().waitFor();
    await links.nth(i % Math.min(4, await links.count())).click();
    open.push(await nth(page, PERF.openPair, i + 1));
  }
  const click: number[] = [];
  const clauses = page.locator(LOCAL_CLAUSE);
  await clauses.first().waitFor();
  const n = Math.min(clicks, await clauses.count());
  for (let i = 0; i < n; i++) {
    await clauses.nth(i).click();
    click.push(await nth(page, PERF.clauseHighlight, i + 1));
  }
  return { open, click };
}

/** Pair figures on the built-in corpus. */
export async function builtinPairs(browser: Browser, origin: string, opens: number, clicks: number) {
  const { context, page } = await fresh(browser);
  await page.goto(`${origin}/#/`);
  await nth(page, PERF.firstOverview, 1);
  const r = await pairs(page, opens, clicks);
  await context.close();
  return r;
}

/** Main-thread heap after a full garbage collection, in MB. */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/** Time from a click on the table's first sort button to the next painted frame, in the page. */
const sortClick = (page: Page): Promise<number | null> => page.evaluate(async () => {
  const button = document.querySelector<HTMLButtonElement>('#documents thead button');
  if (!button) return null;
  const t0 = performance.now();
  button.click();
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - t0;
});

/** The `n`-document benchmark corpus: load, longest main-thread task, heap, then the overview and a pair at that size. */
export async function benchmarkLoad(browser: Browser, origin: string, n: number) {
  const { context, page } = await fresh(browser);
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/?bench=${n}#/`);
  const total = await nth(page, PERF.firstOverview, 1, 30 * 60_000);
  // The overview's first layout and paint come right after its commit: count them in the load.
  await page.waitForTimeout(2000);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks);
  const longest = Math.max(0, ...tasks.filter(([start]) => start <= total + 2000).map(([, d]) => d));
  const heap = await heapMb(cdp);
  const documents = await page.locator(PAIR_LINK).count();
  const sort = await sortClick(page);
  const { open, click } = await pairs(page, 1, 5);
  await context.close();
  return { total, longest, heap, sort, open: open[0] ?? null, click, documents };
}
