/** Shared steps of the import / export / bad-input / safety end-to-end tests. */
import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { openApp } from './helpers.ts';

/** Absolute path of a reader fixture. */
export const fixturePath = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

/** Opens the documents page once the first analysis is done. */
export async function openDocuments(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
  await expect(page).toHaveURL(/#\/documents/u);
  await expect(page.getByTestId('doc-list')).toBeVisible();
}

/** Imports files (paths or generated buffers) through the documents page's picker; waits for every result line. */
export async function importFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  const n = Array.isArray(files) ? files.length : 1;
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('import-item')).toHaveCount(n, { timeout: 30_000 });
  await waitAnalysed(page);
}

/** Waits until no re-analysis is running. */
export async function waitAnalysed(page: Page): Promise<void> {
  await expect(page.locator('.page-head__status .spinner')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.import__progress')).toHaveCount(0, { timeout: 30_000 });
}

/** The result line of the file `name`. */
export function resultOf(page: Page, name: string) {
  return page.getByTestId('import-item').filter({ hasText: name });
}
