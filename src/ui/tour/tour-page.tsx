/**
 * The trainer's tour (`#/tour?step=N`, `&present=1` for a projector): one example per step, built
 * from the analysis, with a caption composed from the step's facts and a link that opens the step
 * in the app. ←/→ and PageUp/PageDown (what presentation clickers send) move between steps.
 */
import './tour.css';
import { useEffect, useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import type { InsightsBundle } from '../../state/insights/insights-compute.ts';
import { combineTour, stepAt, type TourStepView } from '../../state/combine/combine-tour.ts';
import { tourRoute } from '../../state/insights/insights-routes.ts';
import type { Route } from '../../state/route/route.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { useT } from '../i18n/use-t.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { Guard } from '../shared/guard.tsx';
import { InsightsGate } from '../shared/insights/use-insights.tsx';
import { openLabel, stepCaption, stepTitle } from './tour-caption.ts';
import { Worded } from '../shared/worded.tsx';
import { useCentralPart } from '../shared/use-central-part.ts';
import { TourEvidenceView } from './tour-evidence.tsx';

/** The page. */
export default function TourPage() {
  const t = useT();
  const analysis = useAppStore((s) => s.analysis.result);
  const route = useRoute();
  usePresentationClass(route.present === true);
  if (!analysis) return null;
  return (
    <div className={`page page--tour${route.present ? ' is-present' : ''}`}>
      <InsightsGate>{(bundle) => <Tour analysis={analysis} bundle={bundle} route={route} />}</InsightsGate>
      {!route.present && <p className="tour-keys no-print">{t('tour.keys')}</p>}
    </div>
  );
}

/** While mounted in presentation mode, `<html>` carries `presenting`: the app's chrome steps aside. */
function usePresentationClass(on: boolean): void {
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', on);
    return () => document.documentElement.classList.remove('presenting');
  }, [on]);
}

/** Keyboard: next/previous step, presentation on/off. */
function useTourKeys(route: Route, total: number): void {
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/u.test(el.tagName))) return;
      const step = Math.min(Math.max(1, route.step ?? 1), Math.max(1, total));
      const present = route.present === true;
      let next: Route | null = null;
      if ((e.key === 'ArrowRight' || e.key === 'PageDown') && step < total) next = tourRoute(route, step + 1, present);
      else if ((e.key === 'ArrowLeft' || e.key === 'PageUp') && step > 1) next = tourRoute(route, step - 1, present);
      else if (e.key === 'p' || e.key === 'P') next = tourRoute(route, step, !present);
      else if (e.key === 'Escape' && present) next = tourRoute(route, step, false);
      if (!next) return;
      e.preventDefault();
      navigate(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route, total, navigate]);
}

function Tour({ analysis, bundle, route }: { analysis: Analysis; bundle: InsightsBundle; route: Route }) {
  const t = useT();
  const steps = useMemo(() => combineTour(analysis, bundle, route), [analysis, bundle, route]);
  useTourKeys(route, steps.length);
  const step = stepAt(steps, route.step);
  const present = route.present === true;
  const navigate = useAppStore((s) => s.navigate);
  return (
    <>
      <header className="tour-head">
        <div className="tour-head__text">
          <h1 className="tour-head__title">{t('tour.title')}</h1>
          {!present && <p className="tour-head__intro">{t('tour.intro')}</p>}
        </div>
        {step && (
          <button type="button" className="button button--quiet tour-head__present" onClick={() => navigate(tourRoute(route, step.index, !present))}
            aria-pressed={present} title={t('tour.presentLabel')} data-testid="tour-present">
            {present ? t('tour.presentExit') : t('tour.present')}
          </button>
        )}
      </header>
      {!step ? <p className="tour-empty">{t('tour.empty')}</p> : (
        <>
          <StepList steps={steps} current={step.index} route={route} />
          <Guard name={stepTitle(t, step)}>
            <StepCard step={step} total={steps.length} bundle={bundle} />
          </Guard>
          <nav className="tour-pager" aria-label={t('tour.steps')}>
            {step.index > 1
              ? <a className="button button--quiet" href={href(tourRoute(route, step.index - 1, present))} rel="prev" data-testid="tour-prev">{t('tour.prev')}</a>
              : <span />}
            <span className="tour-pager__at">{t('tour.step', { n: step.index, total: steps.length })}</span>
            {step.index < steps.length
              ? <a className="button" href={href(tourRoute(route, step.index + 1, present))} rel="next" data-testid="tour-next">{t('tour.next')}</a>
              : <span />}
          </nav>
        </>
      )}
    </>
  );
}

function StepList({ steps, current, route }: { steps: readonly TourStepView[]; current: number; route: Route }) {
  const t = useT();
  return (
    <ol className="tour-steps" aria-label={t('tour.steps')}>
      {steps.map((s) => (
        <li key={s.index}>
          <a className={`tour-steps__link tour-steps__link--${s.kind}`} href={href(tourRoute(route, s.index, route.present === true))}
            aria-current={s.index === current ? 'step' : undefined} aria-label={t('tour.gotoStep', { n: s.index, title: stepTitle(t, s) })}>
            <span className="tour-steps__n" aria-hidden="true">{s.index}</span>
            <span className="tour-steps__title" aria-hidden="true">{stepTitle(t, s)}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

function StepCard({ step, total, bundle }: { step: TourStepView; total: number; bundle: InsightsBundle }) {
  const t = useT();
  const partOf = useCentralPart();
  return (
    <article className={`tour-card tour-card--${step.kind}`} aria-labelledby="tour-step-title" data-testid="tour-step" data-kind={step.kind}>
      <p className="tour-card__kicker">{t('tour.step', { n: step.index, total })}</p>
      <h2 id="tour-step-title" className="tour-card__title">{stepTitle(t, step)}</h2>
      <p className="tour-card__caption" data-testid="tour-caption"><Worded piece={stepCaption(t, step, partOf)} /></p>
      <TourEvidenceView step={step} bundle={bundle} />
      <p className="tour-card__open">
        <a className="button" href={href(step.link)} data-testid="tour-open"><Worded piece={openLabel(t, step, partOf)} /></a>
      </p>
    </article>
  );
}
