import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp, sharedApp } from './helpers.ts';

const VIEWS = [
  ['overview', '#/'],
  ['overview (English)', '#/?lang=en'],
  ['pair view with a selection', '#/pair/1154-cv-tu?c=5-1'],
  ['pair view filtered', '#/pair/1698-cv-tu?l=2-1&f=omitted'],
  ['clause view', '#/clause/5-1?d=1154-cv-tu'],
] as const;

test.describe('accessibility of the views', () => {
  const app = sharedApp();
  for (const [name, hash] of VIEWS) {
    test(`axe-core finds no serious or critical violation: ${name}`, async () => {
      const page = app();
      await openApp(page, hash);
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});
