/** Shared steps of the end-to-end tests. */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Where screenshots go (uploaded as test artifacts). */
export const ARTIFACTS = 'test/artifacts';

/**
 * Opens the app at `hash` and waits until the analysis has finished in the worker. A page already
 * showing the app (no query) moves by hash, as a link does: no reload, no new analysis.
 */
export async function openApp(page: Page, hash = '#/'): Promise<void> {
  const at = page.url().startsWith('http') ? new URL(page.url()) : null;
  if (at && at.pathname === '/' && at.search === '') await toHash(page, hash);
  else await page.goto(`/${hash}`);
  await expect(page.locator('main [role="status"]')).toHaveCount(0, { timeout: 30_000 });
}

/**
 * One page for the tests of a group, set up once by `setup`: the group runs in order in one
 * worker, and nothing resets the page between tests. Call inside `test.describe`; the returned
 * function gives the page in a test.
 */
export function sharedSetup(setup: (page: Page) => Promise<void>, timeout = 240_000): () => Page {
  let page: Page | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(timeout);
    // A context of its own, as the page fixture has (axe-core refuses a page from browser.newPage()).
    page = await (await browser.newContext()).newPage();
    await setup(page);
  });
  test.afterAll(async () => { await page?.context().close(); });
  return () => page!;
}

/**
 * One loaded app for the tests of a group that only read it (no import, no saved setting): the
 * app is loaded and the corpus analysed once; each test moves to its view by hash (`toHash`).
 */
export function sharedApp(): () => Page {
  return sharedSetup(openApp, 120_000);
}

/**
 * Moves the loaded app to `hash` as a link does (no reload, no new analysis) and resolves once the
 * app has had the hashchange and painted the view it routes to (a lazily loaded view may still be
 * loading: wait for what it shows).
 */
export async function toHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => new Promise<void>((resolve) => {
    const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    const before = window.location.hash;
    window.location.hash = h;
    // The hashchange event comes in a later task; none comes when the hash was already `h`.
    if (window.location.hash === before) painted();
    else window.addEventListener('hashchange', painted, { once: true });
  }), hash);
}

/**
 * Saves a screenshot to test/artifacts/<name>.png, and to extra paths (the README's docs/ images)
 * only when DOCS_SCREENSHOTS=1 (`npm run docs:screenshots`): a test run must not rewrite tracked
 * files, or every `npm test` left a clean clone dirty (the PNG bytes differ from run to run).
 */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean; also?: string[] } = {}): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  const buffer = await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: opts.fullPage ?? false });
  for (const path of process.env.DOCS_SCREENSHOTS === '1' ? opts.also ?? [] : []) {
    mkdirSync(path.replace(/\/[^/]+$/u, ''), { recursive: true });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, buffer);
  }
}

/**
 * The text of each page of a PDF the page printed, without white space: pdf.js splits Vietnamese
 * words into several text items, so the text is compared squeezed.
 */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { loadPdfjsNode } = await import('../../src/io/pdfjs-node.ts');
  const getDocument = await loadPdfjsNode();
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join('').replace(/\s+/gu, ''));
  }
  await doc.destroy();
  return pages;
}
