/** Decisions kept but matching nothing ("không còn khớp"): listed where they belong, never dropped silently. */
import type { UnmatchedDecision } from '../../../core/review-types.ts';
import { useRT } from '../../i18n/review-strings.ts';
import { unmatchedLine } from './review-words.tsx';

export function UnmatchedList({ items }: { items: readonly UnmatchedDecision[] }) {
  const t = useRT();
  if (!items.length) return null;
  return (
    <div className="unmatched" data-testid="unmatched">
      <h3>{t('unmatched.title', { n: items.length })}</h3>
      <p className="muted">{t('unmatched.desc')}</p>
      <ul>{items.map((u) => <li key={u.index}>{unmatchedLine(t, u)}</li>)}</ul>
    </div>
  );
}
