/** Answers in words for the review views: "Điều chỉnh từ câu 3-1", "Có triển khai qua câu 3-2". */
import { CLASS_LABEL, STATUS_LABEL } from '../../../export/labels.ts';
import { UNMATCHED_WORDS, dmyTime } from '../../../export/inspection-words.ts';
import type { CentralStatus, LocalClass } from '../../../core/types.ts';
import type { UnmatchedDecision } from '../../../core/review-types.ts';
import type { RT } from '../../i18n/review-strings.ts';

export { dmyTime };

/** A local clause's answer: its class and counterparts. */
export function clauseAnswer(t: RT, a: { readonly class: LocalClass; readonly central: readonly string[] }): string {
  const cls = CLASS_LABEL[t.lang][a.class];
  return a.central.length ? t('review.answer.central', { cls, ids: a.central.join(', ') }) : cls;
}

/** A central clause's answer: its status and the local clauses carrying it. */
export function statusAnswer(t: RT, a: { readonly status: CentralStatus | 'carried'; readonly by: readonly string[] }): string {
  const status = STATUS_LABEL[t.lang][a.status];
  return a.by.length ? t('review.answer.by', { status, ids: a.by.join(', ') }) : status;
}

/** "“…” — no clause reads like this any more (Lan, 25/11/2026 09:00)". */
export function unmatchedLine(t: RT, u: UnmatchedDecision): string {
  return t('unmatched.item', { value: u.value, reason: UNMATCHED_WORDS[t.lang][u.reason] ?? u.reason, by: u.decision.reviewer, at: dmyTime(u.decision.at) });
}
