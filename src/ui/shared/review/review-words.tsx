/** Answers in words for the review views: "Điều chỉnh từ câu 3-1", "Có triển khai qua câu 3-2". */
import { CLASS_LABEL, STATUS_LABEL } from '../../../export/labels.ts';
import { UNMATCHED_WORDS, dmyTime } from '../../../export/inspection-words.ts';
import type { CentralStatus, LocalClass } from '../../../core/types.ts';
import type { UnmatchedDecision } from '../../../core/review-types.ts';
import type { RT } from '../../i18n/review-strings.ts';
import type { ReactNode } from 'react';
import { content, marked } from './marked.tsx';

export { dmyTime };

/** A local clause's answer: its class and counterparts. */
export function clauseAnswer(t: RT, a: { readonly class: LocalClass; readonly central: readonly string[] }, name: (id: string) => string = (id) => id): string {
  const cls = CLASS_LABEL[t.lang][a.class];
  return a.central.length ? t('review.answer.central', { cls, ids: a.central.map(name).join('; ') }) : cls;
}

/** A central clause's answer: its status and the local clauses carrying it. */
export function statusAnswer(t: RT, a: { readonly status: CentralStatus | 'carried'; readonly by: readonly string[] }, name: (id: string) => string = (id) => id): string {
  const status = STATUS_LABEL[t.lang][a.status];
  return a.by.length ? t('review.answer.by', { status, ids: a.by.map(name).join('; ') }) : status;
}

/** "“…” — no clause reads like this any more (Lan, 25/11/2026 09:00)", the decision's words marked. */
export function unmatchedLine(t: RT, u: UnmatchedDecision): ReactNode {
  return marked((v) => t('unmatched.item', v), { value: content(u.value), reason: UNMATCHED_WORDS[t.lang][u.reason] ?? u.reason, by: content(u.decision.reviewer), at: dmyTime(u.decision.at) });
}
