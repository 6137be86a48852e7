/** Interface wording built from the dictionary: class names, unit names, document names, progress stages. */
import type { Part, Role } from '../../core/types.ts';
import type { PairClass } from '../../state/combine/combine-pair.ts';
import { formatDate } from '../../state/format-date.ts';
import type { T } from '../i18n/translate.ts';
import { clauseLabel as wordClause, compactClauseId, unitWords } from '../../messages/clause-label.ts';

/** Dictionary name of a class. */
export function classLabel(t: T, cls: PairClass): string {
  return t(`class.${cls}`);
}

/**
 * "Nhiệm vụ 3", "Đánh giá", "Mục 6"…; a unit of a normative text in its own words, in the current
 * language ("Đ28.3" → "Điều 28, khoản 3" / "Article 28, paragraph 3", as clause labels read), not
 * "Task Đ28.3" (the English pair view of NQLT 102 showed that).
 */
export function unitLabel(t: T, part: Part, unit: string): string {
  if (part === 'appendix') {
    // NQLT 102's appendix has numbered parts ("PL.1", "PL.3"): named alike, the task strip read
    // "Appendix: 8% · Appendix: 7%". Worded as the clause labels word them ("Phụ lục, 2.3").
    const words = unitWords(t.lang, unit);
    return words ? `${t('part.appendix')}, ${words}` : t('part.appendix');
  }
  const words = part === 'task' || part === 'implementation' ? unitWords(t.lang, unit) : unit;
  return words !== unit ? words : t(`part.${part}`, { unit });
}

/** Role wording; unknown when the analysis could not tell. */
export function roleLabel(t: T, role: Role | null): string {
  return role ? t(`role.${role}`) : t('role.unknown');
}

/** dd/mm/yyyy, or "date unknown". */
export function dateLabel(t: T, iso: string | null): string {
  return formatDate(iso) ?? t('doc.noDate');
}

/** Days after the central text, or "date unknown" (never zero). */
export function lagLabel(t: T, days: number | null): string {
  return days === null ? t('doc.noDate') : t('doc.days', { n: days });
}

/** Number as printed, or "no number". */
export function numberLabel(t: T, number: string | null): string {
  return number ?? t('doc.noNumber');
}

/** Progress stage in words: the worker names stages "start", "parse", "done" or a document number. */
export function stageLabel(t: T, stage: string): string {
  if (stage === 'start' || stage === 'parse' || stage === 'done') return t(`status.stage.${stage}`);
  return t('status.stage.doc', { name: stage });
}

/** A clause id as people read it: "assessment-1" → "Phần đánh giá, câu 1", "2-1" → "Nhiệm vụ 2, câu 1" (src/messages). */
export function clauseLabel(t: T, id: string, part?: Part): string {
  return wordClause(t.lang, id, part);
}

/** Clause id for the narrow margin or a heat map row: "assessment-12" → "12" (the unit title names the part); "5-1" stays; "Đ1-1" is "Art1-1" in English. */
export function shortClauseId(t: T, id: string): string {
  return compactClauseId(t.lang, id);
}
