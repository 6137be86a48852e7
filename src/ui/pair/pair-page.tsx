/** Pair view (central ↔ one local document): two texts side by side, scrolled in step, with selection and diffs. */
import './pair.css';
import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import type { Analysis } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { combinePair } from '../../state/combine/combine-pair.ts';
import { HOME } from '../../state/route/route.ts';
import { measurePairShown } from '../../state/perf-marks.ts';
import { useT } from '../i18n/use-t.ts';
import { DOC_TEXT, DocNumber } from '../shared/worded.tsx';
import { frontLabel } from '../../state/doc-label.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { Guard } from '../shared/guard.tsx';
import { PairHeader } from './pair-header.tsx';
import { PairToolbar } from './pair-toolbar.tsx';
import { UnitStrip } from './unit-strip.tsx';
import { PairPanes } from './pair-panes.tsx';
import { QualityBanner } from '../shared/field/quality-note.tsx';
import { ChainPanel } from '../shared/families/chain-panel.tsx';
import { ReviewBar } from '../shared/review/review-bar.tsx';

/** The page for `route.doc`; explains when the id is unknown. */
export default function PairPage() {
  const analysis = useAppStore((s) => s.analysis.result);
  const route = useRoute();
  const t = useT();
  if (!analysis) return null;
  const docId = route.doc ?? analysis.documents[0]?.doc.id ?? '';
  return <Pair analysis={analysis} docId={docId} key={docId} notFound={<p>{t('pair.notFound', { id: docId })} <a href={href({ ...HOME, lang: route.lang })}>{t('nav.overview')}</a></p>} />;
}

function Pair({ analysis, docId, notFound }: { analysis: Analysis; docId: string; notFound: ReactNode }) {
  const t = useT();
  const route = useRoute();
  const pair = useMemo(() => combinePair(analysis, docId), [analysis, docId]);
  // Opening a pair is timed from the link's click (perf-marks.ts) to this view's first paint.
  useLayoutEffect(() => { if (pair) measurePairShown(); }, [pair]);
  if (!pair) return <div className="page">{notFound}</div>;
  const doc = pair.analysis.doc;
  return (
    <div className="page page--pair">
      <PairHeader analysis={analysis} current={pair.analysis} />
      <QualityBanner quality={doc.quality} />
      <QualityBanner quality={analysis.central.quality} who="central" />
      <Guard name={t('pair.title')}><ReviewBar doc={pair.analysis} /></Guard>
      <Guard name={t('pair.filter')}><PairToolbar pair={pair} filter={route.filter} /></Guard>
      <Guard name={t('pair.strip.title')}><UnitStrip analysis={pair.analysis} centralClauses={analysis.centralClauses} /></Guard>
      <Guard name={t('pair.title')}><ChainPanel analysis={analysis} docId={doc.id} local={route.local} /></Guard>
      <section className="panel panel--panes" aria-labelledby="pair-texts-title">
        <h2 id="pair-texts-title" className="visually-hidden">{t('pair.title')}</h2>
        <Guard name={t('pair.title')}>
        <PairPanes
          pair={pair}
          centralTitle={<>{t('doc.central')} · <DocNumber number={analysis.central.meta.number} /></>}
          localTitle={<>{t('doc.local')} · <DocNumber number={doc.meta.number} /></>}
          centralSubtitle={<span {...DOC_TEXT}>{analysis.central.meta.issuer ?? ''}</span>}
          localSubtitle={<span {...DOC_TEXT}>{frontLabel(doc, t.lang) ?? doc.meta.issuer ?? ''}</span>}
        />
        </Guard>
      </section>
    </div>
  );
}
