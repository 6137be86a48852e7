import { expect, test, chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, shot } from './helpers.ts';
import { fixturePath, importFiles, openDocuments, resultOf, waitAnalysed } from './import-steps.ts';
import { sharedWorkspace } from './shared-workspace.ts';

/** Classes of the local pane of a pair view, in order. */
async function localClasses(page: import('@playwright/test').Page, doc: string): Promise<string[]> {
  await page.goto(`/#/pair/${doc}`);
  const pane = page.getByTestId('pane-local');
  await expect(pane.locator('.clause').first()).toBeVisible();
  return pane.locator('.clause').evaluateAll((els) => els.map((e) => e.getAttribute('data-cls') ?? ''));
}

/** A directive of the Politburo and a province's directive implementing it: neither is in the corpus. */
const CT_TW = [
  'BAN CHẤP HÀNH TRUNG ƯƠNG', '*', 'Số 35-CT/TW', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 14 tháng 6 năm 2024',
  'CHỈ THỊ', 'CỦA BỘ CHÍNH TRỊ', 'về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  'Để tổ chức thành công đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:',
  '1. Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo chặt chẽ công tác chuẩn bị và tổ chức đại hội; phát huy dân chủ, giữ vững nguyên tắc tập trung dân chủ.',
  '2. Chuẩn bị tốt văn kiện đại hội, đánh giá đúng kết quả thực hiện nghị quyết nhiệm kỳ qua; xác định phương hướng, mục tiêu, nhiệm vụ phù hợp với thực tiễn.',
  '3. Làm tốt công tác nhân sự cấp ủy; bảo đảm tiêu chuẩn, cơ cấu hợp lý, có số lượng phù hợp, kết hợp hài hòa giữa các độ tuổi.',
  '4. Tăng cường công tác bảo vệ chính trị nội bộ, kiểm tra, giám sát; kịp thời giải quyết đơn thư khiếu nại, tố cáo liên quan đến đại hội.',
  'T/M BỘ CHÍNH TRỊ', 'TỔNG BÍ THƯ', 'Nguyễn Phú Trọng',
].join('\n\n');
const CT_TU = [
  'TỈNH ỦY BẮC NINH', '*', 'Số 20-CT/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Bắc Ninh, ngày 05 tháng 8 năm 2024',
  'CHỈ THỊ', 'CỦA BAN THƯỜNG VỤ TỈNH ỦY', 'về thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp',
  'Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng trong tỉnh thực hiện tốt các nội dung sau:',
  '1. Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo chặt chẽ công tác chuẩn bị và tổ chức đại hội; phát huy dân chủ, giữ vững nguyên tắc tập trung dân chủ.',
  '2. Chuẩn bị tốt văn kiện đại hội, đánh giá đúng kết quả thực hiện nghị quyết đại hội đảng bộ tỉnh nhiệm kỳ qua; xác định phương hướng phù hợp với thực tiễn địa phương.',
  '3. Ban Tổ chức Tỉnh ủy hướng dẫn các huyện ủy, thành ủy xây dựng đề án nhân sự; hoàn thành trước ngày 30 tháng 9 năm 2024.',
  'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Anh Tuấn',
].join('\n\n');

