/** The way into benchmark mode, on the documents page: a link that reloads the page with `?bench=1000`. */
import './import.css';
import { BENCH_DEFAULT } from '../../../state/corpus/bench-mode.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRoute } from '../use-route-href.ts';
import { enterBenchHref } from '../bench-links.ts';
import { formatCount } from '../../i18n/numbers.ts';

/** One line and a link; the user's documents are not touched by following it. */
export function BenchOffer() {
  const t = useT();
  const { lang } = useRoute();
  const n = formatCount(lang, BENCH_DEFAULT);
  return (
    <div className="bench-offer">
      <p className="bench-offer__desc muted small">{t('bench.offer', { n })}</p>
      <a className="button button--quiet button--small" href={enterBenchHref(lang)} data-testid="bench-load">{t('bench.load', { n })}</a>
    </div>
  );
}
