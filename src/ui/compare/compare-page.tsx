/**
 * "So sánh" (issue 13): any two documents of the workspace — two versions of one letter, two
 * provinces' plans — with the clause alignment and word diff of the pair view. The documents are
 * in the URL (`#/compare?a=…&b=…`), so a comparison can be linked; the worker aligns them.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Analysis, DocumentAnalysis } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import type { CatalogEntry } from '../../state/workspace/workspace-types.ts';
import { useFT } from '../i18n/family-strings.ts';
import { failureMessage } from '../i18n/failure-messages.ts';
import { DiffView, DiffLegend } from '../shared/diff-view.tsx';
import { clauseLabel } from '../shared/labels.ts';
import { useT } from '../i18n/use-t.ts';
import { DOC_TEXT } from '../shared/worded.tsx';
import { useRoute } from '../shared/use-route-href.ts';
import '../shared/families/families.css';

const label = (e: CatalogEntry) => `${e.source} — ${[e.meta.kind, e.meta.number, e.meta.issuer].filter(Boolean).join(' ')}`;

function Picker({ entries }: { entries: readonly CatalogEntry[] }) {
  const t = useFT();
  const route = useRoute();
  const navigate = useAppStore((s) => s.navigate);
  const [a, setA] = useState(route.compare?.a ?? '');
  const [b, setB] = useState(route.compare?.b ?? '');
  const same = a !== '' && a === b;
  const pick = (id: string, value: string, set: (v: string) => void, name: string) => (
    <label>
      {name}
      <select value={value} onChange={(e) => set(e.target.value)} data-testid={id}>
        <option value="">{t('compare.choose')}</option>
        {entries.map((e) => <option key={e.key} value={e.key} {...DOC_TEXT}>{label(e)}</option>)}
      </select>
    </label>
  );
  return (
    <form className="compare-pick" onSubmit={(e) => { e.preventDefault(); if (a && b && !same) navigate({ ...route, compare: { a, b } }); }}>
      {pick('compare-a', a, setA, t('compare.first'))}
      {pick('compare-b', b, setB, t('compare.second'))}
      <button type="submit" className="button" disabled={!a || !b || same} data-testid="compare-run">{t('compare.run')}</button>
      {same && <p className="notice notice--warn" role="alert">{t('compare.same')}</p>}
    </form>
  );
}

function Rows({ result, d }: { result: Analysis; d: DocumentAnalysis }) {
  const t = useFT();
  const tt = useT();
  const text = useMemo(() => new Map(result.centralClauses.map((c) => [c.id, c.text])), [result]);
  const omitted = d.central.filter((s) => s.status === 'omitted');
  return (
    <table className="compare-rows" data-testid="compare-rows">
      <thead><tr><th scope="col">{t('compare.first.pane')}</th><th scope="col">{t('compare.second.pane')}</th></tr></thead>
      <tbody>
        {d.clauses.map((r) => (
          <tr key={r.clause.id} data-testid="compare-row" data-cls={r.class}>
            <td>{r.central.map((id) => <p key={id}><span className="muted small">{clauseLabel(tt, id)}: </span><span {...DOC_TEXT}>{text.get(id)}</span></p>)}</td>
            <td>
              <p className="class-tag">{clauseLabel(tt, r.clause.id)} · {t(`compare.class.${r.class}`)}</p>
              {r.diff && r.class !== 'added' ? <DiffView diff={r.diff} /> : <p {...DOC_TEXT}>{r.clause.text}</p>}
            </td>
          </tr>
        ))}
        {omitted.map((s) => (
          <tr key={`omitted-${s.id}`} data-testid="compare-row" data-cls="omitted">
            <td><span className="muted small">{clauseLabel(tt, s.id)}: </span><span {...DOC_TEXT}>{text.get(s.id)}</span></td>
            <td className="muted">{t('compare.missing')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The page. */
export default function ComparePage() {
  const t = useFT();
  const tt = useT();
  const route = useRoute();
  const catalog = useAppStore((s) => s.workspace.catalog);
  const comparison = useAppStore((s) => s.comparison);
  const compareDocuments = useAppStore((s) => s.compareDocuments);
  const a = route.compare?.a ?? null;
  const b = route.compare?.b ?? null;
  useEffect(() => { if (a && b && a !== b) void compareDocuments({ a, b }); }, [a, b, compareDocuments]);
  const entries = catalog?.entries.filter((e) => e.blocks > 0) ?? [];
  const d = comparison.status === 'ready' && comparison.pick?.a === a && comparison.pick?.b === b ? comparison.result?.documents[0] : undefined;
  const counts = d?.coverage.local.counts;
  return (
    <div className="page page--compare">
      <header className="page-head">
        <h1>{t('compare.title')}</h1>
        <p className="page-head__intro">{t('compare.intro')}</p>
      </header>
      <section className="panel">
        {catalog ? <Picker key={`${a}|${b}`} entries={entries} /> : <p className="muted" role="status">{t('compare.running')}</p>}
        {comparison.status === 'loading' && <p role="status"><span className="spinner" aria-hidden="true" /> {t('compare.running')}</p>}
        {comparison.status === 'error' && comparison.error && (
          <p className="notice notice--warn" role="alert">{t('compare.failed')} {failureMessage(tt.lang, comparison.error)}</p>
        )}
        {d && counts && comparison.result && (
          <>
            <p data-testid="compare-counts">{t('compare.counts', { verbatim: counts.verbatim, adapted: counts.adapted, added: counts.added, omitted: d.central.filter((s) => s.status === 'omitted').length })}</p>
            <DiffLegend />
            <Rows result={comparison.result} d={d} />
          </>
        )}
      </section>
    </div>
  );
}
