import { expect, test } from '@playwright/test';
import { openApp, sharedApp, shot } from './helpers.ts';

/** Screenshots of each view (test artifacts; the overview and pair ones also go to docs/ for the README). */
test.describe('screenshots', () => {
  const app = sharedApp();
  // Each shot from the same window and media as on a page of its own.
  test.beforeEach(async () => {
    await app().setViewportSize({ width: 1440, height: 900 });
    await app().emulateMedia({ media: 'screen' });
    await app().evaluate(() => window.scrollTo(0, 0));
  });

  test('overview', async () => {
    const page = app();
    await page.setViewportSize({ width: 1440, height: 1700 });
    await openApp(page);
    await expect(page.locator('#chart-tasks .recharts-bar-rectangle').first()).toBeVisible();
    await shot(page, 'overview', { also: ['docs/screenshot-overview.png'] });
    await shot(page, 'overview-full', { fullPage: true });
  });

  test('overview in English', async () => {
    const page = app();
    await openApp(page, '#/?lang=en');
    await expect(page.locator('#chart-tasks .recharts-bar-rectangle').first()).toBeVisible();
    await shot(page, 'overview-en', { fullPage: true });
  });

  test('pair view at central task 5, first clause', async () => {
    const page = app();
    // Not a full-page shot: the panes are sized to the window, so a tall window shows page and panes together.
    await page.setViewportSize({ width: 1440, height: 1350 });
    await openApp(page, '#/pair/1154-cv-tu?c=5-1');
    await expect(page.getByTestId('clause-detail')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'pair', { also: ['docs/screenshot-pair.png'] });
  });

  test('pair view filtered to added clauses, and print layout', async () => {
    const page = app();
    await openApp(page, '#/pair/1154-cv-tu?l=3-4&f=added');
    await expect(page.getByTestId('clause-detail')).toBeVisible();
    await shot(page, 'pair-added');
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'pair-print', { fullPage: true });
  });

  test('overview print layout', async () => {
    const page = app();
    await openApp(page);
    await expect(page.locator('#chart-tasks .recharts-bar-rectangle').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'overview-print', { fullPage: true });
  });

  test('clause view', async () => {
    const page = app();
    await openApp(page, '#/clause/5-1?d=1154-cv-tu');
    await shot(page, 'clause', { fullPage: true });
  });
});
