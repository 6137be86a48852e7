/** Loading, progress and failure of the analysis, shown in place of a page. */
import { useAppStore } from '../state/use-app-store.tsx';
import { useT } from './i18n/use-t.ts';
import { stageLabel } from './labels.ts';

/** Progress while the corpus loads and the worker analyzes it; the reason when it failed. */
export function StatusScreen() {
  const t = useT();
  const corpus = useAppStore((s) => s.corpus.status);
  const analysis = useAppStore((s) => s.analysis);
  if (analysis.status === 'error' && analysis.error) {
    const e = analysis.error;
    const known = e.code === 'NO_CENTRAL' || e.code === 'CORPUS';
    return (
      <div className="status status--error" role="alert">
        <h1 className="status__title">{t('error.title')}</h1>
        <p>{known ? t(`error.${e.code as 'NO_CENTRAL' | 'CORPUS'}`, { source: e.source ?? '' }) : t('error.other', { code: e.code })}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>{t('error.retry')}</button>
      </div>
    );
  }
  const p = analysis.progress;
  const loading = corpus !== 'ready';
  const value = p && p.total > 0 ? p.done / p.total : 0;
  return (
    <div className="status" role="status" aria-live="polite">
      <p className="status__title">{loading ? t('status.loading') : t('status.analyzing')}</p>
      <progress className="status__bar" max={1} value={loading ? undefined : value} aria-label={t('status.analyzing')} />
      {p && !loading && (
        <p className="status__stage">{stageLabel(t, p.stage)} · {t('status.step', { done: Math.min(p.done + 1, p.total), total: p.total })}</p>
      )}
    </div>
  );
}
