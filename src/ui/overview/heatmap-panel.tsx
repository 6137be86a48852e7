/**
 * The heat-map panel: with a few documents, every column (as it has always been); with many, the
 * per-clause distribution and a window of columns. Either way the columns follow the table.
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Analysis } from '../../core/types.ts';
import { heatmapOf } from '../../state/combine/combine-heatmap.ts';
import { heatmapMatrixOf, heatmapSummaryOf, weakenedCellsOf } from '../../state/combine/per-analysis.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { Panel } from '../shared/panel.tsx';
import { useT } from '../i18n/use-t.ts';
import { Heatmap } from './heatmap.tsx';
import { HeatmapLarge } from './heatmap-large.tsx';
import type { DocumentRow } from '../../state/combine/combine-document-rows.ts';
import { WeakenedCells, WeakenedToggle } from './heatmap-weakened.tsx';

// A new table page leaves the heat map's data as it was: skip re-rendering its hundreds of cells.
const AllColumns = memo(Heatmap);
const Windowed = memo(HeatmapLarge);

/** Up to this many documents every one is a column; beyond, the distribution and a window. */
export const HEATMAP_ALL_COLUMNS = 12;
/** Columns in the window. */
export const HEATMAP_WINDOW = 20;

interface Props {
  readonly analysis: Analysis;
  /** The table's documents (the distribution counts them), and their ids in the table's order (the columns). */
  readonly filtered: readonly DocumentRow[];
  readonly order: readonly string[];
  /** Index in `order` of the window's first column (from the store). */
  readonly heatStart: number;
}

/** The panel for the documents of the table. */
export function HeatmapPanel({ analysis, filtered: nowFiltered, order: nowOrder, heatStart }: Props) {
  const t = useT();
  // The table answers a sort or filter first; the heat map (hundreds of cells) follows in the next
  // render, which React may interrupt — it sits below the table, mostly out of view.
  const order = useDeferredValue(nowOrder);
  const filtered = useDeferredValue(nowFiltered);
  const showHeatColumns = useAppStore((s) => s.showHeatColumns);
  const matrix = heatmapMatrixOf(analysis);
  const large = order.length > HEATMAP_ALL_COLUMNS;
  const start = large ? Math.min(heatStart, Math.max(0, order.length - 1)) : 0;
  const ids = useMemo(() => (large ? order.slice(start, start + HEATMAP_WINDOW) : order), [large, order, start]);
  const data = useMemo(() => heatmapOf(matrix, ids), [matrix, ids]);
  const summary = large ? heatmapSummaryOf(matrix, filtered) : null;
  const weakened = weakenedCellsOf(analysis);
  const [showWeakened, setShowWeakened] = useState(false);
  return (
    <WeakenedCells.Provider value={showWeakened ? weakened : null}>
    <Panel id="heatmap" title={t('heatmap.title')} className="panel--heatmap"
      actions={weakened.size > 0 ? <WeakenedToggle on={showWeakened} count={weakened.size} onChange={setShowWeakened} /> : null}
      description={large ? t('heatmap.largeDesc', { n: HEATMAP_WINDOW }) : t('heatmap.desc')}>
      {order.length === 0 ? <p className="muted" data-testid="heatmap-empty">{t('filter.none')}</p>
        : summary ? <Windowed data={data} summary={summary} start={start} size={HEATMAP_WINDOW} onWindow={showHeatColumns} />
          : <AllColumns data={data} />}
    </Panel>
    </WeakenedCells.Provider>
  );
}
