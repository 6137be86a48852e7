/**
 * The offline build (`npm run build:offline` first): dist-offline/index.html opened from file://
 * in Chromium with every network request refused. It must analyse the corpus, show the fonts,
 * read .docx, .pdf and TCVN3 files, keep them in IndexedDB, and break no rule of its CSP.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixturePath, resultOf } from './import-steps.ts';

const FILE = resolve(import.meta.dirname, '..', '..', 'dist-offline', 'index.html');
const URL_ = `file://${FILE}`;

test.describe('offline single file', () => {
  test.skip(!existsSync(FILE), 'dist-offline/index.html missing: run `npm run build:offline` first');

  test('runs from file:// with no network: corpus, fonts, readers, storage, CSP', async ({ page }) => {
    test.setTimeout(120_000);
    const requests: string[] = [];
    const violations: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI.slice(0, 60)}`);
    }));

    await page.goto(URL_);
    await expect(page.getByTestId('document-table').locator('tbody tr')).toHaveCount(4, { timeout: 60_000 });
    await expect(page.locator('#central-title')).toContainText('54-KL/TW');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Nghị quyết'))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Be Vietnam Pro') && f.status === 'loaded'))).toBe(true);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).not.toContain('unsafe-eval');

    // The readers, on the page: .docx (mammoth), .pdf (pdf.js), a TCVN3 text file, a scan.
    await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
    await page.getByTestId('file-input').setInputFiles([
      fixturePath('quang-ngai.docx'), fixturePath('quang-ngai.pdf'), fixturePath('lang-son.vn3-ansi.txt'), fixturePath('scanned.pdf'),
    ]);
    await expect(page.getByTestId('import-item')).toHaveCount(4, { timeout: 60_000 });
    for (const name of ['quang-ngai.docx', 'quang-ngai.pdf']) await expect(resultOf(page, name)).toContainText('Công văn 1698-CV/TU');
    await expect(resultOf(page, 'lang-son.vn3-ansi.txt').getByTestId('converted')).toContainText('TCVN3');
    await expect(resultOf(page, 'scanned.pdf')).toHaveAttribute('data-code', 'NO_TEXT_LAYER');

    // Kept in IndexedDB: still there after a reload from file://.
    await page.reload();
    await expect(page.locator('[data-testid="doc-entry"][data-source="quang-ngai.pdf"]')).toHaveAttribute('data-role', 'local', { timeout: 60_000 });
    await page.goto(`${URL_}#/`);
    await expect(page.getByTestId('document-table').locator('tbody tr')).toHaveCount(7, { timeout: 60_000 });
    await page.goto(`${URL_}#/pair/1698-cv-tu-3`);
    await expect(page.getByTestId('pane-local').locator('.clause').first()).toBeVisible();

    expect(requests).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
