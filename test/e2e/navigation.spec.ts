import { expect, test } from '@playwright/test';
import { openApp, sharedApp } from './helpers.ts';

test.describe('navigation, links and language', () => {
  const app = sharedApp();
  test('a heat-map cell opens the pair at that clause', async () => {
    const page = app();
    await openApp(page);
    await page.getByTestId('cell-1698-cv-tu-3-2').click();
    await expect(page).toHaveURL(/#\/pair\/1698-cv-tu\?c=3-2/u);
    const central = page.getByTestId('pane-central').locator('[data-clause="3-2"]');
    await expect(central).toHaveAttribute('aria-pressed', 'true');
    await expect(central).toBeInViewport();
  });

  test('the language toggle switches the interface to English and back', async () => {
    const page = app();
    await openApp(page);
    await page.getByTestId('lang-toggle').click();
    await expect(page).toHaveURL(/lang=en/u);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Overview');
    await expect(page.getByTestId('document-table')).toContainText('Forwarding letter');
    await expect(page.getByTestId('document-table')).toContainText('Date unknown');
    await page.getByTestId('lang-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByTestId('document-table')).toContainText('Công văn chuyển tiếp');
  });

  test('reloading a copied link restores the view', async () => {
    const page = app();
    await openApp(page, '#/pair/1698-cv-tu?c=2-1&f=adapted&lang=en');
    const check = async () => {
      await expect(page.getByTestId('pane-central').locator('[data-clause="2-1"]')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('filter-adapted')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('filter-adapted')).toContainText('Only adapted');
      await expect(page.locator('.doc-tab[aria-current="page"]')).toContainText('Quảng Ngãi');
    };
    await check();
    const url = page.url();
    await page.reload();
    await check();
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.getByTestId('pane-central').locator('[data-clause="2-1"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('Back and Forward move between views', async () => {
    const page = app();
    await openApp(page);
    await page.getByRole('link', { name: /Tỉnh ủy Lạng Sơn/u }).click();
    await page.getByTestId('pane-central').locator('[data-clause="2-1"]').click();
    await expect(page).toHaveURL(/c=2-1/u);
    await page.goBack();
    await expect(page).toHaveURL(/#\/pair\/1154-cv-tu$/u);
    await page.goBack();
    await expect(page.getByTestId('document-table')).toBeVisible();
    await page.goForward();
    await expect(page.locator('.doc-tab[aria-current="page"]')).toContainText('Lạng Sơn');
  });

  test('the heat map is one tab stop; arrow keys move between cells and Enter opens the pair', async () => {
    const page = app();
    await openApp(page);
    const first = page.locator('.hm-cell[data-r="0"][data-c="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.hm-cell[data-r="1"][data-c="1"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/pair\/1154-cv-tu\?c=1-2/u);
  });
});
