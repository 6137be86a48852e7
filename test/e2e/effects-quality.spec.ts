// Issues 10 and 12 in Chromium: what a change does (Quảng Ngãi 5-3 weakens KL 54's "nghiêm minh")
// and the damage of an imported real file, said on the documents page and in the pair view.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { openApp, shot } from './helpers.ts';
import { importFiles, openDocuments, waitAnalysed } from './import-steps.ts';

const DAMAGED = 'damage_dropped-letters_mttq-quang-ninh_HD.txt';
const damagedPath = join(import.meta.dirname, '..', '..', 'corpus', 'real', DAMAGED);

test.describe('effects and quality', () => {
  test('the pair view of Quảng Ngãi shows the weakening of 5-3 with "minh" highlighted; the effect filter works; the report lists it', async ({ page }) => {
    await openApp(page, '#/pair/1698-cv-tu');
    const local = page.getByTestId('pane-local');
    const clause = local.locator('[data-clause="5-3"]');
    await expect(clause).toHaveAttribute('data-cls', 'adapted');
    await expect(clause.locator('[data-effect="weakened"]')).toHaveText('Làm nhẹ');
    await clause.click();
    const detail = page.getByTestId('clause-detail');
    await expect(detail.locator('[data-code="FORCE_SOFTENED"]')).toContainText('“nghiêm minh” thành “nghiêm”: yêu cầu nhẹ hơn.');
    const mark = detail.locator('mark.diff-effect--weakened');
    await expect(mark).toHaveCount(1);
    await expect(mark.locator('del.diff-del [data-doc-text]')).toHaveText('minh');
    await expect(mark).toBeVisible();
    await shot(page, 'effects-pair', { also: ['docs/screenshot-effects-pair.png'] });

    // Only the weakened clauses stay bright; the filter is in the URL.
    await page.getByTestId('filter-effect').selectOption('weakened');
    await expect(page).toHaveURL(/f=weakened/u);
    await expect(local.locator('.clause:not(.is-dimmed)')).toHaveCount(2);
    await expect(clause).not.toHaveClass(/is-dimmed/u);
    await expect(local.locator('[data-clause="2-1"]')).toHaveClass(/is-dimmed/u);
    await page.getByTestId('filter-effect').selectOption('');
    await expect(local.locator('.clause.is-dimmed')).toHaveCount(0);

    await page.goto('/#/report');
    const section = page.getByTestId('report-doc').filter({ hasText: '1698-CV/TU' });
    await expect(section.getByTestId('report-weakened').locator('[data-clause="5-3"]')).toContainText('“nghiêm minh” thành “nghiêm”');

    await page.goto('/#/');
    await expect(page.locator('tr[data-doc="1698-cv-tu"] [data-testid="weakened-count"]')).toHaveText('2', { timeout: 30_000 });
    await page.getByTestId('heatmap-weakened').check();
    await expect(page.getByTestId('cell-1698-cv-tu-5-3')).toHaveClass(/hm-cell--weakened/u);
  });

  test('an imported file that lost its accents says so on the documents page and in its pair view', async ({ page }) => {
    await openDocuments(page);
    await importFiles(page, damagedPath);
    const entry = page.locator(`[data-testid="doc-entry"][data-source="${DAMAGED}"]`);
    const banner = entry.getByTestId('quality-banner');
    await expect(banner.locator('[data-problem="DROPPED_LETTERS"]')).toContainText('Văn bản mất dấu');
    await expect(banner).toContainText('Tỉ lệ nguyên văn có thể thấp hơn thực tế');
    await expect(page.getByTestId('import-item').getByTestId('quality-marker')).toContainText('Văn bản mất dấu');
    await entry.scrollIntoViewIfNeeded();
    await shot(page, 'quality-documents');
    // It does not cite KL 54: compare it anyway, then open the comparison.
    if ((await entry.getAttribute('data-role')) !== 'local') {
      await entry.getByTestId('include').check();
      await waitAnalysed(page);
      await expect(entry).toHaveAttribute('data-role', 'local');
    }
    await entry.getByRole('link', { name: /Xem đối chiếu/u }).click();
    await expect(page).toHaveURL(/#\/pair\//u);
    const pairBanner = page.getByTestId('quality-banner').filter({ hasText: 'Văn bản mất dấu' });
    await expect(pairBanner).toBeVisible({ timeout: 30_000 });
    await expect(pairBanner).toContainText('kết quả đối chiếu cần được đọc thận trọng');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'quality-pair', { also: ['docs/screenshot-quality.png'] });
    await page.goto(page.url().replace(/#\/pair\/([^?]+).*/u, '#/pair/$1?lang=en'));
    await expect(page.getByTestId('quality-banner').filter({ hasText: 'Accents lost' })).toBeVisible();
  });
});
