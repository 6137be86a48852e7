/**
 * Moving between local documents in the pair view. A few documents get tabs; with many (the
 * benchmark corpus has a thousand) tabs would fill the page and slow every click, so they get
 * previous / next links and one list to pick from.
 */
import { useMemo } from 'react';
import type { Analysis, DocumentAnalysis } from '../../core/types.ts';
import { shortName } from '../../state/doc-label.ts';
import { pairRoute, type Route } from '../../state/route/route.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { useT } from '../i18n/use-t.ts';
import { numberLabel } from '../shared/labels.ts';
import { DOC_TEXT, DocNumber } from '../shared/worded.tsx';
import { formatCount } from '../i18n/numbers.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { DocSearch } from '../shared/doc-search.tsx';

/** Beyond this many documents the list to pick from is searched, not scrolled (issue 14: 5,000 options). */
export const SEARCH_FROM = 200;

/** Up to this many documents are shown as tabs. */
export const TABS_UP_TO = 12;

const target = (route: Route, id: string): Route => ({ ...pairRoute(route, id), filter: route.filter });

function Tabs({ analysis, current }: { analysis: Analysis; current: DocumentAnalysis }) {
  const t = useT();
  const route = useRoute();
  return (
    <nav className="doc-tabs" aria-label={t('pair.choose')}>
      {analysis.documents.map((d) => (
        <a key={d.doc.id} className="doc-tab" href={href(target(route, d.doc.id))} aria-current={d === current ? 'page' : undefined}>
          <span className="doc-tab__name" {...DOC_TEXT}>{shortName(d.doc)}</span>
          <span className="doc-tab__num"><DocNumber number={d.doc.meta.number} /></span>
        </a>
      ))}
    </nav>
  );
}

function Picker({ analysis, current }: { analysis: Analysis; current: DocumentAnalysis }) {
  const t = useT();
  const route = useRoute();
  const navigate = useAppStore((s) => s.navigate);
  const docs = analysis.documents;
  const i = docs.indexOf(current);
  const prev = docs[i - 1], next = docs[i + 1];
  // The same option elements on every render: React skips them when only the selection changes.
  const search = docs.length > SEARCH_FROM;
  const options = useMemo(() => (search ? null : docs.map((d) => (
    <option key={d.doc.id} value={d.doc.id} {...DOC_TEXT}>{shortName(d.doc)} · {numberLabel(t, d.doc.meta.number)}</option>
  ))), [docs, t, search]);
  const items = useMemo(() => (search ? docs.map((d) => ({ id: d.doc.id, label: `${shortName(d.doc)} · ${numberLabel(t, d.doc.meta.number)}` })) : []), [docs, t, search]);
  return (
    <nav className="doc-switch" aria-label={t('pair.choose')}>
      {prev && <a className="button button--quiet button--small" href={href(target(route, prev.doc.id))} rel="prev">‹ {t('pair.prevDoc')}</a>}
      {search ? <DocSearch items={items} onPick={(id) => navigate(target(route, id))} testId="pair-doc-search" /> : (
        <select className="doc-switch__select" aria-label={t('pair.choose')} value={current.doc.id} data-testid="doc-switch"
          onChange={(e) => navigate(target(route, e.currentTarget.value))}>{options}</select>
      )}
      <span className="muted small">{t('pair.docPosition', { i: formatCount(route.lang, i + 1), n: formatCount(route.lang, docs.length) })}</span>
      {next && <a className="button button--quiet button--small" href={href(target(route, next.doc.id))} rel="next">{t('pair.nextDoc')} ›</a>}
    </nav>
  );
}

/** Tabs for a few documents, a picker for many. */
export function DocSwitcher({ analysis, current }: { analysis: Analysis; current: DocumentAnalysis }) {
  return analysis.documents.length <= TABS_UP_TO ? <Tabs analysis={analysis} current={current} /> : <Picker analysis={analysis} current={current} />;
}
