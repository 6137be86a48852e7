/** Loading, progress and failure of the analysis, shown in place of a page. */
import { useAppStore } from '../state/use-app-store.tsx';
import type { Progress } from '../core/analyze.ts';
import { useT } from './i18n/use-t.ts';
import { failureParts } from './i18n/failure-messages.ts';
import { Worded } from './shared/worded.tsx';
import type { T } from './i18n/translate.ts';
import { stageLabel } from './shared/labels.ts';
import { ProgressBar } from './shared/progress-bar.tsx';
import { formatCount } from './i18n/numbers.ts';
import { useRoute } from './shared/use-route-href.ts';

/** The line under the bar: the stage, then the step (small corpus) or the documents done (benchmark). */
function stageLine(t: T, p: Progress, count: (n: number) => string, inDocuments: boolean): string {
  if (p.stage === 'generate') return t('status.stage.generate', { n: count(p.total) });
  const stage = p.stage === 'receive' ? t('status.stage.receive') : stageLabel(t, p.stage);
  if (inDocuments || p.stage === 'receive') return `${stage} · ${t('status.docs', { done: count(p.done), total: count(p.total) })}`;
  return `${stage} · ${t('status.step', { done: Math.min(p.done + 1, p.total), total: p.total })}`;
}

/** Progress while the corpus loads and the worker analyzes it; the reason when it failed. */
export function StatusScreen() {
  const t = useT();
  const { lang } = useRoute();
  const corpus = useAppStore((s) => s.corpus.status);
  const analysis = useAppStore((s) => s.analysis);
  const bench = useAppStore((s) => s.bench.kind === 'on');
  if (analysis.status === 'error' && analysis.error) {
    const e = analysis.error;
    return (
      <div className="status status--error" role="alert">
        <h1 className="status__title">{t('error.title')}</h1>
        <p>{e.code === 'INTERNAL' && !e.source ? t('error.other', { code: e.code }) : <Worded piece={failureParts(lang, e)} />}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>{t('error.retry')}</button>
      </div>
    );
  }
  const p = analysis.progress;
  const loading = corpus !== 'ready';
  const count = (n: number) => formatCount(lang, n);
  const measured = p && !loading && p.stage !== 'generate' && p.stage !== 'start';
  return (
    <div className="status" role="status" aria-live="polite">
      <p className="status__title">{loading ? t('status.loading') : t('status.analyzing')}</p>
      <ProgressBar done={measured ? p.done : null} total={p?.total ?? 0} label={t('status.analyzing')}
        valueText={p ? t('status.docs', { done: count(p.done), total: count(p.total) }) : undefined} />
      {p && !loading && <p className="status__stage">{stageLine(t, p, count, bench)}</p>}
    </div>
  );
}
