/** The strip under the header while the benchmark corpus is shown: what it is, and the way out. */
import './bench.css';
import { BENCH_MAX } from '../../state/corpus/bench-mode.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { useT } from '../i18n/use-t.ts';
import { useRoute } from '../shared/use-route-href.ts';
import { exitBenchHref } from '../shared/bench-links.ts';
import { formatCount } from '../i18n/numbers.ts';

/** Shown on every page in benchmark mode (and with an invalid flag, so the way out is always there). */
export function BenchBanner() {
  const t = useT();
  const { lang } = useRoute();
  const bench = useAppStore((s) => s.bench);
  if (bench.kind === 'off') return null;
  return (
    <div className="bench-banner no-print" data-testid="bench-banner">
      <span className="bench-banner__badge">{t('bench.badge')}</span>
      {bench.kind === 'on' && (
        <span className="bench-banner__text">
          {t('bench.banner', { n: formatCount(lang, bench.n) })}
          {bench.capped && <> {t('bench.capped', { max: formatCount(lang, BENCH_MAX) })}</>}
        </span>
      )}
      <a className="button button--small bench-banner__exit" href={exitBenchHref(lang)} data-testid="bench-exit">{t('bench.exit')}</a>
    </div>
  );
}
