/** One loaded app for a group of tests that import files or change the workspace's settings. */
import { expect, test, type Page } from '@playwright/test';
import { openApp, toHash } from './helpers.ts';
import { fixturePath, waitAnalysed } from './import-steps.ts';

/** The documents page's text, what a reset must bring back (the kept workspace is all on it). */
const documentsText = (page: Page) => page.locator('main').innerText();

/**
 * Empties the kept workspace and reviews (IndexedDB) and tells the app as another tab would
 * (BroadcastChannel "doichieu-workspace"): it reads the empty workspace and analyses the built-in
 * corpus again in the worker it has, without a reload. Resolves once the app has read it: the
 * app's channel, older than ours, hears the message first and starts its read then; a read-write
 * transaction opened after that waits for the read.
 */
async function emptyKeptWorkspace(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });
    const open = (name: string, store: string) => new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onupgradeneeded = () => req.result.createObjectStore(store);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const reviews = await open('doichieu-reviews', 'reviews');
    const rtx = reviews.transaction('reviews', 'readwrite');
    rtx.objectStore('reviews').clear();
    await done(rtx);
    reviews.close();
    const db = await open('doichieu', 'workspace');
    const tx = db.transaction('workspace', 'readwrite');
    tx.objectStore('workspace').clear();
    await done(tx);
    const hear = new BroadcastChannel('doichieu-workspace');
    const heard = new Promise<void>((resolve) => { hear.onmessage = () => resolve(); });
    const say = new BroadcastChannel('doichieu-workspace');
    say.postMessage({ kind: 'workspace-changed' });
    await heard;
    hear.close();
    say.close();
    await done(db.transaction('workspace', 'readwrite'));
    db.close();
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
}

/**
 * One page for the tests of a group that import files or change settings: the group runs in order
 * in one worker, the page loads the app and analyses the built-in corpus once. Before each test the
 * app is put back, explicitly and without a reload, to what a fresh page shows: the kept workspace
 * emptied (`emptyKeptWorkspace`), the import results and notice dismissed through the documents
 * page (a refused empty file, then "Đóng"), and the documents page checked to read exactly as it did
 * on the fresh page (documents, central text, corrections, families, no notice), with no analysis
 * running; then the overview. What the app keeps only in memory and no reset clears (reviews
 * written, documents marked as parents) must not be changed by a test of such a group.
 * Call inside `test.describe`; the returned function gives the page in a test.
 */
export function sharedWorkspace(): () => Page {
  let page: Page | undefined;
  let fresh = '';
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    page = await (await browser.newContext()).newPage();
    await openApp(page, '#/documents');
    await expect(page.getByTestId('doc-list')).toBeVisible({ timeout: 30_000 });
    await waitAnalysed(page);
    fresh = await documentsText(page);
  });
  test.beforeEach(async () => {
    const p = page!;
    await p.emulateMedia({ media: 'screen' });
    const at = new URL(p.url());
    if (at.pathname !== '/' || at.search !== '') await p.goto('/#/');
    // Off the documents page first, so that it mounts afresh (nothing left open on it).
    else await toHash(p, '#/');
    await emptyKeptWorkspace(p);
    await toHash(p, '#/documents');
    await waitAnalysed(p);
    // A refused file replaces the last results and clears the notice; "Đóng" then hides them.
    await p.getByTestId('file-input').setInputFiles(fixturePath('empty.txt'));
    await p.getByTestId('import-results').getByRole('button').click();
    await expect(p.getByTestId('import-item')).toHaveCount(0);
    await expect(p.getByTestId('workspace-notice')).toBeEmpty();
    await expect.poll(() => documentsText(p), { timeout: 30_000 }).toBe(fresh);
    await waitAnalysed(p);
    await toHash(p, '#/');
  });
  test.afterAll(async () => { await page?.context().close(); });
  return () => page!;
}
