/** Interface wording built from the dictionary: class names, unit names, document names, progress stages. */
import type { Part, Role } from '../../core/types.ts';
import type { PairClass } from '../../state/combine/combine-pair.ts';
import { formatDate } from '../../state/format-date.ts';
import type { T } from '../i18n/translate.ts';

/** Dictionary name of a class. */
export function classLabel(t: T, cls: PairClass): string {
  return t(`class.${cls}`);
}

/** "Nhiệm vụ 3", "Đánh giá", "Mục 6"… */
export function unitLabel(t: T, part: Part, unit: string): string {
  return t(`part.${part}`, { unit });
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

const NAMED_PARTS: readonly Part[] = ['assessment', 'lead-in', 'closing'];

/**
 * A clause id as people read it: "assessment-1" → "Phần đánh giá, câu 1", "2-1" → "Nhiệm vụ 2, câu 1",
 * "II.1-3" → "Nhiệm vụ II.1, câu 3". Ids are "<unit>-<n>" (segment-clauses.ts); give `part` when it is
 * known (a numbered unit is a task unless the part says implementation). An id of another shape stays.
 */
export function clauseLabel(t: T, id: string, part?: Part): string {
  const m = /^(.+)-(\d+)$/u.exec(id);
  if (!m) return id;
  const unit = m[1]!, n = m[2]!;
  const named = NAMED_PARTS.find((p) => p === unit);
  const p: Part = named ?? (part === 'implementation' ? 'implementation' : 'task');
  return t(`clauseOf.${p}`, { unit, n });
}

/** Clause id for the narrow margin: "assessment-12" → "12" (the unit title names the part); "5-1" stays. */
export function shortClauseId(id: string): string {
  const m = /^[a-z][a-z-]*-(\d+)$/u.exec(id);
  return m ? m[1]! : id;
}
