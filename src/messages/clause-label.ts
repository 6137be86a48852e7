/**
 * Clause ids as people read them. Ids are "<unit>-<n>" (src/core/segment-clauses.ts): "assessment-1",
 * "lead-in-2", "2-1", "II.1-3". Shown to people they become "Phần đánh giá, câu 1", "Nhiệm vụ 2, câu 1"
 * (English: "Assessment, clause 1", "Task 2, clause 1").
 */
import type { Part as DocPart } from '../core/types.ts';
import { fillText, type Lang } from './words.ts';

const LABELS: Readonly<Record<Lang, Readonly<Record<DocPart, string>>>> = {
  vi: {
    assessment: 'Phần đánh giá, câu {n}',
    'lead-in': 'Phần mở đầu, câu {n}',
    task: 'Nhiệm vụ {unit}, câu {n}',
    implementation: 'Mục {unit}, câu {n}',
    closing: 'Phần kết thúc, câu {n}',
  },
  en: {
    assessment: 'Assessment, clause {n}',
    'lead-in': 'Opening, clause {n}',
    task: 'Task {unit}, clause {n}',
    implementation: 'Section {unit}, clause {n}',
    closing: 'Closing, clause {n}',
  },
};

const NAMED: readonly DocPart[] = ['assessment', 'lead-in', 'closing'];

/**
 * The clause `id` in `lang`. A numbered unit is a task unless `part` says it is the implementation
 * section; an id of another shape is returned as it is.
 */
export function clauseLabel(lang: Lang, id: string, part?: DocPart): string {
  const m = /^(.+)-(\d+)$/u.exec(id);
  if (!m) return id;
  const unit = m[1]!, n = m[2]!;
  const p: DocPart = NAMED.find((x) => x === unit) ?? (part === 'implementation' ? 'implementation' : 'task');
  return fillText(LABELS[lang][p], { unit, n });
}
