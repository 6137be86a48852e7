/**
 * Families and chains in the app (issue 13): several central texts in one workspace, documents
 * routed with their reason, the overview one family at a time with a switcher and the
 * cross-family table, the chain of a commune plan's clause, and any two documents compared.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { sharedSetup, shot, toHash } from './helpers.ts';
import { fixturePath, importFiles, openDocuments, waitAnalysed } from './import-steps.ts';
import { interfaceText, otherLanguage, withLang, type Lang } from './language-check.ts';
import { sharedWorkspace } from './shared-workspace.ts';

const real = (name: string) => join(import.meta.dirname, '..', '..', '..', 'shared', 'real', name);
const CT32 = 'ct32-central_32-CT-TTg_quoted-in-article.txt';
const NGHE_AN = 'ct32-local_nghe-an_1026-KH-UBND.txt';
const KL221 = 'kl221-central_221-KL-TW.txt';
const CV174 = 'kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt';
const NEWS = 'negative_news-summary_74-NQ-CP.txt';

/** Makes the document of file `source` one more central text and waits for the routing. */
async function addCentral(page: Page, source: string): Promise<void> {
  await page.locator(`[data-testid="doc-entry"][data-source="${source}"]`).getByTestId('fam-add-central').click();
  await waitAnalysed(page);
  await expect(page.locator(`[data-testid="family"]`).filter({ has: page.locator('.fam-card__title') }).first()).toBeVisible({ timeout: 30_000 });
}

const family = (page: Page, central: string) => page.locator(`[data-testid="family"][data-central="${central}"]`);

/**
 * The overview of the main family (54-KL/TW), as right after an import: a test of a shared group
 * before may have left another family shown (a link into a family shows it, and that is kept).
 */
async function showMainFamily(page: Page, lang: Lang): Promise<void> {
  await toHash(page, withLang('#/?fam=54-kl-tw', lang));
  await expect(page.getByTestId('family-tab').and(page.locator('[aria-current="true"]'))).toHaveAttribute('data-central', '54-KL/TW', { timeout: 60_000 });
  await expect(page.locator('main [role="status"]')).toHaveCount(0, { timeout: 60_000 });
}

const NQLT = 'nqlt102-central_102-2025-NQLT.txt';
const GUIDE = 'nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt';
const PLAN = 'nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt';

