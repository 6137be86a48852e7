/** Clause view: the lineage parent → central → local documents of a central clause that comes from a parent. */
import { useMemo } from 'react';
import type { Analysis } from '../../../core/types.ts';
import type { InsightsBundle } from '../../../state/insights/insights-compute.ts';
import { centralLineage } from '../../../state/combine/combine-provenance.ts';
import { pairRoute } from '../../../state/route/route.ts';
import { ClassBadge } from '../class-badge.tsx';
import { useT } from '../../i18n/use-t.ts';
import { clauseLabel } from '../labels.ts';
import { useCentralPart } from '../use-central-part.ts';
import { DOC_TEXT, Worded } from '../worded.tsx';
import { docText } from '../../../messages/words.ts';
import { docTitle } from '../../../messages/kinds.ts';
import { href, useRoute } from '../use-route-href.ts';
import { useInsights } from './use-insights.tsx';
import { VirtualList } from '../virtual/virtual-list.tsx';

/** The lineage, or nothing when no parent is the clause's source (or the insights are not ready). */
export function Lineage({ analysis, clause }: { analysis: Analysis; clause: string }) {
  const bundle = useInsights();
  if (!bundle) return null;
  return <LineageView analysis={analysis} bundle={bundle} clause={clause} />;
}

function LineageView({ analysis, bundle, clause }: { analysis: Analysis; bundle: InsightsBundle; clause: string }) {
  const t = useT();
  const route = useRoute();
  const partOf = useCentralPart();
  const l = useMemo(() => centralLineage(analysis, bundle, clause), [analysis, bundle, clause]);
  if (!l) return null;
  const parent = l.parent ? docTitle(t.lang, l.parent.kind, l.parent.number ?? l.parent.name, '') : docText(l.link.doc);
  const central = docTitle(t.lang, l.central.kind, l.central.number, t('doc.noNumber'));
  return (
    <section className="lineage" aria-labelledby="lineage-title" data-testid="lineage">
      <h2 id="lineage-title" className="lineage__title">{t('prov.lineage.title')}</h2>
      <p className="lineage__desc"><Worded piece={t.parts('prov.lineage.desc', { central, parent })} /></p>
      <ol className="lineage__chain">
        <li className="lineage__step lineage__step--parent">
          <p className="lineage__kicker"><Worded piece={t.parts('prov.lineage.parent', { parent, clause: clauseLabel(t, l.link.clause) })} /> · {t('prov.similarity', { pct: Math.round(l.link.similarity * 100) })}</p>
          <p className="lineage__text" {...DOC_TEXT}>{l.link.text}</p>
        </li>
        <li className="lineage__step lineage__step--central">
          <p className="lineage__kicker"><Worded piece={t.parts('prov.lineage.central', { central, clause: clauseLabel(t, l.central.clause, partOf(l.central.clause)) })} /></p>
          <p className="lineage__text" {...DOC_TEXT}>{l.central.text}</p>
        </li>
        <li className="lineage__step lineage__step--local">
          <p className="lineage__kicker">{t('prov.lineage.local', { carried: l.carried, total: l.carriers.length })}</p>
          <VirtualList items={l.carriers} estimate={36} className="lineage__docs"
            what={t('prov.lineage.local', { carried: l.carried, total: l.carriers.length })}
            render={(c, _i, props) => (
              <li key={c.doc} {...props}>
                <a href={href(pairRoute(route, c.doc, clause))} {...DOC_TEXT}>{c.name}</a>
                <ClassBadge cls={c.status ?? 'none'} compact={false} />
              </li>
            )} />
        </li>
      </ol>
    </section>
  );
}
