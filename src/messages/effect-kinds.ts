/**
 * The kinds of effect a change has (core/effects.ts), in words: one table for the screen (badges,
 * the effect filter, highlighted evidence), the exported tables and the inspection report, which
 * used to keep a copy each.
 */
import type { EffectKind } from '../core/effects.ts';
import type { Lang } from './words.ts';

/** Name of each effect kind as a table cell or a sentence says it ("làm nhẹ", "weakened"). */
export const EFFECT_KIND_WORDS: Readonly<Record<Lang, Readonly<Record<EffectKind, string>>>> = {
  vi: { weakened: 'làm nhẹ', strengthened: 'làm mạnh', narrowed: 'thu hẹp', widened: 'mở rộng', reassigned: 'đổi cơ quan', localized: 'địa phương hóa', reworded: 'diễn đạt lại' },
  en: { weakened: 'weakened', strengthened: 'strengthened', narrowed: 'narrowed', widened: 'widened', reassigned: 'reassigned', localized: 'localized', reworded: 'reworded' },
};

/** The name as a label starts it (a badge, an option of the effect filter): "Làm nhẹ", "Weakened". */
export function effectKindLabel(lang: Lang, kind: EffectKind): string {
  const w = EFFECT_KIND_WORDS[lang][kind];
  return w.charAt(0).toLocaleUpperCase(lang) + w.slice(1);
}

/** Header of the column counting a document's clauses of one effect kind: "Câu làm nhẹ", "Weakened clauses". */
export function effectClausesHeader(lang: Lang, kind: EffectKind): string {
  return lang === 'vi' ? `Câu ${EFFECT_KIND_WORDS.vi[kind]}` : `${effectKindLabel('en', kind)} clauses`;
}
