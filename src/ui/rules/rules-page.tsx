/** Localization rules: the systematic substitutions per document and in all, with examples, and the localized clauses. */
import './rules.css';
import type { Analysis } from '../../core/types.ts';
import type { InsightsBundle } from '../../state/insights/insights-compute.ts';
import { rulesTableOf, type RulesTable } from '../../state/combine/combine-rules.ts';
import { localClauseRoute } from '../../state/insights/insights-routes.ts';
import { Panel } from '../shared/panel.tsx';
import { useT } from '../i18n/use-t.ts';
import { DocHead, WideTable } from '../shared/view-page.tsx';
import { DOC_TEXT, Worded } from '../shared/worded.tsx';
import { clauseLabel } from '../shared/labels.ts';
import { useCentralPart } from '../shared/use-central-part.ts';
import { docText } from '../../messages/words.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { InsightView } from '../shared/insights/use-insights.tsx';
import { RuleText } from '../shared/insights/rule-text.tsx';
import { VirtualList } from '../shared/virtual/virtual-list.tsx';
import { RULE_COLUMNS_MAX, RulesAggregate } from './rules-aggregate.tsx';

// Kept per analysis (rulesTableOf): opening the page again rebuilds nothing.
const rulesTable = (analysis: Analysis, bundle: InsightsBundle) => rulesTableOf(analysis, bundle.insights.rules);

/** The page. */
export default function RulesPage() {
  return <InsightView name="rules" model={rulesTable}>{(table) => <Rules table={table} />}</InsightView>;
}

function Rules({ table }: { table: RulesTable }) {
  const t = useT();
  return (
    <>
      <Panel id="rules-table" title={t('rules.caption')}>
        {table.rows.length === 0 ? <p>{t('rules.none')}</p>
          : table.columns.length > RULE_COLUMNS_MAX ? <RulesAggregate table={table} /> : <RulesGrid table={table} />}
      </Panel>
      <Panel id="rules-localized" title={t('rules.localized.title', { n: table.localized.length })} description={t('rules.localized.desc')}>
        <LocalizedList table={table} />
      </Panel>
    </>
  );
}

function RulesGrid({ table }: { table: RulesTable }) {
  const t = useT();
  const route = useRoute();
  return (
    <WideTable className="rules-table" testId="rules-table" caption={t('rules.caption')}>
        <thead>
          <tr>
            <th scope="col" className="rules-table__rule">{t('rules.rule')}</th>
            {table.columns.map((c) => (
              <th key={c.id} scope="col" className="num rules-table__doc"><DocHead name={c.name} number={c.number} /></th>
            ))}
            <th scope="col" className="num">{t('rules.total')}</th>
            <th scope="col">{t('rules.examples')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.id} data-rule={r.id}>
              <th scope="row" className="rules-table__rule"><RuleText rule={r} /></th>
              {r.counts.map((n, i) => (
                <td key={table.columns[i]!.id} className={`num${n ? ' rules-table__count' : ' muted'}`}>{n || '·'}</td>
              ))}
              <td className="num rules-table__total">{r.total}</td>
              <td className="rules-table__examples">
                {r.examples.map((e) => (
                  <a key={`${e.doc}:${e.clause}`} className="rules-example" href={href(localClauseRoute(route, e.doc, e.clause))}
                    aria-label={t('rules.exampleLabel', { name: e.name, clause: clauseLabel(t, e.clause, e.part ?? undefined) })}>
                    <Worded piece={t.parts('rules.example', { name: docText(e.name), clause: clauseLabel(t, e.clause, e.part ?? undefined) })} />
                    {e.localized && <span className="rules-example__tag">{t('rules.localizedTag')}</span>}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('rules.totalsRow')}</th>
            {table.totals.map((n, i) => <td key={table.columns[i]!.id} className="num">{n}</td>)}
            <td className="num rules-table__total">{table.totals.reduce((a, b) => a + b, 0)}</td>
            <td />
          </tr>
        </tfoot>
    </WideTable>
  );
}

/** The localized clauses: windowed when there are many (a long corpus has thousands). */
function LocalizedList({ table }: { table: RulesTable }) {
  const t = useT();
  const partOf = useCentralPart();
  const route = useRoute();
  if (table.localized.length === 0) return <p>{t('rules.localized.none')}</p>;
  return (
    <VirtualList items={table.localized} estimate={130} className="localized-list" testId="localized-list"
      what={t('rules.localized.title', { n: table.localized.length })}
      render={(l, _i, props) => (
        <li key={`${l.doc}:${l.clause}`} className="localized-item" {...props}>
          <p className="localized-item__head">
            <span className="badge badge--localized">{t('localized.badge')}</span>
            <a href={href(localClauseRoute(route, l.doc, l.clause))}><Worded piece={t.parts('rules.example', { name: docText(l.name), clause: clauseLabel(t, l.clause, l.part ?? undefined) })} /></a>
            {l.central && <span className="muted">{t('rules.localized.central')} {clauseLabel(t, l.central, partOf(l.central))}</span>}
          </p>
          <p className="localized-item__text" {...DOC_TEXT}>{l.text}</p>
          <p className="localized-item__rules"><span className="detail__label">{t('rules.localized.rules')}:</span>{' '}
            {l.rules.map((r, i) => <span key={r.id}>{i > 0 && '; '}<RuleText rule={r} /></span>)}
          </p>
        </li>
      )} />
  );
}
