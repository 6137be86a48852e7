/**
 * The rules table for many documents: one column per document stops being readable (and buildable)
 * long before 5,000 ("a 300-column table 190,000 px tall", issue 14), so each rule gives how many
 * documents apply it, how often in all, and its first examples; the rows are windowed.
 */
import type { RuleRow, RulesTable } from '../../state/combine/combine-rules.ts';
import { localClauseRoute } from '../../state/insights/insights-routes.ts';
import { useT } from '../i18n/use-t.ts';
import { useST } from '../i18n/scale-strings.ts';
import { clauseLabel } from '../shared/labels.ts';
import { Worded } from '../shared/worded.tsx';
import { docText } from '../../messages/words.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { RuleText } from '../shared/insights/rule-text.tsx';
import { VirtualTable } from '../shared/virtual/virtual-list.tsx';
import { formatCount } from '../i18n/numbers.ts';

/** Up to this many documents the table has a column per document; beyond, it aggregates. */
export const RULE_COLUMNS_MAX = 12;
/** Examples shown per rule; the rest are counted. */
const EXAMPLES = 6;

/** The aggregated table (same test id as the per-document one: it is the same table, folded). */
export function RulesAggregate({ table }: { table: RulesTable }) {
  const t = useT();
  const st = useST();
  const route = useRoute();
  const n = (x: number) => formatCount(t.lang, x);
  const total = table.totals.reduce((a, b) => a + b, 0);
  const docs = table.totals.filter((x) => x > 0).length;
  const examples = (r: RuleRow) => (
    <>
      {r.examples.slice(0, EXAMPLES).map((e) => (
        <a key={`${e.doc}:${e.clause}`} className="rules-example" href={href(localClauseRoute(route, e.doc, e.clause))}
          aria-label={t('rules.exampleLabel', { name: e.name, clause: clauseLabel(t, e.clause, e.part ?? undefined) })}>
          <Worded piece={t.parts('rules.example', { name: docText(e.name), clause: clauseLabel(t, e.clause, e.part ?? undefined) })} />
          {e.localized && <span className="rules-example__tag">{t('rules.localizedTag')}</span>}
        </a>
      ))}
      {r.examples.length > EXAMPLES && <span className="muted">{st('rules.agg.more', { n: n(r.examples.length - EXAMPLES) })}</span>}
    </>
  );
  return (
    <>
      <p className="rules-agg__note" data-testid="rules-aggregate">{st('rules.agg.note', { n: n(table.columns.length) })}</p>
      <VirtualTable items={table.rows} estimate={64} className="rules-table rules-table--agg" testId="rules-table"
        caption={t('rules.caption')}
        head={[
          { key: 'rule', label: t('rules.rule'), className: 'rules-table__rule' },
          { key: 'docs', label: st('rules.agg.docs'), className: 'num' },
          { key: 'total', label: t('rules.total'), className: 'num' },
          { key: 'examples', label: t('rules.examples') },
        ]}
        render={(r, _i, props) => (
          <tr key={r.id} data-rule={r.id} {...props}>
            <th scope="row" className="rules-table__rule"><RuleText rule={r} /></th>
            <td className="num rules-table__count">{st('rules.agg.share', { n: n(r.documents), total: n(table.columns.length) })}</td>
            <td className="num rules-table__total">{n(r.total)}</td>
            <td className="rules-table__examples">{examples(r)}</td>
          </tr>
        )} />
      <p className="rules-agg__totals">{st('rules.agg.totals', { n: n(total), docs: n(docs) })}</p>
    </>
  );
}
