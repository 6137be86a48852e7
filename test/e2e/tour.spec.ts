import { expect, test } from '@playwright/test';
import { openApp, sharedApp, shot } from './helpers.ts';

/** The trainer's tour: built from the analysis, walked with the keyboard and the buttons, each step a deep link. */
test.describe('trainer’s tour', () => {
  const app = sharedApp();
  test('walks all seven steps from the header link, with the keyboard and the buttons', async () => {
    const page = app();
    await openApp(page);
    await page.getByTestId('nav-tour').click();
    await expect(page).toHaveURL(/#\/tour\?step=1$/u);
    const step = page.getByTestId('tour-step');
    const caption = page.getByTestId('tour-caption');
    await expect(step).toHaveAttribute('data-kind', 'verbatim-task');
    await expect(caption).toContainText('Nhiệm vụ 5 của Kết luận 54-KL/TW');
    await shot(page, 'tour-1-verbatim', { fullPage: true });

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=2/u);
    await expect(step).toHaveAttribute('data-kind', 'localized');
    await expect(caption).toContainText('thay “Ban Bí thư” bằng “Ban Thường vụ Tỉnh ủy”');
    await expect(page.locator('.diff-rule')).toHaveCount(4);
    await shot(page, 'tour-2-localized', { fullPage: true });

    await page.getByTestId('tour-next').click();
    await expect(step).toHaveAttribute('data-kind', 'added-with-source');
    await expect(caption).toContainText('Nhiệm vụ I.2.4, câu 20 của 21-KL/TW (tương đồng 37%)');
    await expect(page.getByTestId('tour-evidence')).toContainText('Chỉ đạo thực hiện nghiêm việc kê khai tài sản, thu nhập');
    await expect(page.getByTestId('tour-evidence')).toContainText('Tăng cường kiểm soát tài sản, thu nhập của cán bộ');
    await shot(page, 'tour-3-added-with-source', { fullPage: true });

    await page.keyboard.press('PageDown');
    await expect(step).toHaveAttribute('data-kind', 'moved');
    await expect(caption).toContainText('Quảng Ngãi đưa câu Trung ương (Nhiệm vụ 4, câu 3) thuộc nhiệm vụ 4 vào nhiệm vụ 2');
    await shot(page, 'tour-4-moved', { fullPage: true });

    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveAttribute('data-kind', 'omitted-by-most');
    await expect(caption).toContainText('Mục 6, câu 4 của Kết luận 54-KL/TW bị 2/3 văn bản triển khai bỏ qua');
    await expect(page.getByTestId('tour-evidence')).toContainText('Mặt trận Tổ quốc Việt Nam lãnh đạo');
    await shot(page, 'tour-5-omitted', { fullPage: true });

    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveAttribute('data-kind', 'forwarding');
    await expect(caption).toContainText('TTXVN (652-CV/ĐU) chuyển tiếp toàn văn Kết luận 54-KL/TW, 13 ngày sau khi ban hành');
    await shot(page, 'tour-6-forwarding', { fullPage: true });

    // A real weakening: Quảng Ngãi 5-3 drops "minh" from "nghiêm minh", highlighted in the evidence.
    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveAttribute('data-kind', 'weakened');
    await expect(caption).toContainText('“nghiêm minh” thành “nghiêm”');
    await expect(page.getByTestId('tour-evidence').locator('mark.diff-effect--weakened')).toContainText('minh');
    await expect(page.getByTestId('tour-next')).toHaveCount(0);
    await shot(page, 'tour-7-weakened', { fullPage: true });

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=7/u);
    await page.getByTestId('tour-prev').click();
    await expect(step).toHaveAttribute('data-kind', 'forwarding');
  });

  test('each step opens the right view and clause; Back returns to the tour', async () => {
    const page = app();
    await openApp(page, '#/tour?step=3');
    await page.getByTestId('tour-open').click();
    await expect(page).toHaveURL(/#\/pair\/1154-cv-tu\?l=3-4/u);
    const clause = page.getByTestId('pane-local').locator('[data-clause="3-4"]');
    await expect(clause).toHaveAttribute('aria-pressed', 'true');
    await expect(clause).toBeInViewport();
    await expect(page.getByTestId('provenance-source')).toContainText('21-KL/TW');
    await page.goBack();
    await expect(page.getByTestId('tour-step')).toHaveAttribute('data-kind', 'added-with-source');

    await openApp(page, '#/tour?step=5');
    await page.getByTestId('tour-open').click();
    await expect(page).toHaveURL(/#\/clause\/6-4/u);
    await expect(page.locator('.central-clause__text')).toContainText('Đảng đoàn Mặt trận Tổ quốc Việt Nam');

    await openApp(page, '#/tour?step=2');
    await page.getByTestId('tour-open').click();
    await expect(page).toHaveURL(/#\/pair\/1154-cv-tu\?l=6-3/u);
    await expect(page.getByTestId('localized-badge')).toBeVisible();
  });

  test('presentation mode: large type, no chrome, kept in the URL, left with Esc', async () => {
    const page = app();
    await openApp(page, '#/tour?step=3');
    const captionSize = async () => page.getByTestId('tour-caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await captionSize();
    await page.getByTestId('tour-present').click();
    await expect(page).toHaveURL(/step=3&present=1/u);
    await expect(page.locator('.app-header')).toBeHidden();
    expect(await captionSize()).toBeGreaterThan(normal * 1.4);
    await shot(page, 'tour-present');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=4&present=1/u);
    await page.reload();
    await expect(page.locator('.app-header')).toBeHidden({ timeout: 30_000 });
    await expect(page.getByTestId('tour-step')).toHaveAttribute('data-kind', 'moved');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/step=4$/u);
    await expect(page.locator('.app-header')).toBeVisible();
  });

  test('in English', async () => {
    const page = app();
    await openApp(page, '#/tour?step=2&lang=en');
    await expect(page.getByTestId('tour-caption')).toContainText('Lạng Sơn keeps a central clause (Section 6, clause 3) but writes “Ban Thường vụ Tỉnh ủy” for “Ban Bí thư”');
    await expect(page.getByTestId('tour-open')).toHaveText('Open the pair view of Lạng Sơn at Section 6, clause 3 →');
    await shot(page, 'tour-2-localized-en', { fullPage: true });
  });
});
