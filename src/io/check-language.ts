/**
 * Refuses text that is not Vietnamese before it is analysed as if it were. On the seeds at least
 * 87% of words carry a Vietnamese-specific letter; English scores 0, French 0.22, Chinese 0.
 */
import { InputError } from '../core/errors.ts';
import { vietnameseScore } from './vietnamese-score.ts';

/** Below this share of Vietnamese-specific words a text is not Vietnamese. */
export const MIN_VIETNAMESE = 0.4;
/** Shorter texts are not judged: a pasted heading may have no diacritics at all. */
const MIN_WORDS = 20;

/** Throws NOT_VIETNAMESE for a text of at least 20 words that is not Vietnamese. */
export function assertVietnamese(source: string, text: string): void {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_WORDS) return;
  const score = vietnameseScore(text);
  if (score < MIN_VIETNAMESE) {
    throw new InputError('NOT_VIETNAMESE', source, `${source} does not look like Vietnamese text (${Math.round(score * 100)}% of words carry Vietnamese letters); Đối chiếu compares Vietnamese documents`);
  }
}
