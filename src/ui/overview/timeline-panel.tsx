/** The timeline panel: each document on the day axis when they fit, a histogram of days when there are many. */
import { memo, useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { lagHistogramOf, timelineOf } from '../../state/combine/per-analysis.ts';
import { keepIds } from '../../state/combine/combine-in-order.ts';
import { Panel } from '../shared/panel.tsx';
import { useT } from '../i18n/use-t.ts';
import { dateLabel } from '../shared/labels.ts';
import { Timeline } from '../shared/timeline-chart.tsx';
import { LagHistogram } from './lag-histogram.tsx';
import type { DocumentRow } from '../../state/combine/combine-document-rows.ts';

/** Up to this many documents each gets a labelled marker; beyond, labels would overlap. */
export const TIMELINE_POINTS_MAX = 16;

interface Props {
  readonly analysis: Analysis;
  /** The table's documents, and their ids (`null`: all documents). */
  readonly filtered: readonly DocumentRow[];
  readonly keep: ReadonlySet<string> | null;
}

/** The panel for the table's (filtered) documents; the order of the table does not concern it, so a sort skips it. */
export const TimelinePanel = memo(function TimelinePanel({ analysis, filtered, keep }: Props) {
  const t = useT();
  const timeline = timelineOf(analysis);
  const many = filtered.length > TIMELINE_POINTS_MAX;
  const shown = useMemo(() => (many ? null : {
    ...timeline, known: keepIds(timeline.known, keep), unknown: keepIds(timeline.unknown, keep),
  }), [many, timeline, keep]);
  const hist = many ? lagHistogramOf(filtered) : null;
  return (
    <Panel id="timeline" title={t('timeline.title')} description={t('timeline.desc', { date: dateLabel(t, timeline.centralDate) })}>
      {shown ? <Timeline data={shown} /> : hist && <LagHistogram data={hist} />}
    </Panel>
  );
});
