/** The class legend: icon, colour, name and a short explanation. */
import type { PairClass } from '../../state/combine/combine-pair.ts';
import { ClassBadge } from './class-badge.tsx';
import { useT } from '../i18n/use-t.ts';

/** Legend for the given classes, in order. */
export function Legend({ classes, explain = true }: { classes: readonly Exclude<PairClass, 'none'>[]; explain?: boolean }) {
  const t = useT();
  return (
    <div className="legend" role="group" aria-label={t('legend.title')}>
      {classes.map((c) => (
        <span key={c} className="legend__item">
          <ClassBadge cls={c} />
          {explain && <span className="legend__desc">{t(`class.desc.${c}`)}</span>}
        </span>
      ))}
    </div>
  );
}
