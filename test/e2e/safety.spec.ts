import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp } from './helpers.ts';
import { fixturePath, importFiles, openDocuments, resultOf, waitAnalysed } from './import-steps.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';

/** The Lạng Sơn letter with a task item holding a <script> and an <img onerror>. */
function hostile(): string {
  const seed = readFileSync(fixturePath('../../corpus/lang-son-1154-cv-tu.txt'), 'utf8');
  const text = seed.replace(/(\n- Ban Dân vận Tỉnh ủy chủ trì[^\n]*\n)/u,
    `$1\n- Các cơ quan báo cáo kết quả thực hiện ${SCRIPT} và cập nhật hình ảnh ${IMG} lên cổng thông tin điện tử của Tỉnh ủy.\n`);
  if (!text.includes(SCRIPT)) throw new Error('seed changed: no place for the hostile item');
  return text;
}

/** Collects CSP violations and dialogs from the page's start. */
async function watch(page: Page) {
  const violations: string[] = [];
  const dialogs: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  return { violations, dialogs };
}

test.describe('safety', () => {
  test('nothing a document brings is injected as HTML: names, metadata and text with <script> and onerror', async ({ page }) => {
    const { dialogs } = await watch(page);
    await openDocuments(page);
    await importFiles(page, { name: `${IMG}.txt`, mimeType: 'text/plain', buffer: Buffer.from(hostile()) });
    const r = resultOf(page, `${IMG}.txt`);
    await expect(r).toHaveAttribute('data-ok', 'true');
    await expect(r).toContainText(`Đã thêm: ${IMG}.txt`);
    const entry = page.locator(`[data-testid="doc-entry"][data-source="${IMG}.txt"]`);
    await expect(entry).toContainText(`Tệp: ${IMG}.txt`);
    // Metadata typed by the user is shown as typed, everywhere.
    await entry.getByTestId('edit').click();
    await entry.getByLabel('Cơ quan ban hành').fill(`Tỉnh ủy ${SCRIPT}`);
    await entry.getByTestId('meta-save').click();
    await waitAnalysed(page);
    await expect(entry).toContainText(`Tỉnh ủy ${SCRIPT}`);
    await page.goto('/#/');
    await expect(page.locator('tr[data-doc="1154-cv-tu-2"]')).toContainText(`Tỉnh ủy ${SCRIPT}`, { timeout: 30_000 });
    await page.goto('/#/pair/1154-cv-tu-2');
    await expect(page.getByTestId('pane-local').locator('.clause', { hasText: 'Các cơ quan báo cáo kết quả thực hiện' })).toHaveCount(1);
    await page.goto('/#/report');
    await expect(page.getByTestId('report-page')).toContainText(`Tỉnh ủy ${SCRIPT}`);
    expect(await page.locator('img[src="x"], main script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test('a clause holding <script> and <img onerror> shows those characters as text', async ({ page }) => {
    // Known gap, outside the app: the parser removes every HTML-looking tag as conversion damage
    // (src/core/parse-lines.ts, `.replace(/<\/?[a-z][^>]*>/giu, '')`), so the characters never
    // reach the page. Remove this line once the parser strips formatting tags only.
    const { dialogs } = await watch(page);
    await openDocuments(page);
    await importFiles(page, { name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile()) });
    await page.goto('/#/pair/1154-cv-tu-2');
    const clause = page.getByTestId('pane-local').locator('.clause', { hasText: 'Các cơ quan báo cáo kết quả thực hiện' });
    await expect(clause).toContainText(`thực hiện ${SCRIPT} và cập nhật hình ảnh ${IMG}`, { timeout: 5_000 });
    expect(dialogs).toEqual([]);
  });

  test('the Content-Security-Policy has no unsafe-eval and nothing it blocks is needed', async ({ page }) => {
    test.setTimeout(120_000);
    const { violations } = await watch(page);
    await openApp(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/object-src 'none'/u);
    expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Nghị quyết'))).toBe(true);
    // The policy is enforced on the page's own code: string evaluation and injected inline scripts are refused.
    await page.evaluate(() => {
      setTimeout('window.__evaluated = true', 0);
      const s = document.createElement('script');
      s.textContent = 'window.__inlined = true';
      document.head.append(s);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => [(window as unknown as { __evaluated?: boolean }).__evaluated ?? false, (window as unknown as { __inlined?: boolean }).__inlined ?? false])).toEqual([false, false]);
    expect(violations.some((v) => v.endsWith(' eval'))).toBe(true);
    expect(violations.some((v) => v.endsWith(' inline'))).toBe(true);
    violations.length = 0;
    // The worker, mammoth, pdf.js and its worker all run under it.
    await page.goto('/#/documents');
    await importFiles(page, [fixturePath('quang-ngai.docx'), fixturePath('quang-ngai.pdf')]);
    await expect(resultOf(page, 'quang-ngai.pdf')).toHaveAttribute('data-ok', 'true');
    await expect(resultOf(page, 'quang-ngai.docx')).toHaveAttribute('data-ok', 'true');
    await waitAnalysed(page);
    await page.goto('/#/report');
    await expect(page.getByTestId('report-doc')).toHaveCount(6);
    expect(violations).toEqual([]);
  });
});
