import { expect, test } from '@playwright/test';
import { openApp, sharedApp } from './helpers.ts';

const ASSET = 'Chỉ đạo thực hiện nghiêm việc kê khai tài sản, thu nhập';

test.describe('pair view', () => {
  const app = sharedApp();
  test('opening Lạng Sơn shows the asset-declaration clause as added', async () => {
    const page = app();
    await openApp(page);
    await page.getByRole('link', { name: /Tỉnh ủy Lạng Sơn/u }).click();
    await expect(page).toHaveURL(/#\/pair\/1154-cv-tu/u);
    const clause = page.getByTestId('pane-local').locator('.clause', { hasText: ASSET });
    await expect(clause).toHaveCount(1);
    await expect(clause).toHaveAttribute('data-cls', 'added');
    await expect(clause).toContainText('Bổ sung (địa phương)');
  });

  test('clicking central task 5’s first clause highlights its counterpart and shows the diff', async () => {
    const page = app();
    await openApp(page, '#/pair/1154-cv-tu');
    const central = page.getByTestId('pane-central').locator('[data-clause="5-1"]');
    await central.click();
    await expect(central).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/c=5-1/u);
    const counterpart = page.getByTestId('pane-local').locator('[data-clause="5-1"]');
    await expect(counterpart).toHaveClass(/is-linked/u);
    await expect(counterpart).toBeInViewport();
    const detail = page.getByTestId('clause-detail');
    await expect(detail).toContainText('Độ tương đồng');
    await expect(detail.locator('ins.diff-ins').first()).toContainText('Hướng dẫn số 05-HD/TU');
  });

  test('moves between clauses with the keyboard; Enter opens the counterpart', async () => {
    const page = app();
    await openApp(page, '#/pair/1154-cv-tu');
    const pane = page.getByTestId('pane-central');
    await pane.locator('[data-clause="4-3"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(pane.locator('[data-clause="5-1"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(pane.locator('[data-clause="5-1"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('pane-local').locator('[data-clause="5-1"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(pane.locator('[data-clause="5-1"]')).toHaveAttribute('aria-pressed', 'false');
  });

  test('filters to only added clauses, kept in the URL', async () => {
    const page = app();
    await openApp(page, '#/pair/1154-cv-tu');
    await page.getByTestId('filter-added').click();
    await expect(page).toHaveURL(/f=added/u);
    await expect(page.getByTestId('filter-added')).toHaveAttribute('aria-pressed', 'true');
    const local = page.getByTestId('pane-local');
    await expect(local.locator('.clause.is-dimmed[data-cls="added"]')).toHaveCount(0);
    await expect(local.locator('.clause[data-cls="verbatim"]').first()).toHaveClass(/is-dimmed/u);
  });

  test('scrolls the two texts in step', async () => {
    const page = app();
    await openApp(page, '#/pair/1154-cv-tu');
    const central = page.getByTestId('pane-central');
    const local = page.getByTestId('pane-local');
    await central.hover();
    await page.mouse.wheel(0, 2500);
    await expect.poll(() => local.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  });

  test('the clause view compares one clause across documents', async () => {
    const page = app();
    await openApp(page, '#/clause/5-1');
    await expect(page.locator('.central-clause__text')).toContainText('Tăng cường công tác kiểm tra');
    await expect(page.locator('.carrier')).toHaveCount(4);
    await expect(page.locator('.carrier[data-doc="1154-cv-tu"] ins.diff-ins').first()).toBeVisible();
    await page.getByTestId('clause-picker').selectOption('2-1');
    await expect(page).toHaveURL(/#\/clause\/2-1/u);
  });
});