test.describe('families, chains and comparisons', () => {
  // One page for the group: before each test sharedWorkspace empties the kept workspace (documents
  // and family settings) and checks that the app reads as a fresh one (built-in corpus, one family).
  const app = sharedWorkspace();

  test('the ct32 and kl221 families beside the seeds: routed with reasons, switched, crossed', async () => {
    const page = app();
    test.setTimeout(180_000);
    await openDocuments(page);
    await importFiles(page, [real(CT32), real(NGHE_AN), real(KL221), real(CV174), real(NEWS)]);
    await addCentral(page, CT32);
    await addCentral(page, KL221);
    await expect(page.getByTestId('family')).toHaveCount(3);
    await expect(family(page, '32/CT-TTg').getByTestId('family-doc')).toHaveCount(1);
    await expect(family(page, '32/CT-TTg').getByTestId('family-doc')).toHaveAttribute('data-source', NGHE_AN);
    await expect(family(page, '221-KL/TW').getByTestId('family-doc')).toHaveAttribute('data-source', CV174);
    await expect(family(page, '221-KL/TW').getByTestId('family-doc')).toContainText('trích dẫn số 221-KL/TW');
    await expect(family(page, '54-KL/TW').getByTestId('family-doc').filter({ has: page.locator('[data-source="lang-son-1154-cv-tu.txt"]') })).toHaveCount(0);
    await expect(family(page, '54-KL/TW').locator('[data-source="lang-son-1154-cv-tu.txt"]')).toHaveCount(1);
    const news = page.getByTestId('unrouted-doc').and(page.locator(`[data-source="${NEWS}"]`));
    await expect(news).toContainText('dưới ngưỡng 50%');

    // Moving the news summary into KL 221's family by hand, and back to the machine's routing.
    await news.getByTestId('fam-move').selectOption({ label: 'Nhóm 221-KL/TW' });
    await waitAnalysed(page);
    await expect(family(page, '221-KL/TW').locator(`[data-source="${NEWS}"]`)).toContainText('Bạn đã chuyển văn bản này vào đây.');
    await family(page, '221-KL/TW').locator(`[data-source="${NEWS}"]`).getByTestId('fam-move').selectOption({ label: 'Để máy xếp' });
    await waitAnalysed(page);
    await expect(page.getByTestId('unrouted-doc').and(page.locator(`[data-source="${NEWS}"]`))).toHaveCount(1);

    // The overview: one family at a time, the family in the URL.
    await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
    await expect(page.getByTestId('family-switcher')).toBeVisible();
    await expect(page).toHaveURL(/fam=54-kl-tw/u);
    await page.getByTestId('family-tab').and(page.locator('[data-central="32/CT-TTg"]')).click();
    await expect(page).toHaveURL(/fam=32-ct-ttg/u);
    await expect(page.getByTestId('family-tab').and(page.locator('[aria-current="true"]'))).toHaveAttribute('data-central', '32/CT-TTg', { timeout: 30_000 });
    await expect(page.getByTestId('document-table')).toContainText('1026/KH-UBND');
    await expect(page.getByTestId('cross-family-table')).toBeVisible();
    await shot(page, 'families-overview', { fullPage: true, also: ['docs/screenshot-families-overview.png'] });

    // The cross-family table links to the pair, in that family.
    const cell = page.getByTestId('cross-cell').and(page.locator('[data-central="221-KL/TW"]')).first();
    await cell.click();
    await expect(page).toHaveURL(/#\/pair\/.*fam=221-kl-tw/u);
    await expect(page.getByTestId('pane-local')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('pane-central')).toContainText('565-BC/BTCTW');
    await expect(page.getByTestId('totals-table')).toHaveCount(0);
  });

  test('two versions of one letter compared: the .docx and the .pdf of Quảng Ngãi 1698', async () => {
    const page = app();
    test.setTimeout(180_000);
    await openDocuments(page);
    // One at a time: reading the PDF's text layer takes a while on a busy machine.
    await importFiles(page, fixturePath('quang-ngai.docx'));
    await page.getByTestId('file-input').setInputFiles(fixturePath('quang-ngai.pdf'));
    await expect(page.getByTestId('import-item')).toHaveCount(1, { timeout: 90_000 });
    await expect(page.getByTestId('import-item')).toContainText('quang-ngai.pdf', { timeout: 90_000 });
    await waitAnalysed(page);
    await page.getByRole('link', { name: 'So sánh', exact: true }).click();
    await expect(page).toHaveURL(/#\/compare/u);
    await page.getByTestId('compare-a').selectOption('quang-ngai.docx#0');
    await page.getByTestId('compare-b').selectOption('quang-ngai.pdf#0');
    await page.getByTestId('compare-run').click();
    await expect(page).toHaveURL(/a=quang-ngai\.docx.*b=quang-ngai\.pdf/u);
    const counts = page.getByTestId('compare-counts');
    await expect(counts).toContainText('0 thêm mới', { timeout: 60_000 });
    await expect(counts).toContainText('thiếu 0 điều khoản');
    await expect(page.getByTestId('compare-row').and(page.locator('[data-cls="added"]'))).toHaveCount(0);
    await expect(page.getByTestId('compare-row').first()).toContainText('Kết luận số 54-KL/TW');
    await expect(page.getByTestId('compare-rows')).toContainText('1575-QĐ/TU');
    await shot(page, 'compare', { also: ['docs/screenshot-compare.png'] });
  });
});

test.describe('NQLT 102 → Quảng Ninh guide → Lương Minh plan, imported once', () => {
  // Reading NQLT 102's 62,000 characters with the guide and the plan, routing them and analysing
  // the family was most of each of these tests' time (three tests here and in language.spec.ts
  // imported it each): the group imports it once, with the news summary that stays in no family,
  // and makes NQLT 102 a central text; the tests only read it, by hash, in either language.
  const app = sharedSetup(async (page) => {
    await openDocuments(page);
    await importFiles(page, [real(NQLT), real(GUIDE), real(PLAN), real(NEWS)]);
    await addCentral(page, NQLT);
  });

  for (const lang of ['vi', 'en'] as const) {
    test(`families and a chain in one language: ${lang === 'vi' ? 'Vietnamese' : 'English'}`, async () => {
      const page = app();
      test.setTimeout(120_000);
      await showMainFamily(page, lang);
      await toHash(page, withLang('#/documents', lang));
      await waitAnalysed(page);
      await expect(page.getByTestId('unrouted-doc').first()).toBeVisible({ timeout: 60_000 });
      const found = otherLanguage(await interfaceText(page, lang), lang).map((s) => `documents: ${s}`);
      await page.goto(`/${withLang('#/', lang)}`);
      await expect(page.getByTestId('cross-family-table')).toBeVisible({ timeout: 60_000 });
      found.push(...otherLanguage(await interfaceText(page, lang), lang).map((s) => `overview: ${s}`));
      const plan = page.getByTestId('cross-cell').and(page.locator('[data-doc*="luong-minh"]')).first();
      await plan.click();
      await page.getByTestId('pane-local').locator('[data-clause]').filter({ hasText: 'Hội nghị cử Chủ tọa' }).first().click();
      await expect(page.getByTestId('chain-level')).toHaveCount(3, { timeout: 60_000 });
      found.push(...otherLanguage(await interfaceText(page, lang, '[data-testid="chain-panel"]'), lang).map((s) => `chain: ${s}`));
      // The panes' margins and the task strip name NQLT 102's articles ("Đ1-1", "Đ24" in Vietnamese, "Art1-1", "Art24" in English).
      for (const pane of ['[data-testid="pane-central"]', '[data-testid="pane-local"]', '.strip']) {
        found.push(...otherLanguage(await interfaceText(page, lang, pane), lang).map((s) => `${pane}: ${s}`));
      }
      expect(found).toEqual([]);
    });
  }

  test('NQLT 102 → Quảng Ninh guide → Lương Minh plan: the chain of a clause shows three levels', async () => {
    const page = app();
    test.setTimeout(120_000);
    await toHash(page, '#/documents');
    await waitAnalysed(page);
    const nqlt = page.getByTestId('family').filter({ has: page.locator(`[data-source="${PLAN}"]`) });
    await expect(nqlt.locator(`[data-source="${GUIDE}"]`)).toHaveCount(1);
    const plan = nqlt.locator(`[data-source="${PLAN}"]`);
    await expect(plan).toContainText('thực hiện văn bản');
    await plan.getByRole('link').click();
    await expect(page.getByTestId('chain-panel')).toContainText('30 kế thừa từ văn bản gốc, 2 từ phần cấp trên bổ sung, 17 nội dung riêng', { timeout: 30_000 });
    await expect(page.getByTestId('chain-panel')).toContainText('So với văn bản gốc: 218 nhiệm vụ');
    await page.getByTestId('pane-local').locator('[data-clause]').filter({ hasText: 'Hội nghị cử Chủ tọa' }).first().click();
    const levels = page.getByTestId('chain-level');
    await expect(levels).toHaveCount(3);
    await expect(levels.nth(0)).toHaveAttribute('data-role', 'root');
    await expect(levels.nth(1)).toHaveAttribute('data-role', 'parent');
    await expect(levels.nth(1)).toContainText('thư ký hội nghị');
    await expect(levels.nth(2)).toContainText('Hội nghị cử Chủ tọa');
    await expect(page.getByTestId('chain-origin')).toHaveAttribute('data-origin', 'central');
    await page.getByTestId('chain-panel').scrollIntoViewIfNeeded();
    await shot(page, 'families-chain', { also: ['docs/screenshot-families-chain.png'] });
  });
});
