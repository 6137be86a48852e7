/**
 * The timeline view's bars and summary, from `combineTimeline`: days after the central text per
 * document, forwarding letters apart from implementation documents, unknown dates listed. Pure.
 */
import type { Timeline, TimelinePoint } from '../combine/combine-timeline.ts';

/** One bar: a dated document. */
export interface TimelineBar extends TimelinePoint {
  readonly lagDays: number;
  /** Bar length, 0..1 of the axis. */
  readonly share: number;
  readonly forwarding: boolean;
}

/** The summary line of the timeline. */
export interface TimelineSummary {
  readonly bars: readonly TimelineBar[];
  readonly unknown: readonly TimelinePoint[];
  /** Earliest and latest implementation document (not forwarding letters), in days; null when none is dated. */
  readonly firstImplementation: number | null;
  readonly lastImplementation: number | null;
  /** Earliest forwarding letter, in days. */
  readonly firstForwarding: number | null;
}

/** Bars in order of issuance, with the summary facts. */
export function timelineBars(t: Timeline): TimelineSummary {
  const bars = t.known.map((p): TimelineBar => ({ ...p, lagDays: p.lagDays ?? 0, share: t.maxDays > 0 ? Math.max(0, p.lagDays ?? 0) / t.maxDays : 0, forwarding: p.role === 'forwarding' }));
  const impl = bars.filter((b) => !b.forwarding).map((b) => b.lagDays);
  const fwd = bars.filter((b) => b.forwarding).map((b) => b.lagDays);
  return {
    bars, unknown: t.unknown,
    firstImplementation: impl.length ? Math.min(...impl) : null,
    lastImplementation: impl.length ? Math.max(...impl) : null,
    firstForwarding: fwd.length ? Math.min(...fwd) : null,
  };
}
