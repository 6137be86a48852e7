/**
 * The local documents as table rows: issuer, number, date, days after the central text, role, coverage,
 * share of added text. Every column sorts; the rows given are one page (the page decides how many).
 */
import { memo } from 'react';
import type { DocumentRow } from '../../state/combine/combine-document-rows.ts';
import type { DocumentSort, SortKey } from '../../state/combine/combine-document-query.ts';
import { pairRoute } from '../../state/route/route.ts';
import { useT } from '../i18n/use-t.ts';
import type { T } from '../i18n/translate.ts';
import { classLabel, dateLabel, lagLabel, roleLabel } from '../shared/labels.ts';
import { DOC_TEXT, DocNumber, Worded } from '../shared/worded.tsx';
import { kindName } from '../../messages/kinds.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { ClassIcon } from '../shared/class-icon.tsx';
import { CoverageBar } from './coverage-bar.tsx';
import { SortArrow, SortHeader } from './sort-header.tsx';
import { ParentToggle } from '../shared/insights/parent-list.tsx';
import { useNum } from './use-num.ts';
import { QualityMarker } from '../shared/field/quality-note.tsx';
import { fieldTranslator, useFT } from '../i18n/insight-field-strings.ts';

interface Props {
  readonly rows: readonly DocumentRow[];
  readonly sort: DocumentSort;
  readonly onSort: (key: SortKey) => void;
}

const CLASSES = ['verbatim', 'adapted', 'omitted'] as const;

/** The column name of a sort key, for the caption. */
export function sortLabel(t: T, key: SortKey): string {
  switch (key) {
    case 'verbatim': case 'adapted': case 'omitted': return classLabel(t, key);
    case 'carried': return t('table.coverage');
    case 'weakened': return fieldTranslator(t.lang)('effects.weakenedCol');
    default: return t(`table.${key}`);
  }
}

/** One document; memoized, so a new page or heat-map window leaves the other rows alone. */
const Row = memo(function Row({ r }: { r: DocumentRow }) {
  const t = useT();
  const route = useRoute();
  const num = useNum();
  return (
    <tr data-doc={r.id}>
      <th scope="row" className="doc-table__issuer">
        <span className="doc-table__name" {...DOC_TEXT}>{t.lang === 'en' ? r.issuerEn : r.issuer}</span>
        {r.kind && <span className="doc-table__kind"><Worded piece={kindName(t.lang, r.kind)} /></span>}
        <QualityMarker quality={r.quality ?? undefined} />
      </th>
      <td className={r.number ? 'nowrap' : 'muted'}><DocNumber number={r.number} /></td>
      <td className={r.date ? 'nowrap' : 'muted nowrap'}>{dateLabel(t, r.date)}</td>
      <td className={`num nowrap ${r.lagDays === null ? 'muted' : ''}`}>{lagLabel(t, r.lagDays)}</td>
      <td><span className={`role role--${r.role ?? 'unknown'}`}>{roleLabel(t, r.role)}</span></td>
      <td>
        {/* A cites-only document is kept apart: it carries nothing, so its "omissions" are no failings. */}
        {r.role === 'cites-only' ? <p className="coverage__summary" data-testid="cites-only">{fieldTranslator(t.lang)('role.citesOnlyTag')}</p> : <>
        <CoverageBar verbatim={r.verbatim} adapted={r.adapted} omitted={r.omitted} />
        <p className="coverage__summary">
          {r.role === 'forwarding' && r.verbatim + r.adapted === 0
            ? t('coverage.forwarding')
            : t('coverage.summary', { carried: r.verbatim + r.adapted, total: r.total, pct: Math.round(r.carried * 100) })}
        </p>
        </>}
      </td>
      <td className={`num nowrap${r.weakened > 0 ? ' doc-table__weakened' : ' muted'}`} data-testid="weakened-count">{r.weakened}</td>
      <td className="num nowrap" data-testid="added-share">
        {r.words > 0 ? `${Math.round(r.addedShare * 100)}%` : '—'}
        {r.words > 0 && <span className="doc-table__words">{t('chart.words', { n: num(r.addedWords) })}</span>}
      </td>
      <td className="no-print">
        <a className="button button--small" href={href(pairRoute(route, r.id))}
          aria-label={t('table.openDoc', { name: t.lang === 'en' ? r.issuerEn : r.issuer })}>{t('table.open')} →</a>
        <ParentToggle id={r.id} name={t.lang === 'en' ? r.issuerEn : r.issuer} />
      </td>
    </tr>
  );
});

/** Table of the local documents in the store's order. */
export function DocumentTable({ rows, sort, onSort }: Props) {
  const t = useT();
  const ft = useFT();
  const head = { sort, onSort };
  return (
    <div className="table-wrap">
      <table className="doc-table" data-testid="document-table">
        <caption className="visually-hidden">
          {t('overview.docsSorted', { column: sortLabel(t, sort.key), dir: t(`sort.${sort.dir}`) })}
        </caption>
        <thead>
          <tr>
            <SortHeader {...head} sortKey="issuer" label={t('table.issuer')} />
            <SortHeader {...head} sortKey="number" label={t('table.number')} />
            <SortHeader {...head} sortKey="date" label={t('table.date')} />
            <SortHeader {...head} sortKey="lag" label={t('table.lag')} className="num" />
            <SortHeader {...head} sortKey="role" label={t('table.role')} />
            <SortHeader {...head} sortKey="carried" label={t('table.coverage')} className="doc-table__coverage" alsoKeys={CLASSES}>
              <span className="sort-classes" role="group" aria-label={t('table.sortClasses')}>
                {CLASSES.map((cls) => (
                  <button key={cls} type="button" className={`sort-class count--${cls}`} data-sort={cls} aria-pressed={sort.key === cls}
                    aria-label={t('table.sortClass', { cls: classLabel(t, cls) })} title={t('table.sortClass', { cls: classLabel(t, cls) })}
                    onClick={() => onSort(cls)}>
                    <ClassIcon cls={cls} /><SortArrow dir={sort.key === cls ? sort.dir : null} />
                  </button>
                ))}
              </span>
            </SortHeader>
            <SortHeader {...head} sortKey="weakened" label={ft('effects.weakenedCol')} className="num" title={ft('effects.weakenedColDesc')} />
            <SortHeader {...head} sortKey="added" label={t('table.added')} className="num doc-table__added" />
            <th scope="col" className="no-print"><span className="visually-hidden">{t('table.open')}</span></th>
          </tr>
        </thead>
        <tbody>
          {/* Keyed by position on the page: a new sort or page refills the rows in place. */}
          {rows.map((r, i) => <Row key={i} r={r} />)}
        </tbody>
      </table>
    </div>
  );
}
