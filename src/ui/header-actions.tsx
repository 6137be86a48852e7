/** Header actions: language toggle (a link to the same view), copy link, JSON report, print. */
import { useEffect, useState } from 'react';
import { useAppStore } from '../state/use-app-store.tsx';
import { reportFile } from '../state/export/report-file.ts';
import { HOME, type Route } from '../state/route/route.ts';
import { useT } from './i18n/use-t.ts';
import { href, useRoute } from './shared/use-route-href.ts';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The buttons at the right of the header. */
export function HeaderActions() {
  const t = useT();
  const route = useRoute();
  const analysis = useAppStore((s) => s.analysis.result);
  // The report gains provenance, rules and citations once the insights of this analysis are ready.
  const insights = useAppStore((s) => (s.insights.of === s.analysis.result ? s.insights.result?.insights : undefined));
  // The worker sends the insights after the analysis (seconds later for a thousand documents):
  // a report asked for meanwhile waits for them rather than silently leaving them out.
  const insightsPending = useAppStore((s) => s.insights.status === 'loading');
  const [reportWanted, setReportWanted] = useState(false);
  useEffect(() => {
    if (!reportWanted || insightsPending || !analysis) return;
    setReportWanted(false);
    void reportFile(analysis, insights).then((f) => download(f.name, f.text));
  }, [reportWanted, insightsPending, analysis, insights]);
  const [copied, setCopied] = useState(false);
  const other: Route = { ...route, lang: route.lang === 'vi' ? 'en' : 'vi' };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t('action.copyLink'), window.location.href);
    }
  };
  return (
    <div className="app-header__actions">
      <a className="button button--ghost" href={href(other)} hrefLang={other.lang} lang={other.lang}
        aria-label={t('lang.switchLabel')} data-testid="lang-toggle">{t('lang.switch')}</a>
      <button type="button" className="button button--ghost" onClick={() => void copy()} aria-live="polite">
        {copied ? t('action.copied') : t('action.copyLink')}
      </button>
      {/* Both are there before the first analysis, disabled, so the header keeps its shape (app-header.tsx). */}
      <button type="button" className="button button--ghost" data-testid="report" aria-busy={reportWanted || undefined}
        disabled={!analysis} onClick={() => setReportWanted(true)}>{reportWanted ? t('action.reportWaiting') : t('action.report')}</button>
      {analysis ? (
        <a className="button button--ghost" href={href({ ...HOME, view: 'report', lang: route.lang })} data-testid="inspection-report"
          aria-current={route.view === 'report' ? 'page' : undefined}>{t('nav.report')}</a>
      ) : <span className="button button--ghost button--off" aria-disabled="true">{t('nav.report')}</span>}
      <button type="button" className="button button--ghost" onClick={() => window.print()}>{t('action.print')}</button>
    </div>
  );
}
