/** Clause view: the lineage parent → central → local documents of a central clause that comes from a parent. */
import { useMemo } from 'react';
import type { Analysis } from '../../../core/types.ts';
import type { InsightsBundle } from '../../../state/insights/insights-compute.ts';
import { centralLineage } from '../../../state/combine/combine-provenance.ts';
import { pairRoute } from '../../../state/route/route.ts';
import { ClassBadge } from '../class-badge.tsx';
import { useT } from '../../i18n/use-t.ts';
import { numberLabel } from '../labels.ts';
import { href, useRoute } from '../use-route-href.ts';
import { useInsights } from './use-insights.tsx';

/** The lineage, or nothing when no parent is the clause's source (or the insights are not ready). */
export function Lineage({ analysis, clause }: { analysis: Analysis; clause: string }) {
  const bundle = useInsights();
  if (!bundle) return null;
  return <LineageView analysis={analysis} bundle={bundle} clause={clause} />;
}

function LineageView({ analysis, bundle, clause }: { analysis: Analysis; bundle: InsightsBundle; clause: string }) {
  const t = useT();
  const route = useRoute();
  const l = useMemo(() => centralLineage(analysis, bundle, clause), [analysis, bundle, clause]);
  if (!l) return null;
  const parent = l.parent ? [l.parent.kind, l.parent.number ?? l.parent.name].filter(Boolean).join(' ') : l.link.doc;
  const central = [l.central.kind, numberLabel(t, l.central.number)].filter(Boolean).join(' ');
  return (
    <section className="lineage" aria-labelledby="lineage-title" data-testid="lineage">
      <h2 id="lineage-title" className="lineage__title">{t('prov.lineage.title')}</h2>
      <p className="lineage__desc">{t('prov.lineage.desc', { central, parent })}</p>
      <ol className="lineage__chain">
        <li className="lineage__step lineage__step--parent">
          <p className="lineage__kicker">{t('prov.lineage.parent', { parent, clause: l.link.clause })} · {t('prov.similarity', { pct: Math.round(l.link.similarity * 100) })}</p>
          <p className="lineage__text" lang="vi">{l.link.text}</p>
        </li>
        <li className="lineage__step lineage__step--central">
          <p className="lineage__kicker">{t('prov.lineage.central', { central, clause: l.central.clause })}</p>
          <p className="lineage__text" lang="vi">{l.central.text}</p>
        </li>
        <li className="lineage__step lineage__step--local">
          <p className="lineage__kicker">{t('prov.lineage.local', { carried: l.carried, total: l.carriers.length })}</p>
          <ul className="lineage__docs">
            {l.carriers.map((c) => (
              <li key={c.doc}>
                <a href={href(pairRoute(route, c.doc, clause))}>{c.name}</a>
                <ClassBadge cls={c.status ?? 'none'} compact={false} />
              </li>
            ))}
          </ul>
        </li>
      </ol>
    </section>
  );
}
