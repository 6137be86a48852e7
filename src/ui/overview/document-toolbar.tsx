/**
 * Finding documents among many: a search over issuer, number and name (typed with or without tone
 * marks), "omits at least N tasks", the kind of document; and how many are shown of how many.
 */
import { useEffect, useId, useState } from 'react';
import type { DocumentFilter } from '../../state/combine/combine-document-query.ts';
import { isNoFilter } from '../../state/combine/combine-document-query.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { useT } from '../i18n/use-t.ts';
import { useNum } from './use-num.ts';

const TYPING_PAUSE_MS = 150;

interface Props {
  readonly filter: DocumentFilter;
  /** Central task clauses (the largest sensible "omits at least"). */
  readonly maxTasks: number;
}

/** The controls; the store holds the filter, so it survives a visit to a pair view. */
export function DocumentToolbar({ filter, maxTasks }: Props) {
  const t = useT();
  const id = useId();
  const setFilter = useAppStore((s) => s.filterDocuments);
  // The field answers each key at once; the table, heat map and charts follow once typing pauses.
  const [text, setText] = useState(filter.text);
  useEffect(() => {
    if (text === filter.text) return undefined;
    const timer = setTimeout(() => setFilter({ text }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, filter.text, setFilter]);
  return (
    <div className="doc-tools no-print" role="search" aria-label={t('filter.label')}>
      <span className="doc-tools__field doc-tools__field--search">
        <label htmlFor={`${id}-q`}>{t('filter.search')}</label>
        <input id={`${id}-q`} type="search" value={text} placeholder={t('filter.searchHint')} data-testid="doc-search"
          onChange={(e) => setText(e.target.value)} />
      </span>
      <span className="doc-tools__field">
        <label htmlFor={`${id}-o`}>{t('filter.minOmitted')}</label>
        <input id={`${id}-o`} type="number" inputMode="numeric" min={0} max={maxTasks} value={filter.minOmitted || ''} placeholder="0"
          data-testid="doc-min-omitted" onChange={(e) => setFilter({ minOmitted: Math.max(0, Number(e.target.value) || 0) })} />
      </span>
      <span className="doc-tools__field">
        <label htmlFor={`${id}-r`}>{t('filter.role')}</label>
        <select id={`${id}-r`} value={filter.role} data-testid="doc-role"
          onChange={(e) => setFilter({ role: e.target.value as DocumentFilter['role'] })}>
          <option value="all">{t('filter.roleAll')}</option>
          <option value="implementation">{t('role.implementation')}</option>
          <option value="forwarding">{t('role.forwarding')}</option>
        </select>
      </span>
      {!isNoFilter(filter) && (
        <button type="button" className="button button--quiet button--small" data-testid="doc-clear"
          onClick={() => { setText(''); setFilter({ text: '', minOmitted: 0, role: 'all' }); }}>{t('filter.clear')}</button>
      )}
    </div>
  );
}

/** "Hiển thị 1–50 / 1.000 văn bản", announced politely as the filter narrows the list. */
export function DocumentCount({ from, to, shown, all }: { from: number; to: number; shown: number; all: number }) {
  const t = useT();
  const num = useNum();
  const vars = { from: num(from), to: num(to), total: num(shown), all: num(all) };
  return (
    <p className="doc-count" aria-live="polite" aria-atomic="true" data-testid="doc-count">
      {shown === 0 ? t('filter.none') : shown === all ? t('filter.count', vars) : t('filter.countFiltered', vars)}
      {shown > 0 && shown < all && <span className="muted"> {t('filter.scope', { n: num(shown) })}</span>}
    </p>
  );
}
