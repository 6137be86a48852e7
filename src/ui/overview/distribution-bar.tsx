/** One central clause over many documents: a bar of the shares that carry it verbatim, adapted, or omit it. */
import type { ClauseDistribution } from '../../state/combine/combine-heatmap-summary.ts';
import { useT } from '../i18n/use-t.ts';
import { useNum } from './use-num.ts';

// Documents with no result for the clause stay blank: the bar's background, not the hatched omitted.
const SEGS = ['verbatim', 'adapted', 'omitted'] as const;

/** The bar is one image for assistive technology, labelled with the counts; the figure beside it is text. */
export function DistributionBar({ d, docs }: { d: ClauseDistribution | undefined; docs: number }) {
  const t = useT();
  const num = useNum();
  if (!d || docs === 0) return null;
  const label = t('heatmap.distBar', { verbatim: num(d.verbatim), adapted: num(d.adapted), omitted: num(d.omitted), total: num(docs) });
  return (
    <span className="dist">
      <span className="stackbar dist__bar" role="img" aria-label={label} title={label}>
        {SEGS.map((cls) => d[cls] > 0 && (
          <span key={cls} className={`stackbar__seg seg--${cls}`} style={{ width: `${(d[cls] / docs) * 100}%` }} />
        ))}
      </span>
      <span className="dist__value num">{Math.round((d.carried / docs) * 100)}%</span>
    </span>
  );
}
