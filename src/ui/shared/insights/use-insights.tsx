/** The insights of the current analysis, and a gate that shows their loading or failure. */
import './insights.css';
import type { ReactNode } from 'react';
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
 * An insight view (rules, citations): its heading, then `children(analysis, bundle)` once the
 * insights of the analysis on screen are ready.
 */
export function InsightView({ name, title, desc, children }: {
  name: string; title: string; desc: string; children: (analysis: Analysis, bundle: InsightsBundle) => ReactNode;
}) {
  const analysis = useAppStore((s) => s.analysis.result);
  if (!analysis) return null;
  return (
    <ViewPage name={name} title={title} desc={desc}>
      <InsightsGate>{(bundle) => children(analysis, bundle)}</InsightsGate>
    </ViewPage>
  );
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
