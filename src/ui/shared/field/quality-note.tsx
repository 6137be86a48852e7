/**
 * A document's damage, said out loud (issue 10): a banner listing each problem with what it means
 * for the result (pair view, documents page), and a short marker naming the problems (table rows).
 * A clean document (no problem) shows nothing.
 */
import type { QualityReport } from '../../../core/quality.ts';
import { useFT } from '../../i18n/insight-field-strings.ts';
import { Worded } from '../worded.tsx';
import { wordProblem } from './field-words.ts';
import './field.css';

/** The problems of `quality`, each with what was found and what it means; nothing for a clean text. */
export function QualityBanner({ quality, who }: { quality: QualityReport | undefined; who?: 'central' | 'local' }) {
  const t = useFT();
  const problems = quality?.problems ?? [];
  if (!problems.length) return null;
  const serious = problems.some((p) => p.severity !== 'info');
  return (
    <section className={`quality-banner quality-banner--${serious ? 'warn' : 'info'}`} data-testid="quality-banner" data-who={who ?? 'local'}
      aria-label={t('quality.title')} role={serious ? 'note' : undefined}>
      <p className="quality-banner__head">
        <strong>{t(who === 'central' ? 'quality.titleCentral' : 'quality.title')}:</strong>{' '}
        {serious ? t('quality.banner') : t('quality.bannerInfo')}
        {serious && quality && <span className="quality-banner__score"> {t('quality.score', { pct: Math.round(quality.score * 100) })}</span>}
      </p>
      <ul className="quality-banner__list">
        {problems.map((p) => {
          const w = wordProblem(t.lang, p);
          return (
            <li key={p.code} data-problem={p.code} className={`quality-problem quality-problem--${p.severity}`}>
              <span className={`quality-tag quality-tag--${p.severity}`}>{w.name}</span>{' '}
              <Worded piece={w.found} />{' '}
              {w.examples && <span className="quality-problem__examples"><Worded piece={t.parts(p.code === 'CUT_SHORT' ? 'quality.ending' : 'quality.examples', { examples: w.examples })} />. </span>}
              <span className="quality-problem__meaning">{w.meaning}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The names of the problems, for a table row or a list entry; nothing for a clean text. */
export function QualityMarker({ quality }: { quality: QualityReport | undefined }) {
  const t = useFT();
  const problems = (quality?.problems ?? []).filter((p) => p.severity !== 'info');
  if (!problems.length) return null;
  const names = problems.map((p) => wordProblem(t.lang, p).name).join(', ');
  const worst = problems.some((p) => p.severity === 'error') ? 'error' : 'warning';
  return (
    <span className={`quality-tag quality-tag--${worst}`} data-testid="quality-marker" title={t('quality.marker', { problems: names })}>
      <span aria-hidden="true">⚠ </span>{t('quality.marker', { problems: names })}
    </span>
  );
}
