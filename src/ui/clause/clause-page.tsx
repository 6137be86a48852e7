/** Clause view: one central clause across all local documents, diff by diff. */
import './clause.css';
import { useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { combineClauseAcross } from '../../state/combine-clause-across.ts';
import { clauseRoute, type Route } from '../../state/route.ts';
import { ClassBadge } from '../class-badge.tsx';
import { useT } from '../i18n/use-t.ts';
import { unitLabel } from '../labels.ts';
import { href, useRoute } from '../use-route-href.ts';
import { Guard } from '../guard.tsx';
import { ClausePicker } from './clause-picker.tsx';
import { CarrierCard } from './carrier-card.tsx';
import { Lineage } from '../provenance/lineage.tsx';

/** The page for `route.clause` (the first task clause when none is named). */
export default function ClausePage() {
  const analysis = useAppStore((s) => s.analysis.result);
  const route = useRoute();
  if (!analysis) return null;
  const id = route.clause ?? analysis.centralClauses.find((c) => c.part === 'task')?.id ?? '';
  return <ClauseAcrossView analysis={analysis} id={id} route={route} />;
}

function ClauseAcrossView({ analysis, id, route }: { analysis: Analysis; id: string; route: Route }) {
  const t = useT();
  const data = useMemo(() => combineClauseAcross(analysis, id), [analysis, id]);
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
              {t('doc.central')} · {unitLabel(t, data.clause.part, data.clause.unit)}{data.heading ? ` — ${data.heading}` : ''} · {data.clause.id}
            </p>
            <p className="central-clause__text" lang="vi">{data.clause.text}</p>
            <p className="central-clause__counts">
              <span>{t('clause.summary', { total: data.rows.length })}:</span>
              {(['verbatim', 'adapted', 'omitted'] as const).map((s) => (
                <span key={s} className="central-clause__count"><ClassBadge cls={s} /> {data.counts[s]}</span>
              ))}
            </p>
          </section>
          <Guard name={t('prov.lineage.title')}><Lineage analysis={analysis} clause={data.clause.id} /></Guard>
          <div className="carriers">
            {data.rows.map((row) => (
              <Guard key={row.doc} name={row.name}>
                <CarrierCard row={row} clauseId={data.clause.id} current={row.doc === route.doc} />
              </Guard>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
