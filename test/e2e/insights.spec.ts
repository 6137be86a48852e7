import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp, sharedApp, shot } from './helpers.ts';

const ASSET = 'Chỉ đạo thực hiện nghiêm việc kê khai tài sản, thu nhập';

test.describe('localization rules, citations, timeline, provenance', () => {
  const app = sharedApp();
  test('the rules view counts each substitution per document and links its examples into the pair view', async () => {
    const page = app();
    await openApp(page);
    await page.getByTestId('nav-rules').click();
    await expect(page).toHaveURL(/#\/rules$/u);
    const row = page.locator('[data-rule="bí thư→thường vụ tỉnh uỷ"]');
    await expect(row).toContainText('Ban Bí thư → Ban Thường vụ Tỉnh ủy');
    await expect(row.locator('td.num')).toHaveText(['·', '2', '1', '·', '3']);
    await expect(page.locator('[data-rule="pháp luật có liên quan→quy chế quy định"]')).toContainText('pháp luật có liên quan → quy chế, quy định');
    await shot(page, 'rules', { fullPage: true });
    await row.getByRole('link', { name: 'Mở đối chiếu Lạng Sơn tại Mục 6, câu 3' }).click();
    await expect(page).toHaveURL(/#\/pair\/1154-cv-tu\?l=6-3/u);
    const detail = page.getByTestId('clause-detail');
    await expect(detail.getByTestId('localized-badge')).toHaveText('Địa phương hóa câu chữ');
    await expect(detail.locator('.diff-rule')).toHaveCount(4);
    await detail.scrollIntoViewIfNeeded();
    await shot(page, 'pair-localized');
  });

  test('the citations view shows the 99-NQ/TW inconsistency first, then who inherits, adds and drops what', async () => {
    const page = app();
    await openApp(page, '#/citations');
    const flags = page.getByTestId('citation-flags');
    await expect(flags).toContainText('Trích dẫn không thống nhất (1)');
    await expect(flags).toContainText('TTXVN ghi “Quyết định số 99-NQ/TW ngày 03/10/2017 của Ban Bí thư”');
    await expect(flags).toContainText('ghi 99-QĐ/TW');
    const nq = page.getByTestId('citation-matrix').locator('tr[data-key="99-NQ/TW"]');
    await expect(nq.locator('.cite-cell--flagged')).toContainText('Không thống nhất');
    await expect(page.locator('.cite-doc[data-doc="1698-cv-tu"]')).toContainText('Bổ sung: văn bản của địa phương (4)');
    await shot(page, 'citations', { fullPage: true });
    await openApp(page, '#/citations?lang=en');
    await expect(page.getByTestId('citation-flags')).toContainText('TTXVN writes “Quyết định số 99-NQ/TW');
    await shot(page, 'citations-en', { fullPage: true });
    await openApp(page, '#/rules?lang=en');
    await expect(page.getByTestId('rules-table')).toContainText('Rule: central → local');
    await shot(page, 'rules-en', { fullPage: true });
  });

  test('the timeline view gives days after KL 54, forwarding letters apart, the unknown date as unknown', async () => {
    const page = app();
    await openApp(page);
    await page.getByTestId('nav-timeline').click();
    const bars = page.getByTestId('timeline-bars');
    await expect(bars.locator('[data-doc="652-cv-đu"]')).toContainText('13 ngày');
    await expect(bars.locator('[data-doc="652-cv-đu"]')).toHaveClass(/tl-bar--forwarding/u);
    await expect(bars.locator('[data-doc="1154-cv-tu"]')).toContainText('34 ngày');
    await expect(bars.locator('[data-doc="1698-cv-tu"]')).toContainText('69 ngày');
    await expect(bars.locator('[data-doc="thanh-uy-003"]')).toContainText('Không rõ ngày');
    await shot(page, 'timeline', { fullPage: true });
    await openApp(page, '#/timeline?lang=en');
    await expect(page.getByTestId('timeline-bars')).toContainText('The first implementation document came 34 days after, the last 69 days after.');
    await shot(page, 'timeline-en', { fullPage: true });
  });

  test('an added clause shows its KL 21 source; a clause with no source is genuinely local', async () => {
    const page = app();
    await openApp(page, '#/pair/1154-cv-tu');
    const pane = page.getByTestId('pane-local');
    await pane.locator('.clause', { hasText: ASSET }).click();
    const source = page.getByTestId('provenance-source');
    await expect(source).toContainText('Nguồn có thể: 21-KL/TW, Nhiệm vụ I.2.4, câu 20');
    await expect(source).toContainText('Tăng cường kiểm soát tài sản, thu nhập của cán bộ');
    await expect(pane.locator('.clause', { hasText: ASSET })).toHaveAttribute('data-cls', 'added');
    await shot(page, 'pair-provenance');
    await pane.locator('.clause', { hasText: 'Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng' }).click();
    await expect(page.getByTestId('provenance-local')).toContainText('Nội dung riêng của địa phương');
  });

  test('the clause view shows the lineage KL 21 → KL 54 → provinces', async () => {
    const page = app();
    await openApp(page, '#/clause/2-1');
    const lineage = page.getByTestId('lineage');
    await expect(lineage).toContainText('Kết luận 21-KL/TW');
    await expect(lineage).toContainText('dân giám sát, dân thụ hưởng');
    await expect(lineage).toContainText('3/4 triển khai');
    await shot(page, 'clause-lineage');
  });

  test('the JSON report gains provenance, rules and citations', async () => {
    const page = app();
    await openApp(page, '#/rules');
    await expect(page.getByTestId('rules-table')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report').click()]);
    const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown> & {
      provenance: { parents: string[] }; rules: { rules: { id: string }[] }; citations: { flags: { key: string }[] };
    };
    expect(report['schema']).toBe('doichieu.report/1');
    expect(report.provenance.parents).toEqual(['21-KL/TW']);
    expect(report.rules.rules.map((r) => r.id)).toContain('bí thư→thường vụ tỉnh uỷ');
    expect(report.citations.flags.map((f) => f.key)).toEqual(['99-NQ/TW']);
  });
});

// Its own page: marking a parent is saved with the workspace.
test.describe('parent documents', () => {
  test('a local document marked as a parent leaves the comparison and joins the provenance search; unmarking restores it', async ({ page }) => {
    await openApp(page);
    const rows = page.getByTestId('document-table').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await page.getByTestId('mark-parent-thanh-uy-003').click();
    await expect(rows).toHaveCount(3, { timeout: 30_000 });
    const parents = page.getByTestId('parent-list');
    await expect(parents).toContainText('Văn bản gốc dùng để truy nguồn (2)');
    await expect(parents.locator('[data-parent="thanh-uy-003"]')).toContainText('do bạn đánh dấu');
    await parents.scrollIntoViewIfNeeded();
    await shot(page, 'overview-parents');
    await parents.getByRole('button', { name: /Không dùng .* làm văn bản gốc nữa/u }).click();
    await expect(rows).toHaveCount(4, { timeout: 30_000 });
    await expect(page.getByTestId('parent-list')).toContainText('(1)');
  });
});

const VIEWS = [
  ['rules', '#/rules'],
  ['citations', '#/citations?lang=en'],
  ['timeline', '#/timeline'],
  ['tour', '#/tour?step=3'],
  ['tour, presentation mode', '#/tour?step=2&present=1'],
  ['clause view with lineage', '#/clause/2-1'],
] as const;

test.describe('accessibility of the insight views', () => {
  const app = sharedApp();
  for (const [name, hash] of VIEWS) {
    test(`axe-core finds no serious or critical violation: ${name}`, async () => {
      const page = app();
      await openApp(page, hash);
      await expect(page.locator('.insights-note')).toHaveCount(0);
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});
