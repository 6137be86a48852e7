/**
 * One language at a time: every view, in Vietnamese and in English, shows no interface text of the
 * other language (what counts as such: language-check.ts). Document text is Vietnamese whatever the
 * interface language; the interface marks it `data-doc-text`, and it is left out. NQLT 102's family
 * and chain are walked in both languages in families.spec.ts, on the page that imported it once.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixturePath, importFiles, openDocuments } from './import-steps.ts';
import { openApp, sharedApp, toHash } from './helpers.ts';
import { interfaceText, otherLanguage, withLang } from './language-check.ts';
import { sharedWorkspace } from './shared-workspace.ts';

/** Views, each a hash (after a query, for the benchmark corpus) and what shows it is ready. */
const VIEWS: readonly { name: string; hash: string; ready: string; query?: string }[] = [
  { name: 'overview', hash: '#/', ready: '[data-testid="document-table"]' },
  { name: 'pair, a central clause selected', hash: '#/pair/1154-cv-tu?c=5-1', ready: '[data-testid="clause-detail"]' },
  { name: 'pair, a localized clause selected', hash: '#/pair/1154-cv-tu?l=6-3', ready: '[data-testid="clause-detail"]' },
  { name: 'pair, an added clause, metadata notes', hash: '#/pair/thanh-uy-003?l=lead-in-1', ready: '[data-testid="clause-detail"]' },
  { name: 'pair, forwarding letter', hash: '#/pair/652-cv-đu', ready: '[data-testid="pane-local"]' },
  { name: 'pair, a weakened clause, effect filter', hash: '#/pair/1698-cv-tu?l=5-3&f=weakened', ready: '[data-testid="effect-list"]' },
  { name: 'clause view', hash: '#/clause/5-1', ready: '.carrier' },
  { name: 'clause view with lineage', hash: '#/clause/2-1', ready: '.carrier' },
  { name: 'rules', hash: '#/rules', ready: '[data-testid="rules-table"]' },
  { name: 'citations', hash: '#/citations', ready: '[data-testid="citation-matrix"]' },
  { name: 'timeline', hash: '#/timeline', ready: '[data-testid="timeline-table"]' },
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ name: `tour step ${n}`, hash: `#/tour?step=${n}`, ready: '[data-testid="tour-caption"]' })),
  { name: 'documents', hash: '#/documents', ready: '[data-testid="doc-list"]' },
  { name: 'inspection report', hash: '#/report', ready: '[data-testid="report-summary"]' },
  { name: 'one-document inspection report', hash: '#/report/1154-cv-tu', ready: '[data-testid="inspection-page"]' },
  { name: 'two documents compared', hash: '#/compare?a=lang-son-1154-cv-tu.txt%230&b=quang-ngai-1698-cv-tu.txt%230', ready: '[data-testid="compare-rows"]' },
  { name: 'benchmark corpus, overview', query: '?bench=30', hash: '#/', ready: '[data-testid="bench-banner"]' },
  { name: 'benchmark corpus, documents', query: '?bench=30', hash: '#/documents', ready: '[data-testid="bench-banner"]' },
];

/** The interface text of the other language on each of `views`, walked in `lang` from where `page` is. */
async function walk(page: Page, views: typeof VIEWS, lang: 'vi' | 'en'): Promise<string[]> {
  const found: string[] = [];
  let query = new URL(page.url()).search;
  for (const v of views) {
    // A view of the loaded app is reached by its hash, as a link does (no reload, no new
    // analysis); a change of query (the benchmark corpus) loads the page.
    if ((v.query ?? '') === query) await toHash(page, withLang(v.hash, lang));
    else await page.goto(`/${v.query ?? ''}${withLang(v.hash, lang)}`);
    query = v.query ?? '';
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    await expect(page.locator(v.ready).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.insights-note')).toHaveCount(0, { timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    found.push(...otherLanguage(await interfaceText(page, lang), lang).map((s) => `${v.name}: ${s}`));
  }
  return found;
}

test.describe('every view in one language', () => {
  // One loaded app for both languages (the language is in the hash): the built-in corpus is loaded
  // and analysed once for the two walks of its views, and the benchmark corpus once for both
  // languages, after them. The walks only read.
  const app = sharedApp();
  for (const lang of ['vi', 'en'] as const) {
    test(`shows no interface text of the other language: ${lang === 'vi' ? 'Vietnamese' : 'English'}`, async () => {
      test.setTimeout(180_000);
      expect(await walk(app(), VIEWS.filter((v) => !v.query), lang)).toEqual([]);
    });
  }
  test('the benchmark corpus shows no interface text of the other language, in Vietnamese and in English', async () => {
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const lang of ['vi', 'en'] as const) found.push(...(await walk(app(), VIEWS.filter((v) => v.query), lang)).map((s) => `${lang}: ${s}`));
    expect(found).toEqual([]);
  });
});

for (const lang of ['vi', 'en'] as const) {
  test.describe(`every view in ${lang === 'vi' ? 'Vietnamese' : 'English'}`, () => {
    test('a clause under review, its decision, the audit trail and the one-document report, in one language', async ({ page }) => {
      test.setTimeout(120_000);
      await openApp(page, withLang('#/pair/1154-cv-tu?l=6-3', lang));
      await page.getByTestId('review-edit').click();
      await page.getByTestId('review-note-input').fill('Sở Nội vụ là cơ quan được giao');
      await page.getByTestId('review-name').fill('Nguyễn Thị Lan');
      expect(otherLanguage(await interfaceText(page, lang), lang)).toEqual([]);
      await page.getByTestId('review-save').click();
      await expect(page.getByTestId('clause-review')).toHaveAttribute('data-reviewed', 'yes');
      await page.goto(`/${withLang('#/pair/1154-cv-tu?c=5-1', lang)}`);
      await page.getByTestId('review-edit').click();
      await page.getByTestId('review-save').click();
      await expect(page.getByTestId('clause-review')).toHaveAttribute('data-reviewed', 'yes');
      await page.getByTestId('clause-review').getByTestId('review-edit').click();
      expect(otherLanguage(await interfaceText(page, lang), lang)).toEqual([]);
      await page.goto(`/${withLang('#/report/1154-cv-tu', lang)}`);
      await expect(page.getByTestId('insp-decisions')).toContainText('Sở Nội vụ');
      expect(otherLanguage(await interfaceText(page, lang), lang)).toEqual([]);
      await page.goto(`/${withLang('#/', lang)}`);
      await expect(page.getByTestId('review-summary')).toBeVisible();
      expect(otherLanguage(await interfaceText(page, lang), lang)).toEqual([]);
    });
  });
}

test.describe('after an import, in one language', () => {
  // One page for both languages: before each test sharedWorkspace empties the kept workspace and
  // checks that the app reads as a fresh one (built-in corpus, no results, no notice).
  const app = sharedWorkspace();
  for (const lang of ['vi', 'en'] as const) {
    test(`the documents page after an import, and the metadata editor: ${lang === 'vi' ? 'Vietnamese' : 'English'}`, async () => {
      const page = app();
      await openDocuments(page);
      if (lang === 'en') await page.goto(`/${withLang('#/documents', lang)}`);
      await importFiles(page, [fixturePath('lang-son.vn3-ansi.txt'), fixturePath('png-renamed.txt')]);
      await page.getByTestId('doc-entry').first().getByRole('button', { name: lang === 'vi' ? 'Sửa thông tin' : 'Edit details' }).click();
      expect(otherLanguage(await interfaceText(page, lang), lang)).toEqual([]);
    });
  }
});
