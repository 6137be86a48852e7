/** Task-level strip: for each local task, which central tasks it draws on (shares of words). */
import { useMemo } from 'react';
import type { Clause, DocumentAnalysis } from '../../core/types.ts';
import { combineUnitStrip, type StripSegment } from '../../state/combine/combine-unit-strip.ts';
import { useT } from '../i18n/use-t.ts';
import { unitLabel } from '../shared/labels.ts';

/** One cell per local task with a small stacked bar of central tasks, labelled in text. */
export function UnitStrip({ analysis, centralClauses }: { analysis: DocumentAnalysis; centralClauses: readonly Clause[] }) {
  const t = useT();
  const rows = useMemo(() => combineUnitStrip(analysis, centralClauses), [analysis, centralClauses]);
  if (rows.length === 0) return null;
  const isTask = (s: StripSegment) => s.part === 'task' || s.part === 'implementation';
  const short = (s: StripSegment) => (isTask(s) ? t('pair.strip.centralUnit', { unit: s.unit }) : unitLabel(t, s.part, s.unit));
  const long = (s: StripSegment) => (isTask(s) ? t('pair.strip.segment', { unit: s.unit }) : unitLabel(t, s.part, s.unit));
  return (
    <section className="strip" aria-labelledby="strip-title">
      <h2 id="strip-title" className="strip__title">{t('pair.strip.title')}</h2>
      <ol className="strip__list">
        {rows.map((r) => (
          <li key={`${r.part}:${r.unit}`} className="strip__cell">
            <span className="strip__local">{unitLabel(t, r.part, r.unit)}</span>
            <span className="strip__bar" aria-hidden="true">
              {r.segments.map((s) => (
                <span key={s.unit} className={`strip__seg strip__seg--u${s.unit.replace(/\W/gu, '')}`} style={{ width: `${s.pct}%` }}>
                  {s.pct >= 22 ? short(s) : ''}
                </span>
              ))}
            </span>
            <span className="strip__text">
              {r.segments.length === 0
                ? t('pair.strip.added')
                : r.segments.map((s) => `${long(s)}: ${s.pct}%`).join(' · ')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
