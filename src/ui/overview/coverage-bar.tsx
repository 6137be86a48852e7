/** A stacked bar of central task clauses: verbatim / adapted / omitted, with the counts in words. */
import { ClassIcon } from '../shared/class-icon.tsx';
import { useT } from '../i18n/use-t.ts';

interface Props {
  readonly verbatim: number;
  readonly adapted: number;
  readonly omitted: number;
  /** How counts are written (totals over 1,000 documents read better as "10.250"). */
  readonly format?: (n: number) => string;
}

/** Bar plus a text line; the bar is one image for assistive technology, labelled with the counts. */
export function CoverageBar({ verbatim, adapted, omitted, format = String }: Props) {
  const t = useT();
  const total = verbatim + adapted + omitted;
  const label = t('coverage.bar', { verbatim: format(verbatim), adapted: format(adapted), omitted: format(omitted) });
  const segs = [['verbatim', verbatim], ['adapted', adapted], ['omitted', omitted]] as const;
  return (
    <div className="coverage">
      <div className="stackbar" role="img" aria-label={label}>
        {total > 0 && segs.map(([cls, n]) => n > 0 && (
          <span key={cls} className={`stackbar__seg seg--${cls}`} style={{ width: `${(n / total) * 100}%` }} />
        ))}
      </div>
      <p className="coverage__counts" aria-hidden="true">
        {segs.map(([cls, n]) => (
          <span key={cls} className={`count count--${cls}`}><ClassIcon cls={cls} /> {format(n)}</span>
        ))}
      </p>
    </div>
  );
}