test.describe('import', () => {
  // One page for the group: before each test sharedWorkspace empties the kept workspace and checks
  // that the app reads as a fresh one (built-in corpus, no results, no notice).
  const app = sharedWorkspace();
  test('the import is easy to find from the overview', async () => {
    const page = app();
    await openApp(page);
    const card = page.getByTestId('overview-import');
    await expect(card).toBeVisible();
    await expect(card).toBeInViewport();
    await expect(card.getByRole('button', { name: /Chọn tệp/u })).toBeVisible();
    await shot(page, 'import-overview');
    // Choosing files on the overview opens the documents page with the results.
    await page.getByTestId('overview-file-input').setInputFiles(fixturePath('lang-son.tcvn.txt'));
    await expect(page).toHaveURL(/#\/documents/u);
    await expect(resultOf(page, 'lang-son.tcvn.txt')).toContainText('Đã thêm');
  });

  test('a .docx and a .pdf of Quảng Ngãi give the same classes as the built-in copy', async () => {
    const page = app();
    test.setTimeout(120_000);
    await openDocuments(page);
    await importFiles(page, [fixturePath('quang-ngai.docx'), fixturePath('quang-ngai.pdf')]);
    for (const name of ['quang-ngai.docx', 'quang-ngai.pdf']) {
      const r = resultOf(page, name);
      await expect(r).toHaveAttribute('data-ok', 'true');
      await expect(r).toContainText('Công văn 1698-CV/TU');
      await expect(r).toContainText('Tỉnh ủy Quảng Ngãi');
      await expect(r).toContainText('Được đối chiếu với 54-KL/TW');
    }
    await shot(page, 'import-results', { fullPage: true });
    const builtin = await localClasses(page, '1698-cv-tu');
    expect(builtin.length).toBeGreaterThan(10);
    expect(await localClasses(page, '1698-cv-tu-2')).toEqual(builtin);
    expect(await localClasses(page, '1698-cv-tu-3')).toEqual(builtin);
    await page.goto('/#/');
    const rows = page.getByTestId('document-table').locator('tbody tr');
    await expect(rows).toHaveCount(6);
    const summary = (id: string) => page.locator(`tr[data-doc="${id}"] .coverage__summary`).innerText();
    expect(await summary('1698-cv-tu-2')).toBe(await summary('1698-cv-tu'));
    expect(await summary('1698-cv-tu-3')).toBe(await summary('1698-cv-tu'));
  });

  test('a TCVN3 file is converted, says so, and analyses like the original', async () => {
    const page = app();
    await openDocuments(page);
    await importFiles(page, fixturePath('lang-son.vn3-ansi.txt'));
    const r = resultOf(page, 'lang-son.vn3-ansi.txt');
    await expect(r.getByTestId('converted')).toHaveText('Đã chuyển chữ gõ bằng phông TCVN3 (ABC, .VnTime) sang Unicode.');
    await expect(r).toContainText('Tỉnh ủy Lạng Sơn');
    await expect(r).toContainText('Cùng số 1154-CV/TU với “lang-son-1154-cv-tu.txt”');
    const entry = page.locator('[data-testid="doc-entry"][data-source="lang-son.vn3-ansi.txt"]');
    await expect(entry).toContainText('Đã chuyển chữ gõ bằng phông TCVN3');
    expect(await localClasses(page, '1154-cv-tu-2')).toEqual(await localClasses(page, '1154-cv-tu'));
    await expect(page.locator('main')).toContainText('Tỉnh ủy Lạng Sơn');
  });

  test('VNI, Windows-1258 and UTF-16 files and pasted TCVN3 text are converted', async () => {
    const page = app();
    await openDocuments(page);
    await importFiles(page, [fixturePath('lang-son.vni.txt'), fixturePath('lang-son.cp1258.txt'), fixturePath('lang-son.utf16le.txt')]);
    await expect(resultOf(page, 'lang-son.vni.txt').getByTestId('converted')).toContainText('VNI');
    await expect(resultOf(page, 'lang-son.cp1258.txt').getByTestId('converted')).toContainText('Windows-1258');
    await expect(resultOf(page, 'lang-son.utf16le.txt').getByTestId('converted')).toContainText('UTF-16');
    for (const name of ['lang-son.vni.txt', 'lang-son.cp1258.txt', 'lang-son.utf16le.txt']) await expect(resultOf(page, name)).toContainText('Tỉnh ủy Lạng Sơn');
    // Pasted text typed with a TCVN3 font.
    const { readFileSync } = await import('node:fs');
    await page.getByText('Dán văn bản', { exact: true }).click();
    await page.getByTestId('paste-text').fill(readFileSync(fixturePath('lang-son.vn3-utf8.txt'), 'utf8'));
    await page.getByTestId('paste-add').click();
    await expect(resultOf(page, 'Văn bản dán.txt')).toContainText('Đã thêm', { timeout: 30_000 });
    await expect(resultOf(page, 'Văn bản dán.txt').getByTestId('converted')).toContainText('TCVN3');
    await expect(page.getByTestId('paste-text')).toHaveValue('');
  });

  test('imported documents survive a reload; deleting asks first', async () => {
    const page = app();
    await openDocuments(page);
    await importFiles(page, [fixturePath('quang-ngai.docx'), fixturePath('lang-son.tcvn.txt')]);
    await page.reload();
    await expect(page.locator('[data-testid="doc-entry"][data-source="quang-ngai.docx"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-testid="doc-entry"][data-source="lang-son.tcvn.txt"]')).toHaveAttribute('data-role', 'local');
    await page.goto('/#/');
    await expect(page.getByTestId('document-table').locator('tbody tr')).toHaveCount(6, { timeout: 30_000 });
    await page.goto('/#/documents');
    const entry = page.locator('[data-testid="doc-entry"][data-source="quang-ngai.docx"]');
    // Cancel keeps it.
    await entry.getByTestId('delete').click();
    const dialog = page.getByTestId('confirm-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Xoá “quang-ngai.docx” khỏi bộ văn bản?');
    await shot(page, 'import-confirm-delete');
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(entry).toBeVisible();
    // Confirm removes it, for good.
    await entry.getByTestId('delete').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('workspace-notice')).toContainText('Đã xoá “quang-ngai.docx”.');
    await expect(entry).toHaveCount(0);
    await waitAnalysed(page);
    await page.reload();
    await expect(page.locator('[data-testid="doc-entry"][data-source="lang-son.tcvn.txt"]')).toBeVisible({ timeout: 30_000 });
    await expect(entry).toHaveCount(0);
  });

  test('metadata is editable and an edit re-runs the analysis; any document can be central', async () => {
    const page = app();
    await openDocuments(page);
    await importFiles(page, fixturePath('lang-son.tcvn.txt'));
    const entry = page.locator('[data-testid="doc-entry"][data-source="lang-son.tcvn.txt"]');
    await entry.getByTestId('edit').click();
    const form = entry.getByTestId('meta-editor');
    await expect(form.getByLabel('Số, ký hiệu')).toHaveValue('1154-CV/TU');
    await form.getByLabel('Số, ký hiệu').fill('1160-CV/TU');
    await form.getByLabel('Ngày ban hành').fill('20/6/2023');
    await shot(page, 'import-edit-meta');
    await form.getByTestId('meta-save').click();
    await waitAnalysed(page);
    await expect(entry).toContainText('Công văn 1160-CV/TU');
    await expect(entry).toContainText('20/06/2023');
    await expect(entry).toContainText('đã sửa: số, ký hiệu, ngày ban hành');
    await page.goto('/#/');
    await expect(page.locator('tr[data-doc="1160-cv-tu"]')).toContainText('42 ngày', { timeout: 30_000 });
    // The Lạng Sơn letter as the central text: nothing cites it, so nothing is compared until chosen.
    await page.goto('/#/documents');
    await page.locator('[data-testid="doc-entry"][data-source="lang-son-1154-cv-tu.txt"]').getByTestId('make-central').click();
    await waitAnalysed(page);
    await expect(page.getByTestId('docs-central')).toHaveText('Công văn 1154-CV/TU');
    const qn = page.locator('[data-testid="doc-entry"][data-source="quang-ngai-1698-cv-tu.txt"]');
    await expect(qn).toHaveAttribute('data-role', 'other');
    await qn.getByTestId('include').check();
    await waitAnalysed(page);
    await expect(qn).toHaveAttribute('data-role', 'local');
    await page.goto('/#/');
    await expect(page.locator('#central-title')).toContainText('1154-CV/TU', { timeout: 30_000 });
    await expect(page.getByTestId('document-table').locator('tbody tr')).toHaveCount(1);
  });

  test('an imported directive can be the central text; the document that cites it is proposed and compared', async () => {
    const page = app();
    await openDocuments(page);
    await importFiles(page, [
      { name: 'chi-thi-35.txt', mimeType: 'text/plain', buffer: Buffer.from(CT_TW) },
      { name: 'chi-thi-20-bac-ninh.txt', mimeType: 'text/plain', buffer: Buffer.from(CT_TU) },
    ]);
    // Against KL 54 neither is compared: they do not cite it.
    await expect(resultOf(page, 'chi-thi-20-bac-ninh.txt')).toContainText('không nhắc đến 54-KL/TW');
    await page.locator('[data-testid="doc-entry"][data-source="chi-thi-35.txt"]').getByTestId('make-central').click();
    await waitAnalysed(page);
    await expect(page.getByTestId('docs-central')).toHaveText('Chỉ thị 35-CT/TW');
    await expect(page.locator('[data-testid="doc-entry"][data-source="chi-thi-20-bac-ninh.txt"]')).toHaveAttribute('data-role', 'local');
    await expect(page.locator('[data-testid="doc-entry"][data-source="lang-son-1154-cv-tu.txt"]')).toHaveAttribute('data-role', 'other');
    await expect(page.locator('[data-testid="doc-entry"][data-source="kl-21-kl-tw.txt"]')).toHaveAttribute('data-role', 'other');
    await page.goto('/#/');
    await expect(page.locator('#central-title')).toHaveText('Chỉ thị 35-CT/TW', { timeout: 30_000 });
    const rows = page.getByTestId('document-table').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('20-CT/TU');
    await expect(rows.first()).toContainText('52 ngày');
    await shot(page, 'import-own-central');
    await page.goto('/#/pair/20-ct-tu');
    await expect(page.getByTestId('pane-local').locator('.clause[data-cls="added"]', { hasText: 'Ban Tổ chức Tỉnh ủy hướng dẫn' })).toHaveCount(1);
    // Back to the built-in central text: one click.
    await page.goto('/#/documents');
    await page.getByRole('button', { name: 'Trở lại 54-KL/TW' }).click();
    await waitAnalysed(page);
    await expect(page.getByTestId('docs-central')).toHaveText('Kết luận 54-KL/TW');
  });
});

