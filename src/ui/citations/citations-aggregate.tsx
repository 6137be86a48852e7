/**
 * The citations matrix for many documents: a column per document ("a 74,888 px wide citation
 * matrix" at 300, issue 14) becomes, per cited document, how many documents inherit, add or drop it
 * and in how many it is inconsistent; the rows are windowed.
 */
import { useMemo } from 'react';
import { citationLabel, type CitationMark, type CitationRow, type CitationsModel } from '../../state/combine/combine-citations.ts';
import { formatDate } from '../../state/format-date.ts';
import { useT } from '../i18n/use-t.ts';
import { useST } from '../i18n/scale-strings.ts';
import { VirtualTable } from '../shared/virtual/virtual-list.tsx';
import { formatCount } from '../i18n/numbers.ts';
import { DOC_TEXT } from '../shared/worded.tsx';

/** Up to this many documents the matrix has a column per document; beyond, it aggregates. */
export const CITATION_COLUMNS_MAX = 12;

const SYMBOL: Readonly<Record<CitationMark, string>> = { cited: '●', inherited: '=', added: '+', dropped: '−' };
const LOCAL_MARKS = ['inherited', 'added', 'dropped'] as const;

interface Counted {
  readonly row: CitationRow;
  readonly central: boolean;
  readonly counts: Readonly<Record<(typeof LOCAL_MARKS)[number], number>>;
  readonly flagged: number;
}

// The model counts each row (combine-citations.ts): its cells, one per text, are never built here.
const count = (row: CitationRow): Counted => ({ row, central: row.central, counts: row.counts, flagged: row.flaggedDocs });

/** The aggregated matrix (same test id as the full one). */
export function CitationsAggregate({ model }: { model: CitationsModel }) {
  const t = useT();
  const st = useST();
  const n = (x: number) => formatCount(t.lang, x);
  const rows = useMemo(() => model.rows.map(count), [model]);
  const locals = model.columns.filter((c) => !c.central).length;
  return (
    <>
      <p className="cite-agg__note" data-testid="citations-aggregate">{st('citations.agg.note', { n: n(locals) })}</p>
      <VirtualTable items={rows} estimate={56} className="cite-matrix cite-matrix--agg" testId="citation-matrix"
        caption={t('citations.matrix.caption')}
        head={[
          { key: 'doc', label: t('citations.document') },
          { key: 'central', label: st('citations.agg.central'), className: 'cite-matrix__central' },
          ...LOCAL_MARKS.map((m) => ({ key: m, label: t(`citations.mark.${m}`), className: 'num' })),
        ]}
        render={(r, _i, props) => (
          <tr key={r.row.key} className={r.row.flagged ? 'is-flagged' : undefined} data-key={r.row.key} {...props}>
            <th scope="row">
              <span className="cited" {...DOC_TEXT}>
                <span className="cited__name">{citationLabel(r.row.cited)}</span>
                {(r.row.cited.date || r.row.cited.issuer) && <span className="cited__meta">{[formatDate(r.row.cited.date), r.row.cited.issuer].filter(Boolean).join(' · ')}</span>}
              </span>
              {r.flagged > 0 && <span className="cite-mark cite-mark--flag"><span aria-hidden="true">! </span>{st('citations.agg.flagged', { n: n(r.flagged) })}</span>}
            </th>
            <td className={r.central ? 'cite-cell cite-cell--cited' : 'cite-cell cite-cell--none'}>
              {r.central
                ? <span className="cite-mark"><span aria-hidden="true" className="cite-mark__sym">{SYMBOL.cited}</span> {t('citations.mark.cited')}</span>
                : <><span className="visually-hidden">{t('citations.mark.none')}</span><span aria-hidden="true">·</span></>}
            </td>
            {LOCAL_MARKS.map((m) => (
              <td key={m} className={`num cite-agg__count${r.counts[m] ? '' : ' muted'}`}>{st('citations.agg.count', { n: n(r.counts[m]) })}</td>
            ))}
          </tr>
        )} />
    </>
  );
}
