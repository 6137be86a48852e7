/** Pages that replace others in benchmark mode: the documents page, and an invalid `?bench` value. */
import './bench.css';
import { BENCH_MAX } from '../../state/corpus/bench-mode.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { useT } from '../i18n/use-t.ts';
import { useRoute } from '../shared/use-route-href.ts';
import { enterBenchHref, exitBenchHref } from '../shared/bench-links.ts';
import { formatCount } from '../i18n/numbers.ts';

/**
 * The documents page in benchmark mode. The workspace editor is not offered: the generated
 * documents are not the user's, and the user's own are not loaded in this mode.
 */
export function BenchDocumentsPage() {
  const t = useT();
  const { lang } = useRoute();
  const n = useAppStore((s) => (s.bench.kind === 'on' ? s.bench.n : 0));
  return (
    <div className="page page--documents">
      <header className="page-head">
        <h1>{t('bench.badge')}</h1>
        <p className="page-head__intro">{t('bench.docsIntro', { n: formatCount(lang, n) })}</p>
        <p><a className="button" href={exitBenchHref(lang)}>{t('bench.exit')}</a></p>
      </header>
    </div>
  );
}

/** Shown instead of any page when `?bench=` holds something that is not a number of documents. */
export function BenchInvalidPage() {
  const t = useT();
  const { lang } = useRoute();
  const raw = useAppStore((s) => (s.bench.kind === 'invalid' ? s.bench.raw : ''));
  return (
    <div className="status status--error" role="alert">
      <h1 className="status__title">{t('bench.invalid.title')}</h1>
      <p>{t('bench.invalid', { raw, max: formatCount(lang, BENCH_MAX) })}</p>
      <p className="bench-actions">
        <a className="button" href={enterBenchHref(lang)}>{t('bench.load', { n: formatCount(lang, 1000) })}</a>
        <a className="button button--quiet" href={exitBenchHref(lang)}>{t('bench.exit')}</a>
      </p>
    </div>
  );
}
