/** The insights of the current analysis, and a gate that shows their loading or failure. */
import './insights.css';
import { useMemo, type ReactNode } from 'react';
import type { Analysis } from '../../../core/types.ts';
import type { InsightsBundle } from '../../../state/insights/insights-compute.ts';
import { ViewPage } from '../view-page.tsx';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { useT } from '../../i18n/use-t.ts';

/** The insights when ready for the analysis on screen, else null. */
export function useInsights(): InsightsBundle | null {
  return useAppStore((s) => (s.insights.status === 'ready' && s.insights.of === s.analysis.result ? s.insights.result : null));
}

/**
 * An insight view (rules, citations): its heading (`{name}.title`, `{name}.desc`), then, once the
 * insights of the analysis on screen are ready, its view model — `model(analysis, bundle)`,
 * computed once per analysis and insights (`model` is a module-level function) — shown by `children`.
 */
export function InsightView<M>({ name, model, children }: {
  name: 'rules' | 'citations'; model: (analysis: Analysis, bundle: InsightsBundle) => M; children: (model: M) => ReactNode;
}) {
  const t = useT();
  const analysis = useAppStore((s) => s.analysis.result);
  if (!analysis) return null;
  return (
    <ViewPage name={name} title={t(`${name}.title`)} desc={t(`${name}.desc`)}>
      <InsightsGate>{(bundle) => <Modelled analysis={analysis} bundle={bundle} model={model}>{children}</Modelled>}</InsightsGate>
    </ViewPage>
  );
}

function Modelled<M>({ analysis, bundle, model, children }: {
  analysis: Analysis; bundle: InsightsBundle; model: (analysis: Analysis, bundle: InsightsBundle) => M; children: (model: M) => ReactNode;
}) {
  const m = useMemo(() => model(analysis, bundle), [model, analysis, bundle]);
  return <>{children(m)}</>;
}

/** Renders `children(bundle)` once the insights are ready; a quiet line while they are computed or when they failed. */
export function InsightsGate({ children, quiet = false }: { children: (bundle: InsightsBundle) => ReactNode; quiet?: boolean }) {
  const t = useT();
  const bundle = useInsights();
  const state = useAppStore((s) => s.insights);
  if (bundle) return <>{children(bundle)}</>;
  if (quiet) return null;
  if (state.status === 'error') return <p className="insights-note insights-note--error" role="alert">{t('insights.error', { message: state.error ?? '' })}</p>;
  return <p className="insights-note" role="status" aria-busy="true">{t('insights.loading')}</p>;
}
