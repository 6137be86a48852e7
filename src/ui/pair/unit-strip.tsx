/** Task-level strip: for each local task, which central tasks it draws on (shares of words). */
import { useMemo } from 'react';
import type { Clause, DocumentAnalysis } from '../../core/types.ts';
import { combineUnitStrip, type StripSegment } from '../../state/combine/combine-unit-strip.ts';
import { useT } from '../i18n/use-t.ts';
import type { T } from '../i18n/translate.ts';
import { unitLabel } from '../shared/labels.ts';
import { compactUnit, unitWords } from '../../messages/clause-label.ts';

/** One cell per local task with a small stacked bar of central tasks, labelled in text. */
export function UnitStrip({ analysis, centralClauses }: { analysis: DocumentAnalysis; centralClauses: readonly Clause[] }) {
  const t = useT();
  const rows = useMemo(() => combineUnitStrip(analysis, centralClauses), [analysis, centralClauses]);
  if (rows.length === 0) return null;
  const isTask = (s: StripSegment) => s.part === 'task' || s.part === 'implementation';
  // A structure unit ("Đ24", "CI": NQLT 102's articles and chapters) is named as printed in the bar
  // and in words beside it, in the interface's language ("Art24", "Article 24" in English).
  const structured = (s: StripSegment) => unitWords(t.lang, s.unit) !== s.unit;
  const short = (s: StripSegment) => (!isTask(s) ? unitLabel(t, s.part, s.unit)
    : structured(s) ? compactUnit(t.lang, s.unit) : t('pair.strip.centralUnit', { unit: s.unit }));
  const long = (s: StripSegment) => (!isTask(s) ? unitLabel(t, s.part, s.unit)
    : t('pair.strip.segment', { unit: structured(s) ? unitWords(t.lang, s.unit) : s.unit }));
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
            <StripText t={t} segments={r.segments} long={long} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Shares under this many per cent are counted, not listed, beside the bar (the whole list stays in the tooltip). */
const LISTED = 5;

/**
 * The shares in words. A step of the Quảng Ninh guide draws on up to 50 of NQLT 102's article
 * paragraphs, most at 0–2 %: listed whole they made each cell a column of 40 lines.
 */
function StripText({ t, segments, long }: { t: T; segments: readonly StripSegment[]; long: (s: StripSegment) => string }) {
  if (segments.length === 0) return <span className="strip__text">{t('pair.strip.added')}</span>;
  const all = segments.map((s) => `${long(s)}: ${s.pct}%`);
  const shown = segments.filter((s, i) => i === 0 || s.pct >= LISTED).length;
  const rest = segments.length - shown;
  return (
    <span className="strip__text" title={rest ? all.join(' · ') : undefined}>
      {all.slice(0, shown).join(' · ')}{rest ? ` · ${t('pair.strip.more', { n: rest, pct: LISTED })}` : ''}
    </span>
  );
}
