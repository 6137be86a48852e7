// The inspection workflow in Chromium (issue 11): an inspector corrects Quảng Ngãi 1698's
// 1575-QĐ/TU clause (the machine: added; she: adapted from central 3-1) with a note, and the
// decision survives a reload, changes the overview, travels in the workspace file into a browser
// with empty storage, and appears in the one-document report (screen, PDF, .docx) and the tables.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { openApp, shot, pdfPages } from './helpers.ts';
import { waitAnalysed } from './import-steps.ts';

const QN = '1698-cv-tu';
const NOTE = 'Quy chế Bí thư Tỉnh ủy tiếp dân (1575-QĐ/TU) là cách tỉnh thực hiện nhiệm vụ 3-1';
const CONCLUSION = 'Tỉnh ủy Quảng Ngãi đã triển khai nhiệm vụ tiếp dân 3-1 qua quy chế riêng của tỉnh.';
const REVIEWER = 'Nguyễn Thị Lan';

async function download(page: Page, click: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { d, bytes: readFileSync(await d.path()) };
}

const clause1575 = (page: Page) => page.getByTestId('pane-local').locator('.clause', { hasText: '1575-QĐ/TU' }).first();
const coverageOf = (page: Page) => page.locator(`tr[data-doc="${QN}"] .coverage__summary`);

async function correct(page: Page): Promise<void> {
  await clause1575(page).click();
  const review = page.getByTestId('clause-review');
  await expect(review).toHaveAttribute('data-reviewed', 'no');
  await review.getByTestId('review-edit').click();
  const form = review.getByTestId('review-form');
  await form.getByLabel('Điều chỉnh').check();
  await form.getByTestId('review-central').fill('3-1');
  await form.getByTestId('review-note-input').fill(NOTE);
  await form.getByTestId('review-name').fill(REVIEWER);
  await form.getByTestId('review-save').click();
  await expect(review).toHaveAttribute('data-reviewed', 'yes');
}

async function expectDecision(page: Page): Promise<void> {
  const review = page.getByTestId('clause-review');
  await expect(review).toHaveAttribute('data-reviewed', 'yes');
  await expect(review.getByTestId('review-note')).toContainText(NOTE);
  await expect(review.getByTestId('review-who')).toContainText(REVIEWER);
  await expect(review).toContainText('Máy: Bổ sung');
  await expect(review).toContainText('Người kiểm tra: Điều chỉnh từ Nhiệm vụ 3, câu 1');
}

