/** Shared steps of the end-to-end tests. */
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Where screenshots go (uploaded as test artifacts). */
export const ARTIFACTS = 'test/artifacts';

/** Opens the app at `hash` and waits until the analysis has finished in the worker. */
export async function openApp(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator('main [role="status"]')).toHaveCount(0, { timeout: 30_000 });
}

/** Saves a screenshot to test/artifacts/<name>.png (and to extra paths, e.g. docs/). */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean; also?: string[] } = {}): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  const buffer = await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: opts.fullPage ?? false });
  for (const path of opts.also ?? []) {
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
