/** Citations: inconsistencies first, then who cites what (inherited / added / dropped), then each document's lists. */
import './citations.css';
import type { CitedDocument } from '../../core/citation-report.ts';
import { citationLabel, citationsModelOf, type CitationCell, type CitationFlagView, type CitationMark, type CitationsModel } from '../../state/combine/combine-citations.ts';
import { formatDate } from '../../state/format-date.ts';
import { pairRoute } from '../../state/route/route.ts';
import { Panel } from '../shared/panel.tsx';
import { DocHead, WideTable } from '../shared/view-page.tsx';
import { DOC_TEXT, DocNumber } from '../shared/worded.tsx';
import { useT } from '../i18n/use-t.ts';
import type { T } from '../i18n/translate.ts';
import { roleLabel } from '../shared/labels.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { InsightView } from '../shared/insights/use-insights.tsx';
import { VirtualList } from '../shared/virtual/virtual-list.tsx';
import { CITATION_COLUMNS_MAX, CitationsAggregate } from './citations-aggregate.tsx';
import { FlagItem } from './citation-flag.tsx';

const SYMBOL: Readonly<Record<CitationMark, string>> = { cited: '●', inherited: '=', added: '+', dropped: '−' };

/** The page. */
export default function CitationsPage() {
  return <InsightView name="citations" model={citationsModelOf}>{(model) => <Citations model={model} />}</InsightView>;
}

function Citations({ model }: { model: CitationsModel }) {
  const t = useT();
  return (
    <>
      <Flags flags={model.flags} />
      <Panel id="citations-matrix" title={t('citations.matrix.title')} description={t('citations.matrix.desc')}>
        {model.columns.length > CITATION_COLUMNS_MAX + 1 ? <CitationsAggregate model={model} /> : <Matrix model={model} />}
        <MarkLegend />
      </Panel>
      <Panel id="citations-docs" title={t('citations.perDoc')}>
        <DocCards documents={model.documents} />
      </Panel>
    </>
  );
}

/** Each document's lists: a grid of cards, or a windowed list of them when there are many. */
function DocCards({ documents }: { documents: CitationsModel['documents'] }) {
  const t = useT();
  if (documents.length <= CITATION_COLUMNS_MAX) return <div className="cite-docs">{documents.map((d) => <DocCard key={d.id} d={d} />)}</div>;
  return (
    <VirtualList items={documents} estimate={260} className="cite-docs--list" testId="cite-docs"
      what={t('citations.perDoc')}
      render={(d, _i, props) => <li key={d.id} {...props}><DocCard d={d} /></li>} />
  );
}

function Flags({ flags }: { flags: readonly CitationFlagView[] }) {
  const t = useT();
  if (flags.length === 0) {
    return <p className="cite-flags cite-flags--none" data-testid="citation-flags"><span aria-hidden="true">✓ </span>{t('citations.flags.none')}</p>;
  }
  return (
    <section className="cite-flags" aria-labelledby="cite-flags-title" data-testid="citation-flags">
      <h2 id="cite-flags-title" className="cite-flags__title"><span className="cite-flags__icon" aria-hidden="true">!</span>{t('citations.flags.title', { n: flags.length })}</h2>
      <VirtualList items={flags} estimate={110} className="cite-flags__list"
        what={t('citations.flags.title', { n: flags.length })}
        render={(f, _i, props) => (
          <FlagItem key={`${f.kind}:${f.key}:${f.documents.map((d) => d.id).join(',')}`} f={f} props={props} />
        )} />
    </section>
  );
}

function Cell({ cell, t }: { cell: CitationCell; t: T }) {
  if (!cell.mark) return <td className="cite-cell cite-cell--none"><span className="visually-hidden">{t('citations.mark.none')}</span><span aria-hidden="true">·</span></td>;
  return (
    <td className={`cite-cell cite-cell--${cell.mark}${cell.flagged ? ' cite-cell--flagged' : ''}`} title={cell.text ?? undefined} data-doc-title="">
      <span className="cite-mark"><span aria-hidden="true" className="cite-mark__sym">{SYMBOL[cell.mark]}</span> {t(`citations.mark.${cell.mark}`)}</span>
      {cell.flagged && <span className="cite-mark cite-mark--flag"><span aria-hidden="true">! </span>{t('citations.flagged')}</span>}
    </td>
  );
}

function Cited({ c }: { c: CitedDocument }) {
  return (
    <span className="cited" {...DOC_TEXT}>
      <span className="cited__name">{citationLabel(c)}</span>
      {(c.date || c.issuer) && <span className="cited__meta">{[formatDate(c.date), c.issuer].filter(Boolean).join(' · ')}</span>}
    </span>
  );
}

function Matrix({ model }: { model: CitationsModel }) {
  const t = useT();
  return (
    <WideTable className="cite-matrix" testId="citation-matrix" caption={t('citations.matrix.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('citations.document')}</th>
            {model.columns.map((c) => (
              <th key={c.id} scope="col" className={c.central ? 'cite-matrix__central' : undefined}>
                {c.central
                  ? <><span className="doc-head__name">{t('doc.central')}</span><span className="doc-head__num" data-doc-text="">{c.name}</span></>
                  : <DocHead name={c.name} number={c.number} />}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.key} className={r.flagged ? 'is-flagged' : undefined} data-key={r.key}>
              <th scope="row"><Cited c={r.cited} /></th>
              {r.cells.map((cell, i) => <Cell key={model.columns[i]!.id} cell={cell} t={t} />)}
            </tr>
          ))}
        </tbody>
    </WideTable>
  );
}

function MarkLegend() {
  const t = useT();
  return (
    <p className="cite-legend">
      {(['cited', 'inherited', 'added', 'dropped'] as const).map((m) => (
        <span key={m} className={`cite-mark cite-cell--${m}`}><span aria-hidden="true" className="cite-mark__sym">{SYMBOL[m]}</span> {t(`citations.mark.${m}`)}</span>
      ))}
      <span className="cite-mark cite-mark--flag"><span aria-hidden="true">! </span>{t('citations.flagged')}</span>
    </p>
  );
}

function DocCard({ d }: { d: CitationsModel['documents'][number] }) {
  const t = useT();
  const route = useRoute();
  const list = (key: 'inherited' | 'added' | 'dropped', items: readonly CitedDocument[]) => (
    <div className={`cite-doc__group cite-doc__group--${key}`}>
      <h4 className="cite-doc__label"><span aria-hidden="true" className="cite-mark__sym">{SYMBOL[key]}</span> {t(`citations.doc.${key}`, { n: items.length })}</h4>
      {items.length === 0 ? <p className="muted cite-doc__empty">{t('citations.doc.empty')}</p> : (
        <ul>{items.map((c) => <li key={c.key}><Cited c={c} /></li>)}</ul>
      )}
    </div>
  );
  return (
    <article className="cite-doc" aria-labelledby={`cite-doc-${d.id}`} data-doc={d.id}>
      <h3 id={`cite-doc-${d.id}`} className="cite-doc__title">
        <a href={href(pairRoute(route, d.id))} {...DOC_TEXT}>{d.name}</a> <span className="cite-doc__num"><DocNumber number={d.number} /> · {roleLabel(t, d.role)}</span>
      </h3>
      {list('inherited', d.inherited)}
      {list('added', d.added)}
      {list('dropped', d.dropped)}
    </article>
  );
}
