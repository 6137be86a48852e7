/** Filters (only added / adapted / omitted, or one effect) with counts, the legend and the keyboard hint. */
import type { PairModel } from '../../state/combine/combine-pair.ts';
import type { Filter } from '../../state/route/route.ts';
import { EFFECT_KINDS, type EffectKind } from '../../core/effects.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { ClassIcon } from '../shared/class-icon.tsx';
import { Legend } from '../shared/legend.tsx';
import { useT } from '../i18n/use-t.ts';
import { effectKindLabel } from '../../messages/effect-kinds.ts';
import { useFT } from '../i18n/insight-field-strings.ts';

const FILTERS = ['added', 'adapted', 'omitted'] as const;
const isEffect = (f: Filter | null): f is EffectKind => f !== null && (EFFECT_KINDS as readonly string[]).includes(f);

/** Toolbar above the panes. */
export function PairToolbar({ pair, filter }: { pair: PairModel; filter: Filter | null }) {
  const t = useT();
  const ft = useFT();
  const patchRoute = useAppStore((s) => s.patchRoute);
  const count = (f: (typeof FILTERS)[number]) => (f === 'omitted' ? pair.central.counts.omitted : pair.local.counts[f]);
  // Local clauses per effect kind: the document's own counts (a clause counts once per kind).
  const effectCount = (k: EffectKind) => pair.analysis.effectCounts?.[k] ?? [...pair.local.byId.values()].filter((c) => c.effects.includes(k)).length;
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
        <label className="filters__effect">
          <span>{ft('effects.filter')}:</span>{' '}
          <select value={isEffect(filter) ? filter : ''} data-testid="filter-effect"
            onChange={(e) => patchRoute({ filter: EFFECT_KINDS.find((k) => k === e.target.value) ?? null })}>
            <option value="">{t('pair.filter.all')}</option>
            {EFFECT_KINDS.map((k) => (
              <option key={k} value={k} disabled={effectCount(k) === 0}>{effectKindLabel(ft.lang, k)} ({effectCount(k)})</option>
            ))}
          </select>
        </label>
      </div>
      <Legend classes={['verbatim', 'adapted', 'added', 'omitted']} explain={false} />
      <p className="pair-toolbar__keys no-print">{t('pair.keys')}</p>
    </div>
  );
}