test.describe('accessibility of the new pages', () => {
  // One page for the group: before each test sharedWorkspace empties the kept workspace and checks
  // that the app reads as a fresh one (built-in corpus, no results, no notice).
  const app = sharedWorkspace();
  for (const [name, hash] of [['documents', '#/documents'], ['documents (English)', '#/documents?lang=en'], ['inspection report', '#/report']] as const) {
    test(`axe-core finds no serious or critical violation: ${name}`, async () => {
      const page = app();
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await openApp(page, hash);
      if (name.startsWith('documents')) {
        await expect(page.getByTestId('doc-list')).toBeVisible();
        await importFiles(page, [fixturePath('lang-son.tcvn.txt'), fixturePath('empty.txt')]);
        await page.locator('[data-testid="doc-entry"][data-source="lang-son.tcvn.txt"]').getByTestId('edit').click();
        await shot(page, name === 'documents' ? 'import-documents' : 'import-documents-en', { fullPage: true });
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});

// A browser of its own (a persistent profile), so no shared page.
test.describe('import, across a browser restart', () => {
  test('imported documents survive a browser restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doichieu-profile-'));
    const port = process.env['E2E_PORT'] ?? '4173';
    const launch = () => chromium.launchPersistentContext(dir, {
      executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], locale: 'vi-VN', baseURL: `http://localhost:${port}`,
    });
    try {
      let ctx = await launch();
      let page = ctx.pages()[0] ?? await ctx.newPage();
      await openDocuments(page);
      await importFiles(page, fixturePath('lang-son.vn3-ansi.txt'));
      await ctx.close();
      ctx = await launch();
      page = ctx.pages()[0] ?? await ctx.newPage();
      await page.goto('/#/documents');
      await expect(page.locator('[data-testid="doc-entry"][data-source="lang-son.vn3-ansi.txt"]')).toBeVisible({ timeout: 30_000 });
      await page.goto('/#/');
      await expect(page.locator('tr[data-doc="1154-cv-tu-2"]')).toBeVisible({ timeout: 30_000 });
      await ctx.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
