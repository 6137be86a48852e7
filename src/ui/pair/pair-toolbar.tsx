/** Filters (only added / adapted / omitted) with counts, the legend and the keyboard hint. */
import type { PairModel } from '../../state/combine/combine-pair.ts';
import type { Filter } from '../../state/route/route.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { ClassIcon } from '../shared/class-icon.tsx';
import { Legend } from '../shared/legend.tsx';
import { useT } from '../i18n/use-t.ts';

const FILTERS: readonly Filter[] = ['added', 'adapted', 'omitted'];

/** Toolbar above the panes. */
export function PairToolbar({ pair, filter }: { pair: PairModel; filter: Filter | null }) {
  const t = useT();
  const patchRoute = useAppStore((s) => s.patchRoute);
  const count = (f: Filter) => (f === 'omitted' ? pair.central.counts.omitted : pair.local.counts[f]);
  return (
    <div className="pair-toolbar">
      <div className="filters" role="group" aria-label={t('pair.filter')}>
        <span className="filters__label" aria-hidden="true">{t('pair.filter')}:</span>
        <button type="button" className="button button--quiet button--small" aria-pressed={filter === null}
          onClick={() => patchRoute({ filter: null })}>{t('pair.filter.all')}</button>
        {FILTERS.map((f) => (
          <button key={f} type="button" className={`button button--quiet button--small filter--${f}`} aria-pressed={filter === f}
            onClick={() => patchRoute({ filter: filter === f ? null : f })} data-testid={`filter-${f}`}>
            <ClassIcon cls={f} /> {t(`pair.filter.${f}`)} <span className="filters__count">{count(f)}</span>
          </button>
        ))}
      </div>
      <Legend classes={['verbatim', 'adapted', 'added', 'omitted']} explain={false} />
      <p className="pair-toolbar__keys no-print">{t('pair.keys')}</p>
    </div>
  );
}
