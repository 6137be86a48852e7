/**
 * CPU profiles of every page at the benchmark corpus's size, to find what a long task is made of
 * before changing code (`npx tsx scripts/profile-pages.ts --dist dist-prof [--n 5000] [--only clause,rules]`).
 * Build unminified for readable names: `npx vite build --minify false --outDir dist-prof`.
 * For each page: the longest busy stretch in the main thread's samples (no `(idle)` sample in it),
 * its functions by self time and by inclusive time.
 */
import path from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { serveStatic } from './static-server.ts';
import { PERF } from '../src/state/perf-marks.ts';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const dist = path.resolve(arg('--dist') ?? 'dist');
const n = Number(arg('--n') ?? 5000);
const only = arg('--only')?.split(',');
const TOP = Number(arg('--top') ?? 18);

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number }

/** The longest stretch of non-idle samples and its functions by self and inclusive time. */
function analyse(p: Profile): string {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const name = (x: Node) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber + 1}`;
  let best = [0, 0, 0]; let start = 0; let dur = 0;
  const dts = p.timeDeltas.slice(1).concat([0]);
  for (let i = 0; i < p.samples.length; i++) {
    const idle = byId.get(p.samples[i]!)!.callFrame.functionName === '(idle)';
    if (idle) { start = i + 1; dur = 0; continue; }
    dur += dts[i]!;
    if (dur > best[2]!) best = [start, i, dur];
  }
  const self = new Map<string, number>(); const incl = new Map<string, number>();
  for (let i = best[0]!; i <= best[1]!; i++) {
    const dt = dts[i]! / 1000;
    let id: number | undefined = p.samples[i]!;
    const seen = new Set<string>();
    self.set(name(byId.get(id)!), (self.get(name(byId.get(id)!)) ?? 0) + dt);
    while (id !== undefined) { const k = name(byId.get(id)!); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } id = parent.get(id); }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  return `  longest busy stretch ${(best[2]! / 1000).toFixed(0)} ms\n  self:\n${top(self)}\n  inclusive:\n${top(incl)}`;
}

async function profiled(cdp: CDPSession, run: () => Promise<void>): Promise<string> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: Profile };
  return analyse(profile);
}

async function main(): Promise<void> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' })).newPage();
    const cdp = await page.context().newCDPSession(page);
    const quiet = () => page.waitForTimeout(2500);
    await page.goto(`${server.origin}/?bench=${n}#/`);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, PERF.firstOverview, { timeout: 30 * 60_000, polling: 500 });
    console.log('insights arrival\n' + await profiled(cdp, async () => {
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, PERF.insightsReady, { timeout: 30 * 60_000, polling: 500 });
      await quiet();
    }));
    const doc = decodeURIComponent(/#\/pair\/([^?]+)/u.exec(await page.locator('#documents a[href*="#/pair/"]').first().getAttribute('href') ?? '')?.[1] ?? '');
    const clause = await page.locator('[data-testid="heatmap"] tbody tr[data-clause]').first().getAttribute('data-clause');
    const pages: [string, string, string][] = [
      ['pair', `#/pair/${encodeURIComponent(doc)}`, '.page--pair [data-testid="pane-local"] .clause'],
      ['clause', `#/clause/${clause ?? ''}`, '.page--clause'], ['rules', '#/rules', '.page--rules #rules-table'],
      ['citations', '#/citations', '.page--citations [data-testid="citation-flags"]'],
      ['timeline', '#/timeline', '.page--timeline [data-testid="timeline-bars"]'], ['report', '#/report', '[data-testid="report-page"]'],
      ['tour', '#/tour', '.page--tour'], ['overview', '#/', '.page--overview #documents'],
    ];
    for (const [label, hash, sel] of pages) {
      if (only && !only.includes(label)) continue;
      console.log(`${label}\n` + await profiled(cdp, async () => {
        await page.evaluate((h) => { window.location.hash = h; }, hash);
        await page.waitForSelector(sel, { timeout: 600_000, state: 'attached' });
        await quiet();
      }));
    }
  } finally { await browser.close(); await server.close(); }
}
void main();
