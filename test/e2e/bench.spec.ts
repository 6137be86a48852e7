/**
 * The benchmark corpus in the app (`?bench=N`): generated and analysed in the worker behind a
 * progress bar, marked in the header, never touching the user's saved workspace, and left by one
 * link. N is kept small: this checks the path, not the speed (scripts/bench-browser.ts does that).
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

/** Every record of the saved workspace (IndexedDB "doichieu", store "workspace"), as JSON. */
const savedWorkspace = (page: Page): Promise<string> => page.evaluate(() => new Promise<string>((resolve, reject) => {
  const req = indexedDB.open('doichieu');
  req.onerror = () => reject(new Error('open failed'));
  req.onsuccess = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains('workspace')) { db.close(); resolve('none'); return; }
    const store = db.transaction('workspace').objectStore('workspace');
    const keys = store.getAllKeys(), values = store.getAll();
    values.onsuccess = () => { db.close(); resolve(JSON.stringify([keys.result, values.result])); };
  };
}));

test('the benchmark corpus loads behind a progress bar, is marked, leaves the saved workspace alone, and can be left', async ({ page }) => {
  // The user's workspace, saved: a setting written through the app (the documents page's storage).
  await openApp(page, '#/documents');
  await expect(page.getByTestId('bench-load')).toHaveAttribute('href', /\?bench=1000#\/$/u);
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('doichieu');
    req.onsuccess = () => {
      const tx = req.result.transaction('workspace', 'readwrite');
      // One record per setting since issue 16 (an older single 'settings' record is migrated on load).
      tx.objectStore('workspace').put(true, 'include:kept.txt#0');
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(new Error('write failed'));
    };
  }));
  const before = await savedWorkspace(page);
  expect(before).toContain('include:kept.txt#0');

  // Any page of the benchmark that opens the user's database would show here.
  await page.addInitScript(() => {
    const w = window as unknown as { __opened: string[] };
    w.__opened = [];
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => { w.__opened.push(name); return open(name, version); };
  });
  await page.goto('/?bench=40#/');
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.locator('main [role="status"]')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('#documents-title')).toContainText('(40)');
  const banner = page.getByTestId('bench-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('40 văn bản sinh tự động');
  expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).not.toContain('doichieu');

  // Leaving: the built-in corpus and its four documents, the saved workspace as it was.
  await banner.getByRole('link', { name: 'Thoát bộ thử nghiệm' }).click();
  await expect(page).not.toHaveURL(/bench/u);
  await expect(page.locator('main [role="status"]')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('#documents-title')).toContainText('(4)');
  await expect(page.getByTestId('bench-banner')).toHaveCount(0);
  expect(await savedWorkspace(page)).toBe(before);
});

test('an invalid ?bench value gets a Vietnamese message and the ways on', async ({ page }) => {
  await page.goto('/?bench=abc#/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“abc” không phải số văn bản hợp lệ');
  await expect(alert.getByRole('link', { name: 'Thoát bộ thử nghiệm' })).toBeVisible();
});
