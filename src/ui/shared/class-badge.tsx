/** A class shown as icon + word, coloured by class: colour is never the only signal. */
import type { PairClass } from '../../state/combine/combine-pair.ts';
import { ClassIcon } from './class-icon.tsx';
import { classLabel } from './labels.ts';
import { useT } from '../i18n/use-t.ts';

/** Badge "= Nguyên văn", "+ Bổ sung (địa phương)"… */
export function ClassBadge({ cls, compact = false }: { cls: PairClass; compact?: boolean }) {
  const t = useT();
  const label = classLabel(t, cls);
  return (
    <span className={`badge badge--${cls}`} title={compact ? label : undefined}>
      <ClassIcon cls={cls} />
      {compact ? <span className="visually-hidden">{label}</span> : <span>{label}</span>}
    </span>
  );
}
