/** Clause view: one central clause across all local documents, diff by diff. */
import './clause.css';
import { memo, useMemo, useState } from 'react';
import type { Analysis } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { combineClauseAcross, type AcrossRow } from '../../state/combine/combine-clause-across.ts';
import { clauseRoute, type Route } from '../../state/route/route.ts';
import { ClassBadge } from '../shared/class-badge.tsx';
import { useT } from '../i18n/use-t.ts';
import { clauseLabel } from '../shared/labels.ts';
import { DOC_TEXT } from '../shared/worded.tsx';
import { href, useRoute } from '../shared/use-route-href.ts';
import { Guard } from '../shared/guard.tsx';
import { ClausePicker } from './clause-picker.tsx';
import { CarrierCard } from './carrier-card.tsx';
import { Lineage } from '../shared/insights/lineage.tsx';
import { formatCount } from '../i18n/numbers.ts';
import { useProgressive } from '../shared/use-progressive.ts';

/** The page for `route.clause` (the first task clause when none is named). */
export default function ClausePage() {
  const analysis = useAppStore((s) => s.analysis.result);
  const route = useRoute();
  if (!analysis) return null;
  const id = route.clause ?? analysis.centralClauses.find((c) => c.part === 'task')?.id ?? '';
  return <ClauseAcrossView key={id} analysis={analysis} id={id} route={route} />;
}

/** Cards shown at first and added per click: a thousand cards with their diffs would take seconds to show. */
export const CARRIERS_STEP = 30;

/**
 * Cards rendered in the first task, then per painted frame, up to `limit` (useProgressive): each
 * card renders and lays out its word diffs, 30 at once were a task of ~520 ms at 5,000 documents.
 */
const CARDS_FIRST = 6;
// Memoized: each new slice renders its own cards only, not again the ones already shown.
const Card = memo(CarrierCard);
const CARDS_PER_FRAME = 6;

/** The first `shown` rows, and the document the link named (`d=`) wherever it is. */
function shownRows(rows: readonly AcrossRow[], shown: number, current: string | null): readonly AcrossRow[] {
  const first = rows.slice(0, shown);
  const named = current ? rows.slice(shown).find((r) => r.doc === current) : undefined;
  return named ? [...first, named] : first;
}

function MoreCarriers({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  const { lang } = useRoute();
  if (shown >= total) return null;
  const n = (x: number) => formatCount(lang, x);
  return (
    <p className="carriers__more">
      <span className="muted">{t('clause.shown', { shown: n(shown), total: n(total) })}</span>{' '}
      <button type="button" className="button button--quiet" onClick={onMore} data-testid="carriers-more">
        {t('clause.more', { k: n(Math.min(CARRIERS_STEP, total - shown)) })}
      </button>
    </p>
  );
}

function ClauseAcrossView({ analysis, id, route }: { analysis: Analysis; id: string; route: Route }) {
  const t = useT();
  const data = useMemo(() => combineClauseAcross(analysis, id), [analysis, id]);
  const [limit, setLimit] = useState(CARRIERS_STEP);
  const rendered = useProgressive(Math.min(limit, data?.rows.length ?? 0), CARDS_FIRST, CARDS_PER_FRAME);
  return (
    <div className="page page--clause">
      <header className="clause-head">
        <h1 className="clause-head__title">{t('clause.title')}</h1>
        <div className="clause-head__nav">
          <ClausePicker clauses={analysis.centralClauses} value={id} />
          {data?.prev && <a className="button button--quiet button--small" href={href(clauseRoute(route, data.prev, route.doc))}>{t('clause.prev')}</a>}
          {data?.next && <a className="button button--quiet button--small" href={href(clauseRoute(route, data.next, route.doc))}>{t('clause.next')}</a>}
        </div>
      </header>
      {!data ? <p>{t('clause.notFound', { id })}</p> : (
        <>
          <section className="central-clause" aria-labelledby="central-clause-title">
            <p className="central-clause__kicker" id="central-clause-title">
              {t('doc.central')} · {clauseLabel(t, data.clause.id, data.clause.part)}{data.heading && <> — <span {...DOC_TEXT}>{data.heading}</span></>}
            </p>
            <p className="central-clause__text" {...DOC_TEXT}>{data.clause.text}</p>
            <p className="central-clause__counts">
              <span>{t('clause.summary', { total: data.rows.length })}:</span>
              {(['verbatim', 'adapted', 'omitted'] as const).map((s) => (
                <span key={s} className="central-clause__count"><ClassBadge cls={s} /> {data.counts[s]}</span>
              ))}
            </p>
          </section>
          <Guard name={t('prov.lineage.title')}><Lineage analysis={analysis} clause={data.clause.id} /></Guard>
          <div className="carriers">
            {shownRows(data.rows, rendered, route.doc).map((row) => (
              <Guard key={row.doc} name={row.name}>
                <Card row={row} clauseId={data.clause.id} current={row.doc === route.doc} />
              </Guard>
            ))}
          </div>
          <MoreCarriers shown={Math.min(limit, data.rows.length)} total={data.rows.length} onMore={() => setLimit((l) => l + CARRIERS_STEP)} />
        </>
      )}
    </div>
  );
}
