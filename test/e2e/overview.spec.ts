import { expect, test } from '@playwright/test';
import { openApp, sharedApp } from './helpers.ts';

test.describe('overview (start page, built-in corpus)', () => {
  const app = sharedApp();
  test('lists the central text and the four local documents with their dates', async () => {
    const page = app();
    await openApp(page);
    await expect(page.locator('#central-title')).toContainText('54-KL/TW');
    await expect(page.locator('.central-card')).toContainText('09/05/2023');
    const rows = page.getByTestId('document-table').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    const expected = [
      ['652-CV/ĐU', '22/05/2023', 'Công văn chuyển tiếp'],
      ['1154-CV/TU', '12/06/2023', 'Văn bản triển khai'],
      ['1698-CV/TU', '17/07/2023', 'Văn bản triển khai'],
      ['Không số', 'Không rõ ngày', 'Văn bản triển khai'],
    ];
    for (const [i, cells] of expected.entries()) {
      for (const text of cells) await expect(rows.nth(i)).toContainText(text);
    }
    await expect(rows.nth(1)).toContainText('Lạng Sơn');
    await expect(rows.nth(1)).toContainText('34 ngày');
    await expect(page.locator('body')).not.toContainText('21-KL/TW ·');
  });

  test('shows the charts, the heat map and the timeline, with unknown dates apart', async () => {
    const page = app();
    await openApp(page);
    await expect(page.locator('#chart-tasks .recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.locator('#chart-composition .recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByTestId('heatmap').locator('.heatmap__task')).toHaveCount(6);
    await expect(page.getByTestId('cell-1154-cv-tu-5-1')).toBeVisible();
    await expect(page.locator('.timeline__unknown')).toContainText('Thành ủy');
  });

  test('downloads the doichieu.report/1 JSON of the analysis', async () => {
    const page = app();
    await openApp(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report').click()]);
    expect(download.suggestedFilename()).toBe('doichieu-54-kl-tw.json');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const report = JSON.parse(readFileSync(path, 'utf8')) as { schema: string; documents: unknown[] };
    expect(report.schema).toBe('doichieu.report/1');
    expect(report.documents).toHaveLength(4);
  });
});

// Its own page: the requests are watched from the first one.
test.describe('overview offline', () => {
  test('works with the network off: every request stays on the app’s own server', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(`http://localhost:${process.env['E2E_PORT'] ?? 4173}/`) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    await openApp(page);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Nghị quyết'))).toBe(true);
    expect(foreign).toEqual([]);
  });
});

