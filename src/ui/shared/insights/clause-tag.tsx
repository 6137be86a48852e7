/**
 * A small tag on a clause in the pair panes: "source 21-KL/TW" on an added local clause traced to a
 * parent (and on a central clause that comes from one), "localized" on localized wording.
 */
import type { Side } from '../../../state/combine/combine-pair.ts';
import { useT } from '../../i18n/use-t.ts';
import { useInsights } from './use-insights.tsx';
import { Worded } from '../worded.tsx';
import { docText } from '../../../messages/words.ts';
import { usePairDoc } from './clause-insights.tsx';
import { localizedAt, provenanceAt } from '../../../state/insights/insights-index.ts';

/** The tag, or nothing. */
export function ClauseInsightTag({ side, id }: { side: Side; id: string }) {
  const t = useT();
  const bundle = useInsights();
  const doc = usePairDoc();
  if (!bundle || !doc) return null;
  const p = bundle.insights.provenance;
  const link = side === 'local'
    ? provenanceAt(p, doc, id)?.source
    : p.central.find((c) => c.clause === id)?.source;
  if (link) {
    const parent = bundle.parents.find((x) => x.number === link.doc || x.id === link.doc)?.name ?? link.doc;
    return <span className="insight-tag insight-tag--source" title={t('prov.tagLabel', { parent })}><Worded piece={t.parts('prov.tag', { parent: docText(parent) })} /></span>;
  }
  if (side === 'local' && localizedAt(bundle.insights.rules, doc, id)) {
    return <span className="insight-tag insight-tag--localized" title={t('localized.desc')}>{t('localized.tag')}</span>;
  }
  return null;
}
