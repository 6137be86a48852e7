/** Timeline of issuance: days after the central text; unknown dates kept apart, never drawn as zero. Pure. */
import type { Analysis, Role } from '../../core/types.ts';
import { byLag } from './combine-document-rows.ts';
import { shortName } from '../doc-label.ts';

/** A local document on the timeline. */
export interface TimelinePoint {
  readonly id: string;
  readonly name: string;
  readonly date: string | null;
  readonly role: Role | null;
  /** Days after the central text; `null` when unknown. */
  readonly lagDays: number | null;
  /** Position on the axis, 0..1 (`null` for unknown dates). */
  readonly x: number | null;
}

/** The timeline model. */
export interface Timeline {
  readonly centralDate: string | null;
  /** Axis end in days (at least 30, rounded up to a multiple of 10). */
  readonly maxDays: number;
  /** Ticks in days along the axis. */
  readonly ticks: readonly number[];
  readonly known: readonly TimelinePoint[];
  readonly unknown: readonly TimelinePoint[];
}

/** Places each local document on a day axis starting at the central text's date. */
export function combineTimeline(a: Analysis): Timeline {
  const lags = a.documents.map((d) => d.lagDays).filter((x): x is number => x !== null);
  const maxDays = Math.max(30, Math.ceil(Math.max(0, ...lags) / 10) * 10);
  const step = maxDays <= 60 ? 10 : maxDays <= 150 ? 30 : 60;
  const ticks: number[] = [];
  for (let t = 0; t <= maxDays; t += step) ticks.push(t);
  const points = a.documents.map((d): TimelinePoint => ({
    id: d.doc.id, name: shortName(d.doc), date: d.doc.meta.date, role: d.doc.meta.role, lagDays: d.lagDays,
    x: d.lagDays === null ? null : Math.max(0, d.lagDays) / maxDays,
  })).sort(byLag);
  return {
    centralDate: a.central.meta.date, maxDays, ticks,
    known: points.filter((p) => p.lagDays !== null),
    unknown: points.filter((p) => p.lagDays === null),
  };
}
