/** A tour step's title and caption in the interface language, composed from the step's facts. */
import type { Part } from '../../core/types.ts';
import type { TourStepView } from '../../state/combine/combine-tour.ts';
import type { T } from '../i18n/translate.ts';
import { unitLabel } from '../shared/labels.ts';

/** "Một nhiệm vụ được chép nguyên văn"… */
export function stepTitle(t: T, s: TourStepView): string {
  return t(`tour.kind.${s.kind}`);
}

/** The caption: a dictionary sentence per kind, filled with the step's facts (never document prose). */
export function stepCaption(t: T, s: TourStepView): string {
  const v = s.vars;
  const unitName = unitLabel(t, (v['part'] as Part | undefined) ?? 'task', String(v['unit'] ?? ''));
  switch (s.kind) {
    case 'localized': {
      const n = Number(v['rules'] ?? 1) - 1;
      const more = n <= 0 ? '' : n === 1 ? t('tour.more1') : t('tour.moreN', { n });
      return t('tour.caption.localized', { ...v, more });
    }
    case 'forwarding': {
      const lag = typeof v['lagDays'] === 'number' ? t('tour.lag', { n: v['lagDays'] }) : t('tour.lagUnknown');
      const ev = s.evidence.type === 'forwarding' ? s.evidence : null;
      const carried = ev?.carried ?? 0;
      return carried === 0
        ? t('tour.caption.forwarding', { ...v, lag })
        : t('tour.caption.forwardingSome', { ...v, lag, carried, tasks: ev?.total ?? 0 });
    }
    default:
      return t(`tour.caption.${s.kind}`, { ...v, unitName });
  }
}

/** The label of the step's deep link. */
export function openLabel(t: T, s: TourStepView): string {
  if (s.link.view === 'clause') return t('tour.openClause', { clause: s.link.clause ?? '' });
  const clause = s.link.local ?? s.link.clause;
  // Only numbered (task) clauses make a readable label; "lead-in-1" does not.
  return clause && /^[\dIVX]/u.test(clause) ? t('tour.openPair', { doc: String(s.vars['doc'] ?? ''), clause }) : t('tour.openDoc', { doc: String(s.vars['doc'] ?? '') });
}
