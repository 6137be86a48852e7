/** The clause table's issue-11 columns: the clause's effects and the reviewer's answer beside the machine's. */
import type { ClauseReview } from './review-types.ts';
import type { EffectKind } from './effects.ts';

/** Effect kinds (space-separated, each once) and the review's who / when / why / machine answer; '' where none. */
export function reviewColumns(c: { readonly effects?: readonly { readonly kind: EffectKind }[]; readonly review?: ClauseReview }) {
  const r = c.review;
  return {
    effects: [...new Set((c.effects ?? []).map((e) => e.kind))].join(' '),
    reviewer: r?.by ?? '',
    reviewed_at: r?.at ?? '',
    review_note: r?.note ?? '',
    machine_class: r?.machine.class ?? '',
    machine_central: r?.machine.central.join(' ') ?? '',
  };
}
