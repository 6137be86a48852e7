/**
 * The overview with many documents (`?bench=60`): the table sorts and filters, pages with a count, the
 * heat map aggregates over the table's documents and still opens the pair view, the charts become
 * histograms. Checks behaviour, not speed (scripts/bench-browser.ts times it).
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { toHash } from './helpers.ts';

const N = 60;

async function openBench(page: Page): Promise<void> {
  await page.goto(`/?bench=${N}#/`);
  await expect(page.locator('main [role="status"]')).toHaveCount(0, { timeout: 120_000 });
  await expect(page.locator('#documents-title')).toContainText(`(${N})`);
}

/** The shared page back on the overview (from a pair view or the overview itself), its table shown. */
async function backToOverview(page: Page): Promise<void> {
  await toHash(page, '#/');
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByTestId('doc-count')).toBeVisible();
}

const table = (page: Page) => page.getByTestId('document-table');
const rows = (page: Page) => table(page).locator('tbody tr');

/** Omitted task clauses of each row on the page, read from the coverage bar's accessible name. */
async function omittedCounts(page: Page): Promise<number[]> {
  const labels = await rows(page).locator('.stackbar[role="img"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.map((l) => Number(/(\d+) không triển khai/u.exec(l)?.[1] ?? NaN));
}

const issuers = (page: Page) => rows(page).locator('.doc-table__name').allTextContents();
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();

test.describe(`overview with ${N} documents`, () => {
  // One generated corpus for the group: generating and analysing it is most of each test's time.
  // The tests run in this order on one page, each from the table state the one before left:
  // paging and sorting (ends sorted by issuer, on page 2); the charts (any order, no filter); the
  // heat map (its own sort resets the page and the heat map's columns; ends on a pair view); the
  // filters (from page 1, unfiltered; ends filtered); axe (sets its own filter and sort).
  test.describe.configure({ mode: 'serial' });
  let shared: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    shared = await (await browser.newContext()).newPage();
    await openBench(shared);
  });
  test.afterAll(async () => { await shared?.context().close(); });

  test('pages the table with a count, sorts by a column both ways, and keeps the sort after visiting a pair', async () => {
    const page = shared!;
    await backToOverview(page);
    await expect(page.getByTestId('doc-count')).toHaveText(`Hiển thị 1–50 / ${N} văn bản`);
    await expect(rows(page)).toHaveCount(50);
    const before = await omittedCounts(page);

    await table(page).locator('button[data-sort="omitted"]').click();
    await expect(table(page).locator('th.doc-table__coverage')).toHaveAttribute('aria-sort', 'descending');
    const desc = await omittedCounts(page);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBe(Math.max(...before, ...desc));
    expect(desc).not.toEqual(before);

    await table(page).getByRole('button', { name: /Cơ quan ban hành/u }).click();
    await expect(table(page).locator('th[aria-sort="ascending"]')).toContainText('Cơ quan ban hành');
    const az = await issuers(page);
    expect(az).toEqual([...az].sort((a, b) => a.localeCompare(b, 'vi')));
    await table(page).getByRole('button', { name: /Cơ quan ban hành/u }).click();
    await expect(table(page).locator('th[aria-sort="descending"]')).toContainText('Cơ quan ban hành');
    const za = await issuers(page);
    expect(za).toEqual([...za].sort((a, b) => b.localeCompare(a, 'vi')));

    await page.getByTestId('doc-pager-next').click();
    await expect(page.getByTestId('doc-count')).toHaveText(`Hiển thị 51–${N} / ${N} văn bản`);
    await expect(rows(page)).toHaveCount(N - 50);

    await rows(page).first().getByRole('link', { name: /Mở đối chiếu/u }).click();
    await expect(page).toHaveURL(/#\/pair\//u);
    await page.goBack();
    await expect(table(page).locator('th[aria-sort="descending"]')).toContainText('Cơ quan ban hành');
    await expect(page.getByTestId('doc-count')).toHaveText(`Hiển thị 51–${N} / ${N} văn bản`);
  });

  test('the charts become histograms with a table of their numbers', async () => {
    const page = shared!;
    await backToOverview(page);
    const charts = page.getByTestId('distribution-charts');
    await expect(charts.locator('#chart-tasks .recharts-bar-rectangle').first()).toBeVisible();
    await charts.locator('#chart-tasks summary').click();
    const cells = await charts.locator('#chart-tasks .chart-table tbody tr td:last-child').allTextContents();
    expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(N);
    await expect(page.getByTestId('timeline')).toContainText('trung vị');
  });

  test('the heat map aggregates every document, pages its columns, and a cell opens the pair at that clause', async () => {
    const page = shared!;
    await backToOverview(page);
    const heatmap = page.getByTestId('heatmap');
    await expect(heatmap).toHaveClass(/heatmap--large/u);
    await expect(heatmap.locator('.heatmap__dist-head')).toHaveText(`Triển khai trong ${N} văn bản`);
    const clauses = await heatmap.locator('tbody tr[data-clause]').count();
    await expect(heatmap.locator('.dist__bar[role="img"]')).toHaveCount(clauses);
    await expect(heatmap.locator('thead .heatmap__doc')).toHaveCount(20);
    await expect(page.getByTestId('heatmap-window')).toContainText(`Văn bản 1–20 / ${N}`);

    // On request, the clauses most documents omit come first.
    await page.getByTestId('heatmap-rank').click();
    await expect(page.getByTestId('heatmap-rank')).toHaveAttribute('aria-pressed', 'true');
    const shares = await heatmap.locator('.dist__value').allTextContents();
    const carried = shares.map((x) => Number(x.replace('%', '')));
    expect(carried.length).toBe(clauses);
    expect(carried[0]).toBe(Math.min(...carried));
    await page.getByTestId('heatmap-rank').click();

    // The columns follow the table's order.
    await table(page).locator('button[data-sort="omitted"]').click();
    const firstDoc = await rows(page).first().getAttribute('data-doc');
    await expect(heatmap.locator('thead .heatmap__doc').first().locator('a')).toHaveAttribute('href', `#/pair/${encodeURIComponent(firstDoc!)}`);

    await page.getByTestId('heatmap-next').click();
    await expect(page.getByTestId('heatmap-window')).toContainText(`Văn bản 21–40 / ${N}`);
    const cell = heatmap.locator('.hm-cell').nth(3);
    const target = await cell.getAttribute('href');
    expect(target).toMatch(/^#\/pair\/[^?]+\?c=[\w-]+$/u);
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`${target!.replace(/[?]/gu, '\\?')}$`, 'u'));
    const clause = /c=([\w-]+)/u.exec(target!)?.[1];
    await expect(page.getByTestId('pane-central').locator(`[data-clause="${clause}"]`)).toHaveAttribute('aria-pressed', 'true');
  });

  test('filters by a search typed without tone marks and by omitted tasks; every panel follows', async () => {
    const page = shared!;
    await backToOverview(page);
    const all = [...await issuers(page)];
    await page.getByTestId('doc-pager-next').click();
    all.push(...await issuers(page));
    expect(all).toHaveLength(N);
    // A place named by several documents, typed the way a keyboard without Vietnamese input gives it.
    const place = all[0]!.split(' ').slice(-2).join(' ');
    const term = fold(place);
    const expected = all.filter((name) => fold(name).includes(term)).length;
    expect(expected).toBeGreaterThan(0);

    await page.getByTestId('doc-search').fill(term);
    await expect(page.getByTestId('doc-count')).toContainText(`Hiển thị 1–${expected} / ${expected} văn bản khớp bộ lọc (trong ${N} văn bản)`);
    await expect(rows(page)).toHaveCount(expected);
    for (const name of await issuers(page)) expect(fold(name)).toContain(term);
    if (expected <= 12) await expect(page.getByTestId('heatmap').locator('thead .heatmap__doc')).toHaveCount(expected);
    else await expect(page.getByTestId('heatmap')).toContainText(`Triển khai trong ${expected} văn bản`);

    await page.getByTestId('doc-clear').click();
    await expect(page.getByTestId('doc-count')).toHaveText(`Hiển thị 1–50 / ${N} văn bản`);
    await page.getByTestId('doc-min-omitted').fill('5');
    await expect.poll(async () => (await omittedCounts(page)).every((n) => n >= 5)).toBe(true);
  });

  test('axe-core finds no serious or critical violation, filtered and sorted', async () => {
    const page = shared!;
    // axe over a 60-document overview: 44 s with one worker here, over the 60 s default beside a second one.
    test.setTimeout(180_000);
    await backToOverview(page);
    await page.getByTestId('doc-min-omitted').fill('2');
    await table(page).locator('button[data-sort="adapted"]').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});
