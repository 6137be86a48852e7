/**
 * Controls above the aggregated heat map: page through the document columns, and put the clauses
 * most documents omit first.
 */
import { useT } from '../i18n/use-t.ts';
import { useNum } from './use-num.ts';

interface Props {
  readonly start: number;
  readonly size: number;
  readonly total: number;
  readonly onWindow: (start: number) => void;
  readonly ranked: boolean;
  readonly onRanked: (ranked: boolean) => void;
}

/** "‹ 20 văn bản trước · Văn bản 21–40 / 1.000 · 20 văn bản sau ›" and the ranking toggle. */
export function HeatmapWindowNav({ start, size, total, onWindow, ranked, onRanked }: Props) {
  const t = useT();
  const num = useNum();
  const shown = Math.min(total, start + size);
  return (
    <div className="heatmap__tools no-print">
      <nav className="pager heatmap__window" aria-label={t('heatmap.windowLabel')} data-testid="heatmap-window">
        <button type="button" className="button button--quiet button--small" disabled={start === 0} data-testid="heatmap-prev"
          onClick={() => onWindow(Math.max(0, start - size))}><span aria-hidden="true">‹</span> {t('heatmap.windowPrev', { n: size })}</button>
        <span className="pager__where">{t('heatmap.window', { from: num(start + 1), to: num(shown), total: num(total) })}</span>
        <button type="button" className="button button--quiet button--small" disabled={shown >= total} data-testid="heatmap-next"
          onClick={() => onWindow(start + size)}>{t('heatmap.windowNext', { n: size })} <span aria-hidden="true">›</span></button>
      </nav>
      <button type="button" className="button button--quiet button--small" aria-pressed={ranked} data-testid="heatmap-rank"
        onClick={() => onRanked(!ranked)}>{t('heatmap.rankOmitted')}</button>
    </div>
  );
}
