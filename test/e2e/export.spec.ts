import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { execFileSync } from 'node:child_process';
import type { Report } from '../../src/core/report.ts';
import { openApp, pdfPages, sharedApp, shot } from './helpers.ts';
import { fixturePath, importFiles, openDocuments } from './import-steps.ts';
import { sharedWorkspace } from './shared-workspace.ts';

/** What `analyze` writes for the built-in corpus (the app's exports must match it). */
const analyze = (format: 'json' | 'csv') => execFileSync('npx', ['tsx', 'src/cli/analyze.ts', '--format', format], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

async function download(page: Page, click: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { d, bytes: readFileSync(await d.path()) };
}

test.describe('export of the built-in corpus', () => {
  const app = sharedApp();
  test.beforeEach(async () => { await app().emulateMedia({ media: 'screen' }); });

  test('the clause table as CSV and the JSON report read back as the analysis, as `analyze` writes them', async () => {
    const page = app();
    test.setTimeout(120_000);
    await openApp(page, '#/report');
    await expect(page.getByTestId('report-page')).toBeVisible();
    const csv = await download(page, () => page.getByTestId('export-csv').click());
    expect(csv.d.suggestedFilename()).toBe('doichieu-54-kl-tw.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['document', 'issuer', 'clause', 'unit', 'part', 'class', 'similarity', 'central_clause', 'central_unit', 'local_text', 'central_text', 'reason',
      'effects', 'reviewer', 'reviewed_at', 'review_note', 'machine_class', 'machine_central']);
    const cli = Papa.parse<Record<string, string>>(analyze('csv').replace(/^\ufeff/u, '').trim(), { header: true });
    expect(parsed.data).toEqual(cli.data);
    expect(parsed.data.some((r) => r['issuer'] === 'Tỉnh ủy Lạng Sơn' && r['class'] === 'added')).toBe(true);

    const json = await download(page, () => page.getByTestId('export-json').click());
    expect(json.d.suggestedFilename()).toBe('doichieu-54-kl-tw.json');
    const report = JSON.parse(json.bytes.toString('utf8')) as Report;
    expect(report.schema).toBe('doichieu.report/1');
    const expected = JSON.parse(analyze('json')) as Report;
    expect(report.central).toEqual(expected.central);
    expect(report.documents).toEqual(expected.documents);
  });

  test('charts download as SVG and PNG, from the report and the overview', async () => {
    const page = app();
    await openApp(page, '#/report');
    const fig = page.locator('#report-chart-tasks');
    const svg = await download(page, () => fig.getByTestId('chart-svg').click());
    expect(svg.d.suggestedFilename()).toMatch(/^cau-nhiem-vu-trung-uong-trong-tung-van-ban\.svg$/u);
    const markup = svg.bytes.toString('utf8');
    expect(markup).toContain('<svg');
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toContain('Lạng Sơn');
    const png = await download(page, () => fig.getByTestId('chart-png').click());
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(1000); // width: drawn at 2×
    await page.goto('/#/');
    const panel = page.locator('#chart-tasks');
    await expect(panel.locator('.recharts-bar-rectangle').first()).toBeVisible();
    const osvg = await download(page, () => panel.getByTestId('chart-svg').click());
    expect(osvg.bytes.toString('utf8')).toContain('recharts');
    expect(osvg.bytes.toString('utf8')).toMatch(/fill:\s*rgb\(11, 111, 176\)|fill:#0b6fb0/u);
    const opng = await download(page, () => page.locator('#chart-composition').getByTestId('chart-png').click());
    expect(opng.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  test('the inspection report prints to a clean PDF', async () => {
    const page = app();
    await openApp(page, '#/report');
    await expect(page.getByTestId('report-doc')).toHaveCount(4);
    await shot(page, 'export-report', { fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'export-report-print', { fullPage: true });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    const pages = await pdfPages(pdf);
    // Cover, summary, charts, then one page (or more) per document.
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const has = (p: string, s: string) => p.includes(s.replace(/\s+/gu, ''));
    expect(has(pages[0]!, 'BÁO CÁO KIỂM TRA')).toBe(true);
    expect(has(pages[0]!, 'Kết luận 54-KL/TW')).toBe(true);
    expect(has(pages[0]!, 'Tỉnh ủy Lạng Sơn')).toBe(true);
    expect(has(pages.join(''), 'Nội dung địa phương bổ sung')).toBe(true);
    expect(has(pages.join(''), 'Nhiệm vụ Trung ương không triển khai')).toBe(true);
    for (const p of pages) {
      expect(has(p, 'Sao chép liên kết')).toBe(false);
      expect(has(p, 'In / lưu PDF')).toBe(false);
    }
    const { writeFileSync } = await import('node:fs');
    writeFileSync('test/artifacts/inspection-report.pdf', pdf);
  });
});

test.describe('export', () => {
  // One page for the group: before each test sharedWorkspace empties the kept workspace and checks
  // that the app reads as a fresh one (built-in corpus, no results, no notice).
  const app = sharedWorkspace();
  test('exports include imported documents', async () => {
    const page = app();
    await openDocuments(page);
    await importFiles(page, fixturePath('lang-son.vn3-ansi.txt'));
    await page.goto('/#/report');
    const json = await download(page, () => page.getByTestId('export-json').click());
    const report = JSON.parse(json.bytes.toString('utf8')) as Report;
    const copy = report.documents.find((d) => d.source === 'lang-son.vn3-ansi.txt');
    const original = report.documents.find((d) => d.id === '1154-cv-tu');
    expect(copy?.id).toBe('1154-cv-tu-2');
    expect(copy?.clauses.map((c) => c.class)).toEqual(original?.clauses.map((c) => c.class));
    const csv = await download(page, () => page.getByTestId('export-csv').click());
    const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').slice(1).trim(), { header: true });
    expect(parsed.data.filter((r) => r['document'] === '1154-CV/TU')).toHaveLength(2 * (original?.clauses.length ?? 0));
  });

  test('the CSV export is spreadsheet-safe: clauses starting with a formula come back as text', async () => {
    const page = app();
    // The Lạng Sơn letter with a task whose semicolons put a formula at the start of four clauses.
    const seed = readFileSync(fixturePath('../../corpus/lang-son-1154-cv-tu.txt'), 'utf8');
    const payloads = ['=1+2', "+cmd|' /C calc'!A0", "-1+cmd|' /C calc'!A0", '@SUM(A1:A9)'];
    const at = seed.indexOf('6. ');
    const text = `${seed.slice(0, at)}Các cấp ủy thực hiện các việc sau; ${payloads.join('; ')}.\n\n${seed.slice(at)}`;
    await openDocuments(page);
    await importFiles(page, { name: 'cong-thuc.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.goto('/#/report');
    const csv = await download(page, () => page.getByTestId('export-csv').click());
    const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').replace(/^\ufeff/u, '').trim()).data;
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
    const local = rows.map((r) => r[9] ?? '');
    for (const p of payloads) expect(local.some((cell) => cell === `'${p};` || cell === `'${p}.`), p).toBe(true);
  });

  test('the workspace goes to one JSON file and comes back in another browser', async ({ browser }) => {
    const page = app();
    await openDocuments(page);
    await importFiles(page, [fixturePath('quang-ngai.docx'), fixturePath('lang-son.tcvn.txt')]);
    const file = await download(page, () => page.getByTestId('workspace-export').click());
    expect(file.d.suggestedFilename()).toMatch(/^doichieu-workspace-\d{4}-\d{2}-\d{2}\.json$/u);
    const ws = JSON.parse(file.bytes.toString('utf8')) as { schema: string; docs: { name: string }[] };
    expect(ws.schema).toBe('doichieu.workspace/1');
    expect(ws.docs.map((d) => d.name)).toEqual(['quang-ngai.docx', 'lang-son.tcvn.txt']);
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await openDocuments(page2);
    await page2.getByTestId('workspace-input').setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: file.bytes });
    await expect(page2.getByTestId('workspace-notice')).toContainText('Đã thêm 2 văn bản từ tệp bộ văn bản.');
    await expect(page2.getByTestId('merge-skipped')).toHaveCount(0);
    await expect(page2.locator('[data-testid="doc-entry"][data-source="quang-ngai.docx"]')).toHaveAttribute('data-role', 'local');
    await page2.getByTestId('workspace-input').setInputFiles({ name: 'not.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":"x"}') });
    await expect(page2.getByTestId('workspace-notice')).toContainText('không phải tệp bộ văn bản');
    await other.close();
  });
});
