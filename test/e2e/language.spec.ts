/**
 * One language at a time: every view, in Vietnamese and in English, shows no interface text of the
 * other language. Document text (names, numbers, clauses, quoted phrases, file names) is Vietnamese
 * whatever the interface language; the interface marks it `data-doc-text`, and it is left out.
 * An element that declares another language (`lang="en"` on the "English" switch) is left out too.
 *
 * What counts as the other language:
 * - in English, any Vietnamese letter (ă, â, đ, ê, ô, ơ, ư or a tone mark);
 * - in Vietnamese, any word of the English interface (its dictionary and the English wordings of
 *   reasons and notes) that is not also a word of the Vietnamese interface, and the English words
 *   raw clause ids and the core's English reason lines are made of.
 */
import { expect, test, type Page } from '@playwright/test';
import { vi } from '../../src/ui/i18n/dict-vi.ts';
import { en } from '../../src/ui/i18n/dict-en.ts';
import { wsEn, wsVi } from '../../src/ui/i18n/ws-strings.ts';
import { famEn, famVi } from '../../src/ui/i18n/family-strings.ts';
import { reviewEn, reviewVi } from '../../src/ui/i18n/review-strings.ts';
import { FAILURE_MESSAGES } from '../../src/ui/i18n/failure-messages.ts';
import { join } from 'node:path';
import { fixturePath, importFiles, openDocuments, waitAnalysed } from './import-steps.ts';
import { openApp, toHash } from './helpers.ts';
import { sharedWorkspace } from './shared-workspace.ts';

const VIETNAMESE = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

const wordsOf = (texts: readonly string[]) => new Set(texts.flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? []));
const viWords = wordsOf([...Object.values(vi), ...Object.values(wsVi), ...Object.values(famVi), ...Object.values(FAILURE_MESSAGES.vi), ...Object.values(reviewVi)]);
/** English words that would betray an untranslated string, raw clause id or core reason line. */
const ENGLISH = new Set([...wordsOf([...Object.values(en), ...Object.values(wsEn), ...Object.values(famEn), ...Object.values(FAILURE_MESSAGES.en), ...Object.values(reviewEn),
  'lead in assessment closing implementation identical wording shares nearest cosmetic adapted adds drops words printed header',
  'issuer kind self reference number date forwarding letter corrected user detected none'])]
  .filter((w) => w.length >= 3 && /^[a-z]+$/u.test(w) && !viWords.has(w)));

/** Interface text on the page: visible text and the tooltips, labels and placeholders people meet, document text left out. */
async function interfaceText(page: Page, lang: 'vi' | 'en', root = 'body'): Promise<string[]> {
  await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
  return page.evaluate(([uiLang, rootSelector]) => {
    const top = document.querySelector(rootSelector!) ?? document.body;
    const skip = (el: Element | null) => !!el?.closest(`[data-doc-text], [lang]:not([lang="${uiLang}"]), script, style, title`);
    const docs = [...document.querySelectorAll('[data-doc-text]')].map((e) => e.textContent ?? '').filter((s) => s.trim().length > 1)
      .sort((a, b) => b.length - a.length);
    const out: string[] = [];
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!text || skip(el) || !el?.checkVisibility({ visibilityProperty: true })) continue;
      out.push(text);
    }
    for (const el of top.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (skip(el)) continue;
      // `data-doc-title`: the element's title is the document's text (a citation as written, a spelling).
      for (const attr of el.hasAttribute('data-doc-title') ? ['aria-label', 'placeholder'] : ['title', 'aria-label', 'placeholder']) {
        let v = el.getAttribute(attr);
        if (!v) continue;
        // A label naming a document ("Mở đối chiếu Lạng Sơn tại …") holds document text: take it out.
        for (const d of docs) v = v.split(d.trim()).join(' ');
        out.push(v);
      }
    }
    return out;
  }, [lang, root] as const);
}

/** The strings of `texts` that are of the other language than `lang`. */
function otherLanguage(texts: readonly string[], lang: 'vi' | 'en'): string[] {
  if (lang === 'en') return texts.filter((s) => VIETNAMESE.test(s));
  return texts.filter((s) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => ENGLISH.has(w)));
}

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

const withLang = (hash: string, lang: 'vi' | 'en') => (lang === 'vi' ? hash : `${hash}${hash.includes('?') ? '&' : '?'}lang=en`);

for (const lang of ['vi', 'en'] as const) {
  test.describe(`every view in ${lang === 'vi' ? 'Vietnamese' : 'English'}`, () => {
    test('shows no interface text of the other language', async ({ page }) => {
      test.setTimeout(180_000);
      await openApp(page, withLang('#/', lang));
      const found: string[] = [];
      let query = '';
      for (const v of VIEWS) {
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
      expect(found).toEqual([]);
    });

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

    test.describe('after an import', () => {
      // One page for the group: before each test sharedWorkspace empties the kept workspace and
      // checks that the app reads as a fresh one (built-in corpus, no results, no notice).
      const app = sharedWorkspace();

      test('families and a chain (NQLT 102 → Quảng Ninh → Lương Minh) in one language', async () => {
        const page = app();
        test.setTimeout(240_000);
        const real = (name: string) => join(import.meta.dirname, '..', '..', '..', 'shared', 'real', name);
        await openDocuments(page);
        if (lang === 'en') await page.goto(`/${withLang('#/documents', lang)}`);
        await importFiles(page, ['nqlt102-central_102-2025-NQLT.txt', 'nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt',
          'nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt', 'negative_news-summary_74-NQ-CP.txt'].map(real));
        await page.locator('[data-testid="doc-entry"][data-source="nqlt102-central_102-2025-NQLT.txt"]').getByTestId('fam-add-central').click();
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

      test('the documents page after an import, and the metadata editor, in one language', async () => {
        const page = app();
        await openDocuments(page);
        if (lang === 'en') await page.goto(`/${withLang('#/documents', lang)}`);
        await importFiles(page, [fixturePath('lang-son.vn3-ansi.txt'), fixturePath('png-renamed.txt')]);
        await page.getByTestId('doc-entry').first().getByRole('button', { name: lang === 'vi' ? 'Sửa thông tin' : 'Edit details' }).click();
        expect(otherLanguage(await interfaceText(page, lang), lang)).toEqual([]);
      });
    });
  });
}
