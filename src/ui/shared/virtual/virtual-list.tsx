/**
 * A long list (`<ol>`/`<ul>`) or table body windowed with `useWindow`: a focusable scrolling region
 * (arrow keys and Page Down scroll it; links inside are reached with Tab as usual), the list's full
 * length told to assistive technology. Short lists are rendered whole, unchanged.
 */
import './virtual.css';
import type { ReactNode } from 'react';
import { useWindow, WINDOW_FROM } from './use-window.ts';
import { useST } from '../../i18n/scale-strings.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatCount } from '../../i18n/numbers.ts';
import { HeadRow, type HeadCell } from '../data-table.tsx';

/** Props every rendered item must carry (spread them on the `<li>` or `<tr>`). */
export interface ItemProps {
  readonly ref?: (el: Element | null) => void;
  readonly 'data-index'?: number;
}

interface ListProps<T> {
  readonly items: readonly T[];
  /** Rough height of one item in px (measured once shown). */
  readonly estimate: number;
  /** What the list is ("Văn bản"): the scrolling region is named from it and the count. */
  readonly what: string;
  readonly ordered?: boolean;
  readonly className: string;
  readonly testId?: string | undefined;
  readonly render: (item: T, index: number, props: ItemProps) => ReactNode;
}

/** A list: whole when short; else a scrolling region holding only the items near the view. */
export function VirtualList<T>({ items, estimate, what, ordered = false, className, testId, render }: ListProps<T>) {
  const List = ordered ? 'ol' : 'ul';
  if (items.length <= WINDOW_FROM) return <List className={className} data-testid={testId}>{items.map((x, i) => render(x, i, {}))}</List>;
  return <Windowed items={items} estimate={estimate} what={what} ordered={ordered} className={className} testId={testId} render={render} />;
}

/** The scrolling region's name: what it holds, how many, and how to scroll ("Văn bản: 5.000 mục, cuộn trong khung…"). */
function useRegionLabel(unit: 'scroll.rows' | 'scroll.items', what: string, n: number): string {
  const t = useT();
  const st = useST();
  return st(unit, { what, n: formatCount(t.lang, n) });
}

function Windowed<T>({ items, estimate, what, ordered, className, testId, render }: ListProps<T>) {
  const w = useWindow(items.length, estimate);
  const label = useRegionLabel('scroll.items', what, items.length);
  const List = ordered ? 'ol' : 'ul';
  return (
    <div ref={w.scrollRef} onKeyDown={w.onKeyDown} className="vscroll" tabIndex={0} role="region" aria-label={label} data-testid={testId && `${testId}-scroll`}>
      <List ref={(el: HTMLElement | null) => { w.listRef.current = el; }} className={`${className} vscroll__list`} data-testid={testId}
        data-count={items.length} style={{ paddingTop: w.before, paddingBottom: w.after }}>
        {w.items.map((v) => render(items[v.index]!, v.index, { ref: w.measure, 'data-index': v.index }))}
      </List>
    </div>
  );
}

interface TableProps<T> {
  readonly items: readonly T[];
  readonly estimate: number;
  readonly className: string;
  readonly testId?: string | undefined;
  /** The table's name (a hidden caption; the scrolling region is named from it and the row count). */
  readonly caption: string;
  /** The header row's cells, one per column (the spacer rows span them). */
  readonly head: readonly HeadCell[];
  readonly foot?: ReactNode;
  readonly render: (item: T, index: number, props: ItemProps & { readonly 'aria-rowindex'?: number }) => ReactNode;
}

/**
 * A table whose body is windowed when long: header rows stay on top while it scrolls, and the rows
 * carry `aria-rowindex` in a table that states `aria-rowcount`, so a screen reader says "row 2,417 of 5,001".
 */
export function VirtualTable<T>(p: TableProps<T>) {
  if (p.items.length <= WINDOW_FROM) {
    return (
      <div className="table-wrap">
        <table className={p.className} data-testid={p.testId}>
          <caption className="visually-hidden">{p.caption}</caption>
          <HeadRow cells={p.head} />
          <tbody>{p.items.map((x, i) => p.render(x, i, {}))}</tbody>
          {p.foot}
        </table>
      </div>
    );
  }
  return <WindowedTable {...p} />;
}

function WindowedTable<T>({ items, estimate, className, testId, caption, head, foot, render }: TableProps<T>) {
  const w = useWindow(items.length, estimate);
  const label = useRegionLabel('scroll.rows', caption, items.length);
  const spacer = (h: number, key: string) => (h > 0 ? <tr key={key} className="vscroll__spacer" aria-hidden="true"><td colSpan={head.length} style={{ height: h }} /></tr> : null);
  return (
    <div ref={w.scrollRef} onKeyDown={w.onKeyDown} className="vscroll vscroll--table" tabIndex={0} role="region" aria-label={label} data-testid={testId && `${testId}-scroll`}>
      <table className={className} data-testid={testId} aria-rowcount={items.length + 1} data-count={items.length}>
        <caption className="visually-hidden">{caption}</caption>
        <HeadRow cells={head} />
        <tbody ref={(el: HTMLElement | null) => { w.listRef.current = el; }}>
          {spacer(w.before, 'before')}
          {w.items.map((v) => render(items[v.index]!, v.index, { ref: w.measure, 'data-index': v.index, 'aria-rowindex': v.index + 2 }))}
          {spacer(w.after, 'after')}
        </tbody>
        {foot}
      </table>
    </div>
  );
}