test.describe('inspection', () => {
  test('a decision with its note survives reload and the workspace file, changes the overview, and reaches the report, PDF, .docx and tables', async ({ page, browser }) => {
    test.setTimeout(480_000);
    await openApp(page, '#/');
    const before = await coverageOf(page).textContent();

    await page.goto(`/#/pair/${QN}`);
    await expect(page.getByTestId('review-bar')).toContainText('Tất cả kết quả của văn bản này do máy đối chiếu');
    await correct(page);
    await expectDecision(page);
    await expect(page.getByTestId('review-share')).toContainText('1 trên');
    await page.getByTestId('clause-review').scrollIntoViewIfNeeded();
    await shot(page, 'inspection-pair', { also: ['docs/screenshot-inspection-pair.png'] });

    // Reload: the decision and its note are there (IndexedDB).
    await page.reload();
    await expect(page.locator('main [role="status"]')).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByTestId('clause-detail')).toBeVisible();
    await expectDecision(page);

    // The overview counts changed: one more central task carried.
    await page.goto('/#/');
    await expect(page.getByTestId('review-summary')).toContainText('do người kiểm tra quyết định');
    const after = await coverageOf(page).textContent();
    expect(after).not.toBe(before);
    const carried = (s: string | null) => Number(/(\d+)/u.exec(s ?? '')?.[1]);
    expect(carried(after)).toBe(carried(before) + 1);
    // How often the machine agreed: one label and one task status of the one reviewed document changed.
    const agreement = await page.getByTestId('review-agreement').textContent();
    expect(agreement).toContain('trên 1 văn bản đã kiểm tra');
    const [, labels, labelsTotal] = /nhãn (\d+)\/(\d+)/u.exec(agreement ?? '') ?? [];
    expect(Number(labels)).toBe(Number(labelsTotal) - 1);
    const [, tasks, tasksTotal] = /không (\d+)\/(\d+)/u.exec(agreement ?? '') ?? [];
    expect(Number(tasks)).toBe(Number(tasksTotal) - 1);

    // Tables over the filtered documents, Vietnamese headers.
    const xlsx = await download(page, () => page.getByTestId('table-docs-xlsx').click());
    expect(xlsx.d.suggestedFilename()).toMatch(/bang-van-ban\.xlsx$/u);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
    const sheet = wb.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Số văn bản');
    expect(headers).toContain('Số kết quả do người kiểm tra quyết định');
    const col = headers.indexOf('Số kết quả do người kiểm tra quyết định') + 1;
    const qnRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === '1698-CV/TU')!;
    expect(qnRow.getCell(col).value).toBe(1);
    const csv = await download(page, () => page.getByTestId('table-clauses-csv').click());
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true });
    expect(rows.meta.fields).toEqual(expect.arrayContaining(['Văn bản', 'Phân loại', 'Người kiểm tra', 'Lý do của người kiểm tra', 'Phân loại của máy']));
    const reviewedRow = rows.data.find((r) => r['Lý do của người kiểm tra'] === NOTE);
    expect(reviewedRow).toMatchObject({ 'Phân loại': 'Điều chỉnh', 'Phân loại của máy': 'Bổ sung', 'Người kiểm tra': REVIEWER });

    // Export the workspace; a browser with empty storage has no decision until it imports the file.
    await page.goto('/#/documents');
    const file = await download(page, () => page.getByTestId('workspace-export').click());
    expect(JSON.parse(file.bytes.toString('utf8'))).toMatchObject({ schema: 'doichieu.workspace/1', reviews: { trails: [{ document: '1698-CV/TU' }] } });
    const other = await browser.newContext({ baseURL: page.url().replace(/\/#.*$/u, '') });
    const page2 = await other.newPage();
    await openApp(page2, `#/pair/${QN}`);
    await clause1575(page2).click();
    await expect(page2.getByTestId('clause-review')).toHaveAttribute('data-reviewed', 'no');
    await page2.goto('/#/documents');
    await page2.getByTestId('workspace-input').setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: file.bytes });
    await waitAnalysed(page2);
    await page2.goto(`/#/pair/${QN}`);
    await clause1575(page2).click();
    await expectDecision(page2);
    await other.close();

    // The one-document report, one click from the pair view: the decision, then the conclusion.
    await page.goto(`/#/pair/${QN}`);
    await page.getByTestId('open-inspection').click();
    await expect(page).toHaveURL(new RegExp(`#/report/${QN}$`, 'u'));
    const report = page.getByTestId('inspection-page');
    await expect(report.getByTestId('insp-source')).toContainText('quang-ngai-1698-cv-tu.txt');
    await expect(report.getByTestId('insp-decisions')).toContainText(NOTE);
    await expect(report.getByTestId('insp-omitted')).toContainText('[Mục 6, câu 1]');
    await expect(report.getByTestId('insp-omitted')).not.toContainText('[Nhiệm vụ 3, câu 1]');
    await expect(report.getByTestId('insp-added')).not.toContainText('1575-QĐ/TU');
    await report.getByTestId('conclusion-text').fill(CONCLUSION);
    await report.getByTestId('conclusion-place').fill('Quảng Ngãi');
    await report.getByTestId('conclusion-title').fill('TRƯỞNG ĐOÀN KIỂM TRA');
    await report.getByTestId('conclusion-save').click();
    await expect(report.getByTestId('insp-conclusion')).toContainText(CONCLUSION);
    await page.reload();
    await expect(page.getByTestId('insp-conclusion')).toContainText(CONCLUSION, { timeout: 30_000 });
    await expect(page.getByTestId('insp-signature')).toContainText('Quảng Ngãi, ngày');
    await shot(page, 'inspection-report', { fullPage: true, also: ['docs/screenshot-inspection-report.png'] });

    // Printed to A4 PDF and read back: the decision, the conclusion, page numbers, no buttons.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = await pdfPages(pdf);
    const squeeze = (s: string) => s.replace(/\s+/gu, '');
    // A4 portrait: 210 × 297 mm (595 × 842 pt) on every page.
    const boxes = [...Buffer.from(pdf).toString('latin1').matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/gu)].map((m) => [Math.round(Number(m[1]) / 72 * 25.4), Math.round(Number(m[2]) / 72 * 25.4)]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(b).toEqual([210, 297]);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain(squeeze('BÁO CÁO KIỂM TRA'));
    expect(pages.join('')).toContain(squeeze(NOTE));
    expect(pages.join('')).toContain(squeeze(CONCLUSION));
    pages.forEach((p, i) => expect(p).toContain(`${i + 1}/${pages.length}`));
    for (const p of pages) expect(p).not.toContain(squeeze('In / lưu PDF'));

    // The .docx, read back with mammoth.
    const docx = await download(page, () => page.getByTestId('insp-docx').click());
    expect(docx.d.suggestedFilename()).toBe('bao-cao-kiem-tra-1698-cv-tu.docx');
    const { value: words } = await mammoth.extractRawText({ buffer: docx.bytes });
    expect(words).toContain('BÁO CÁO KIỂM TRA');
    expect(words).toContain(NOTE);
    expect(words).toContain(CONCLUSION);
    expect(words).toContain('TRƯỞNG ĐOÀN KIỂM TRA');

    // Undo: the machine's answer is back, the trail keeps both.
    await page.goto(`/#/pair/${QN}`);
    await clause1575(page).click();
    await page.getByTestId('review-undo').click();
    await expect(page.getByTestId('clause-review')).toHaveAttribute('data-reviewed', 'no');
    await page.getByTestId('review-bar').locator('summary').click();
    await expect(page.getByTestId('audit-trail')).toContainText('#2 Hoàn tác quyết định #1');
  });
});
