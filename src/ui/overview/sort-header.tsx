/** A sortable column header: the whole label is a button; the header carries aria-sort while it orders the table. */
import type { ReactNode } from 'react';
import type { DocumentSort, SortKey } from '../../state/combine/combine-document-query.ts';

interface Props {
  readonly sortKey: SortKey;
  readonly sort: DocumentSort;
  readonly onSort: (key: SortKey) => void;
  readonly label: string;
  readonly className?: string;
  /** Extra controls under the label (the coverage column's per-class buttons). */
  readonly children?: ReactNode;
  /** Further keys this header also stands for (the header is sorted when any of them is). */
  readonly alsoKeys?: readonly SortKey[];
  /** What the column counts, as a tooltip. */
  readonly title?: string;
}

/** ▲ / ▼ on the sorted column, a faint ↕ on the others (decorative: aria-sort says it). */
export function SortArrow({ dir }: { dir: DocumentSort['dir'] | null }) {
  return <span className={`sort-arrow${dir ? ' sort-arrow--on' : ''}`} aria-hidden="true">{dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}</span>;
}

/** `<th>` with a sort button. */
export function SortHeader({ sortKey, sort, onSort, label, className, children, alsoKeys = [], title }: Props) {
  const on = sort.key === sortKey || alsoKeys.includes(sort.key);
  const dir = on ? sort.dir : null;
  return (
    <th scope="col" className={className} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)} data-sort={sortKey} title={title}>
        {/* A no-break space keeps the arrow with the label's last word. */}
        {label}{'\u00a0'}<SortArrow dir={sort.key === sortKey ? dir : null} />
      </button>
      {children}
    </th>
  );
}
