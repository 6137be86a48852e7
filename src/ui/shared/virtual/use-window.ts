/**
 * The rows of a long list that are near the view, through @tanstack/react-virtual: only those are
 * in the document, with room kept above and below so the scroll bar stays true. A list of 5,000
 * documents otherwise builds tens of thousands of elements and freezes the tab for seconds.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { measureElement, useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';

/**
 * A row's height: from its ResizeObserver entry (read after the browser's layout), or, when the
 * virtualizer asks as the row mounts, the height known already (the estimate the first time).
 * Reading `offsetHeight` there forced the layout of the whole new page inside React's commit: at
 * 5,000 documents 35–60 ms per windowed table (rules, citations, report; CPU profiles, load 18).
 * The observer reports every row's real height before the frame is painted.
 */
function measureLater(el: Element, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, Element>): number {
  if (entry) return measureElement(el, entry, v);
  const index = v.indexFromElement(el);
  return v.measurementsCache[index]?.size ?? v.options.estimateSize(index);
}

/** Lists up to this long are rendered whole (printing and finding in the page see everything). */
export const WINDOW_FROM = 80;

/** What a windowed list renders. */
export interface Window {
  /** The scrolling element (the region around the list). */
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  /** The element whose CSS row gap separates the items (the list), to keep positions exact. */
  readonly listRef: RefObject<HTMLElement | null>;
  /** The items to render, in order. */
  readonly items: readonly VirtualItem[];
  /** Space to keep before the first and after the last rendered item, in px. */
  readonly before: number;
  readonly after: number;
  /** Give to each rendered item's element (`ref`), with `data-index`: its real height is measured. */
  readonly measure: (el: Element | null) => void;
  /**
   * Home and End on the region go to the first and the last item through the virtualizer: the
   * browser's own End stops at the height estimated before the last items are measured (the
   * citations list of 400 documents ended one card short).
   */
  readonly onKeyDown: (e: { readonly key: string; preventDefault(): void; readonly target: EventTarget; readonly currentTarget: EventTarget }) => void;
}

/**
 * Windows `count` items of about `estimate` px each inside the element given `scrollRef`. The first
 * render already shows a screenful (an assumed 900 px view), so nothing flashes empty.
 */
export function useWindow(count: number, estimate: number): Window {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const listRef = useRef<HTMLElement | null>(null);
  const [gap, setGap] = useState(0);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (el) setGap(parseFloat(getComputedStyle(el).rowGap) || 0);
  }, []);
  const v = useVirtualizer({
    count, gap, overscan: 6,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    initialRect: { width: 1200, height: 900 },
    measureElement: measureLater,
  });
  const items = v.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    scrollRef, listRef, items,
    before: first ? first.start : 0,
    after: last ? Math.max(0, v.getTotalSize() - last.end) : 0,
    measure: v.measureElement,
    onKeyDown: (e) => {
      // Only on the region itself: Home/End inside a field or link keep their meaning.
      if (e.target !== e.currentTarget || (e.key !== 'End' && e.key !== 'Home') || count === 0) return;
      e.preventDefault();
      v.scrollToIndex(e.key === 'End' ? count - 1 : 0, { align: e.key === 'End' ? 'end' : 'start' });
    },
  };
}
