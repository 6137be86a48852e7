/**
 * One language at a time (language.spec.ts, and the NQLT 102 family in families.spec.ts): what
 * counts as interface text of the other language on a page.
 *
 * Document text (names, numbers, clauses, quoted phrases, file names) is Vietnamese whatever the
 * interface language; the interface marks it `data-doc-text`, and it is left out. An element that
 * declares another language (`lang="en"` on the "English" switch) is left out too.
 *
 * What counts as the other language:
 * - in English, any Vietnamese letter (ă, â, đ, ê, ô, ơ, ư or a tone mark);
 * - in Vietnamese, any word of the English interface (its dictionary and the English wordings of
 *   reasons and notes) that is not also a word of the Vietnamese interface, and the English words
 *   raw clause ids and the core's English reason lines are made of.
 */
import type { Page } from '@playwright/test';
import { vi } from '../../src/ui/i18n/dict-vi.ts';
import { en } from '../../src/ui/i18n/dict-en.ts';
import { wsEn, wsVi } from '../../src/ui/i18n/ws-strings.ts';
import { famEn, famVi } from '../../src/ui/i18n/family-strings.ts';
import { reviewEn, reviewVi } from '../../src/ui/i18n/review-strings.ts';
import { FAILURE_MESSAGES } from '../../src/ui/i18n/failure-messages.ts';

export type Lang = 'vi' | 'en';

const VIETNAMESE = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

const wordsOf = (texts: readonly string[]) => new Set(texts.flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? []));
const viWords = wordsOf([...Object.values(vi), ...Object.values(wsVi), ...Object.values(famVi), ...Object.values(FAILURE_MESSAGES.vi), ...Object.values(reviewVi)]);
/** English words that would betray an untranslated string, raw clause id or core reason line. */
const ENGLISH = new Set([...wordsOf([...Object.values(en), ...Object.values(wsEn), ...Object.values(famEn), ...Object.values(FAILURE_MESSAGES.en), ...Object.values(reviewEn),
  'lead in assessment closing implementation identical wording shares nearest cosmetic adapted adds drops words printed header',
  'issuer kind self reference number date forwarding letter corrected user detected none'])]
  .filter((w) => w.length >= 3 && /^[a-z]+$/u.test(w) && !viWords.has(w)));

/** Interface text on the page: visible text and the tooltips, labels and placeholders people meet, document text left out. */
export async function interfaceText(page: Page, lang: Lang, root = 'body'): Promise<string[]> {
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
export function otherLanguage(texts: readonly string[], lang: Lang): string[] {
  if (lang === 'en') return texts.filter((s) => VIETNAMESE.test(s));
  return texts.filter((s) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => ENGLISH.has(w)));
}

/** `hash` in the interface language `lang` (Vietnamese is the default and is left out of the URL). */
export const withLang = (hash: string, lang: Lang) => (lang === 'vi' ? hash : `${hash}${hash.includes('?') ? '&' : '?'}lang=en`);
